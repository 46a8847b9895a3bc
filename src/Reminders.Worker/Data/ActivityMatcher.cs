using Reminders.Core.Import;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>
/// Pairs the activities of one component in a file with the ones stored for it, so that a re-import keeps each activity's
/// state, progress and history: by number when the file numbers its activities, by text (<see cref="ActivityText.Key"/>)
/// when it numbers none and the reader numbered them in order — an activity inserted, removed or moved then shifts the
/// numbers of the others but not their identity (docs/rules.md, «Importar de nuevo»).
/// </summary>
internal static class ActivityMatcher
{
    /// <summary>True when the component's numbers are the reader's, not the file's: its activities are known by their text.</summary>
    public static bool ByText(IReadOnlyList<ImportedActivity> activities) => activities.All(a => a.NumberGenerated);

    /// <summary>The stored activity each file activity is (null for a new one), in the order of <paramref name="activities"/>.</summary>
    public static IReadOnlyList<ActivityRecord?> Match(IReadOnlyList<ImportedActivity> activities, IReadOnlyList<ActivityRecord> stored)
    {
        if (!ByText(activities))
        {
            var byNumber = stored.ToDictionary(a => NumberOf(a));
            return [.. activities.Select(a => byNumber.GetValueOrDefault(a.Number))];
        }

        // Current rows before removed ones, then in number order: the same text twice pairs first with first.
        var pool = stored.OrderBy(a => a.RemovedAt is null ? 0 : 1).ThenBy(a => a.SubNumber).ThenBy(a => a.ItemNumber).ToList();
        var matches = new ActivityRecord?[activities.Count];

        // Within the sub-component first; then anywhere in the component, for an activity moved to another sub-component.
        Pair(activities, pool, matches, a => (a.Number.SubComponent, ActivityText.Key(a.Text)), r => (r.SubNumber, ActivityText.Key(r.Text)));
        Pair(activities, pool, matches, a => ActivityText.Key(a.Text), r => ActivityText.Key(r.Text));
        return matches;
    }

    public static ActivityNumber NumberOf(ActivityRecord record) => new(record.SubNumber, record.ItemNumber);

    private static void Pair<TKey>(
        IReadOnlyList<ImportedActivity> activities,
        List<ActivityRecord> pool,
        ActivityRecord?[] matches,
        Func<ImportedActivity, TKey> activityKey,
        Func<ActivityRecord, TKey> recordKey)
        where TKey : notnull
    {
        var free = pool.GroupBy(recordKey).ToDictionary(g => g.Key, g => new Queue<ActivityRecord>(g));
        for (var i = 0; i < activities.Count; i++)
        {
            if (matches[i] is null && free.TryGetValue(activityKey(activities[i]), out var queue) && queue.TryDequeue(out var record))
            {
                matches[i] = record;
                pool.Remove(record);
            }
        }
    }
}
