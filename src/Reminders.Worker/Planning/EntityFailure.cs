namespace Reminders.Worker.Planning;

/// <summary>An entity whose data could not be planned in a run, and why (the other entities were planned).</summary>
public sealed record EntityFailure(string Entity, string Error);
