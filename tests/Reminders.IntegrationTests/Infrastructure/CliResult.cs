namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>What one run of the <c>reminders</c> executable gave back.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
