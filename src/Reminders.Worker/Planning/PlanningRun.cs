namespace Reminders.Worker.Planning;

/// <summary>What one planning run decided: its messages, how many notification keys were new or superseded, and the entities that could not be planned.</summary>
public sealed record PlanningRun(
    DateOnly RunDate, IReadOnlyList<PlannedMessage> Messages, int Notifications, int Superseded, bool Recorded, IReadOnlyList<EntityFailure> Failures);
