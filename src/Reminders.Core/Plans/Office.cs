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

    /// <summary>Whether <paramref name="name"/> is this office's name or one of its aliases, compared normalised.</summary>
    public bool IsNamed(string name)
    {
        var key = OfficeNames.Normalize(name);
        return OfficeNames.Normalize(Name) == key || Aliases.Any(a => OfficeNames.Normalize(a) == key);
    }
}
