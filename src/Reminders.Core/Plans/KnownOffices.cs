using System.Text.RegularExpressions;

namespace Reminders.Core.Plans;

/// <summary>
/// Splits a responsible cell piece that names several offices of the entity without a separator <c>Split</c> reads:
/// joined by <c> y </c>, commas, or run together (<c>Gerencia SIAU</c>). It splits only when every part is an office
/// already known for the entity (by name or alias); otherwise the piece stays whole, a new office.
/// </summary>
public sealed partial class KnownOffices(IEnumerable<string> namesAndAliases)
{
    private readonly HashSet<string> known = [.. namesAndAliases.Select(OfficeNames.Normalize)];

    /// <summary>Each office of <paramref name="offices"/> split into known offices where it can be, in order, without duplicates.</summary>
    public IReadOnlyList<string> Expand(IReadOnlyList<string> offices)
    {
        var result = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var office in offices)
        {
            foreach (var part in known.Contains(OfficeNames.Normalize(office)) ? [office] : Split(office) ?? [office])
            {
                if (keys.Add(OfficeNames.Normalize(part)))
                {
                    result.Add(part);
                }
            }
        }

        return result;
    }

    /// <summary>The known offices the words of <paramref name="office"/> make up (at least two), or null.</summary>
    private List<string>? Split(string office)
    {
        var words = Words().Matches(office).Select(m => m.Value).Where(w => !Connector(w)).ToList();
        if (words.Count < 2 || words.Count > 24)
        {
            return null;
        }

        // best[i]: a split of words[i..] into known offices, found from the end.
        var best = new List<string>?[words.Count + 1];
        best[words.Count] = [];
        for (var i = words.Count - 1; i >= 0; i--)
        {
            for (var j = words.Count; j > i; j--)
            {
                var name = string.Join(' ', words.Skip(i).Take(j - i));
                if (best[j] is { } rest && known.Contains(OfficeNames.Normalize(name)))
                {
                    best[i] = [name, .. rest];
                    break;
                }
            }
        }

        return best[0] is { Count: >= 2 } parts ? parts : null;
    }

    private static bool Connector(string word) => word is "y" or "Y" or "e" or "E";

    [GeneratedRegex(@"[^\s,]+")]
    private static partial Regex Words();
}
