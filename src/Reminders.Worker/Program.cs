using System.Text;
using Reminders.Worker.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await CliApp.RunAsync(args).ConfigureAwait(false);
