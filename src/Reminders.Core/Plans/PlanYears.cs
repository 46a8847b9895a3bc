namespace Reminders.Core.Plans;

/// <summary>
/// The years a plan, a due date or a run date may name (docs/reliability.md): plans are yearly and current, so a year
/// outside 2000–2100 is a typing mistake, and refusing it keeps date arithmetic (cut-offs, escalation days) in range.
/// </summary>
public static class PlanYears
{
    public const int First = 2000;

    public const int Last = 2100;

    public static bool Contains(int year) => year is >= First and <= Last;

    public static bool Contains(DateOnly date) => Contains(date.Year);
}
