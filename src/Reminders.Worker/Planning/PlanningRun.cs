namespace Reminders.Worker.Planning;

/// <summary>What one planning run decided: its messages, and how many notification keys were new or superseded.</summary>
public sealed record PlanningRun(DateOnly RunDate, IReadOnlyList<PlannedMessage> Messages, int Notifications, int Superseded, bool Recorded);
