using System.CommandLine;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders run</c> (or <c>reminders</c> alone): runs the service until stopped.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Ejecuta el servicio: planea según Schedules:Planning y entrega según Schedules:Delivery (es lo que hace «reminders» sin comando)");
        command.SetAction((result, _) => CliRootCommand.HostOf(result).RunServiceAsync());
        return command;
    }
}
