using Reminders.Core.Plans;

namespace Reminders.Core.Rules;

/// <summary>An open activity past its due date, or an ongoing duty past a cut-off without progress (due = the cut-off).</summary>
internal sealed record LateActivity(Activity Activity, IReadOnlyList<long> OfficeIds, DateOnly Due);
