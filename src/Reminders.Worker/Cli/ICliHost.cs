namespace Reminders.Worker.Cli;

/// <summary>What the command line needs from the composition root, which hands it in: a host for commands, and the service.</summary>
public interface ICliHost
{
    /// <summary>A host builder for an administrator command: configuration and services, logging only warnings and errors to stderr.</summary>
    HostApplicationBuilder CreateCommandBuilder();

    /// <summary>Runs the service until stopped and returns the process exit code.</summary>
    Task<int> RunServiceAsync();
}
