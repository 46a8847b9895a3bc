using System.CommandLine;

namespace Reminders.Worker.Cli;

/// <summary>The <c>reminders</c> command, carrying the host its subcommands run in.</summary>
internal sealed class CliRootCommand(ICliHost host, string description) : RootCommand(description)
{
    public ICliHost Host { get; } = host;

    /// <summary>The host of the command line a parse result belongs to.</summary>
    public static ICliHost HostOf(ParseResult result) => ((CliRootCommand)result.RootCommandResult.Command).Host;
}
