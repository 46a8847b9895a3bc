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
        var key = Import.OfficeNames.Normalize(name);
        return Import.OfficeNames.Normalize(Name) == key || Aliases.Any(a => Import.OfficeNames.Normalize(a) == key);
    }
}
