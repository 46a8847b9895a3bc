using Microsoft.Extensions.Options;

namespace Reminders.Core.Options;

/// <summary>Applies the SPEC §7 defaults to the collections the configuration left empty.</summary>
public sealed class RemindersOptionsDefaults : IPostConfigureOptions<RemindersOptions>
{
    public void PostConfigure(string? name, RemindersOptions options) => options.ApplyDefaults();
}
