namespace Reminders.Worker.Data;

/// <summary>Who changed an activity and from where, as <c>reminders activities history</c> shows it.</summary>
/// <param name="Actor">The operating-system user of a command, or the sender of a message.</param>
/// <param name="Source">The command, or the message (its Message-ID).</param>
/// <param name="MessageKey">For a change read from a message: the message's key, unique, so one message changes the plan once.</param>
public sealed record ChangeOrigin(string Actor, string Source, string? MessageKey = null);
