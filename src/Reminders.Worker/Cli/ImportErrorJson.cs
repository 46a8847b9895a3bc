using Reminders.Core.Import;

namespace Reminders.Worker.Cli;

/// <summary>One import error in <c>import --json</c>.</summary>
public sealed record ImportErrorJson(string File, string Location, string Column, string Value, string Expected, string Message)
{
    public static ImportErrorJson From(ImportError error) =>
        new(error.File, error.Location, error.Column, error.Value, error.Expected, error.Message);
}
