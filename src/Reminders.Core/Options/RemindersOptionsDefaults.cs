using Microsoft.Extensions.Options;

namespace Reminders.Core.Options;

/// <summary>Applies the defaults of docs/rules.md §12 to the collections the configuration left empty.</summary>
public sealed class RemindersOptionsDefaults : IPostConfigureOptions<RemindersOptions>
{
    public void PostConfigure(string? name, RemindersOptions options) => options.ApplyDefaults();
}
