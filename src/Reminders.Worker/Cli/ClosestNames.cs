using Quickenshtein;
using Reminders.Core.Plans;

namespace Reminders.Worker.Cli;

/// <summary>The existing names nearest to a name that matched none, compared without accents, case or extra spaces.</summary>
internal static class ClosestNames
{
    /// <summary>Up to <paramref name="count"/> distinct candidates, nearest first (ties in alphabetical order).</summary>
    public static IReadOnlyList<string> Find(string name, IEnumerable<string> candidates, int count = 3)
    {
        var key = OfficeNames.Normalize(name);
        return candidates
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .DistinctBy(OfficeNames.Normalize)
            .Select(c => (Name: c, Distance: Levenshtein.GetDistance(key, OfficeNames.Normalize(c))))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>" ¿Quiso decir «A», «B» o «C»?" — or "" when there is nothing to suggest.</summary>
    public static string Suggestion(string name, IEnumerable<string> candidates)
    {
        var closest = Find(name, candidates);
        return closest.Count == 0 ? "" : $" ¿Quiso decir {Configuration.Words.Or([.. closest.Select(c => $"«{c}»")])}?";
    }
}
