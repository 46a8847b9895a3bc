namespace Reminders.Core.Plans;

/// <summary>A responsible office of an entity, as kept in the office directory.</summary>
public sealed record Office(
    long Id,
    string Entity,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Emails,
    string? HeadEmail,
    string Language)
{
    public bool HasAddress => Emails.Count > 0;
}
