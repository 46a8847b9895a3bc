using Reminders.Worker.Cli;

namespace Reminders.Worker;

/// <summary>The composition root as the command line sees it: <see cref="AppHost"/> for commands, <see cref="ServiceRunner"/> for the service.</summary>
internal sealed class CommandLineHost : ICliHost
{
    public HostApplicationBuilder CreateCommandBuilder() => AppHost.CreateBuilder(forCommand: true);

    public Task<int> RunServiceAsync() => ServiceRunner.RunAsync();
}
