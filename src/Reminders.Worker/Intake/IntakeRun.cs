namespace Reminders.Worker.Intake;

/// <summary>What one run of the intake did.</summary>
public sealed record IntakeRun(int Read, int Recorded, int Rejected, int Ignored);
