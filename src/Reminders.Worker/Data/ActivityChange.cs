namespace Reminders.Worker.Data;

/// <summary>One recorded change of an activity, as <c>reminders activities history</c> shows it.</summary>
/// <param name="ChangedAt">When, UTC, <c>2022-02-03T15:04:05.000Z</c>.</param>
/// <param name="Change"><c>cumplida</c>, <c>cancelada</c> or <c>avance</c>.</param>
/// <param name="Detail">The evidence or the progress note; null when none was given.</param>
/// <param name="Actor">Who: the operating-system user of a command, or the sender of a message.</param>
/// <param name="Source">From where: the command, or the message.</param>
public sealed record ActivityChange(string ChangedAt, string Change, string? Detail, string Actor, string Source);
