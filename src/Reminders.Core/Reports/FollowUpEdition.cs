namespace Reminders.Core.Reports;

/// <summary>Which follow-up report: a plan year as of a cut-off (or, for the final report, as of its last deadline).</summary>
/// <param name="CutOff">Activities due by this day count as programmed; done by this day, as done.</param>
/// <param name="PeriodStart">The first day of the period whose progress notes count for ongoing duties.</param>
public sealed record FollowUpEdition(int Year, DateOnly CutOff, DateOnly PeriodStart, bool IsFinal);
