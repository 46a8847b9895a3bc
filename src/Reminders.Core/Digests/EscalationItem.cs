using Reminders.Core.Plans;

namespace Reminders.Core.Digests;

/// <summary>One late activity in an escalation: whose it is and since when.</summary>
/// <param name="Offices">The responsible offices whose activity is late.</param>
/// <param name="LateSince">The due date (or missed cut-off) the activity is late from.</param>
/// <param name="DaysLate">Days past <paramref name="LateSince"/>, counted as the ladder counts them.</param>
/// <param name="Level">The ladder level reached (1-based).</param>
public sealed record EscalationItem(
    long ActivityId,
    string Component,
    ActivityNumber Number,
    string Text,
    IReadOnlyList<string> Offices,
    DateOnly LateSince,
    int DaysLate,
    int Level)
{
    /// <summary>The reached level's threshold in days, so readers see "más de 10 días hábiles" rather than a level number.</summary>
    public int LevelAfterDays { get; init; }

    /// <summary>True when <see cref="LevelAfterDays"/> counts business days.</summary>
    public bool InBusinessDays { get; init; }
}
