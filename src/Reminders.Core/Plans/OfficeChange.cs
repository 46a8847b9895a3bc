namespace Reminders.Core.Plans;

/// <summary>What <c>offices set</c> or a row of <c>offices import</c> asks to change; null leaves a field as it is.</summary>
public sealed record OfficeChange(
    string Name,
    IReadOnlyList<string>? Emails = null,
    string? HeadEmail = null,
    IReadOnlyList<string>? Aliases = null,
    string? Language = null);
