using Reminders.Core.Plans;

namespace Reminders.Core.Reports;

/// <summary>One activity of the follow-up report.</summary>
/// <param name="LatestProgress">The latest progress note dated on or before the cut-off.</param>
/// <param name="DaysLate">Calendar days past the due date: when done late, until done; when overdue, until the cut-off.</param>
public sealed record FollowUpRow(
    string Component,
    ActivityNumber Number,
    string Text,
    string Product,
    IReadOnlyList<string> Offices,
    Schedule Schedule,
    ActivityStanding Standing,
    DateOnly? CompletedOn,
    string? Evidence,
    ProgressReport? LatestProgress,
    int? DaysLate);
