using System.Globalization;
using System.Text;
using Reminders.Worker;
using Reminders.Worker.Cli;

// Users read Spanish: the command-line library's own help and errors follow the UI culture.
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("es");
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
Console.OutputEncoding = Encoding.UTF8;
return await CliApp.RunAsync(args, new CommandLineHost()).ConfigureAwait(false);
