using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>
/// An activity row waiting for its date to be read once the plan year is known. A row with other errors is
/// not <see cref="Valid"/>: only its date is still checked, so that every error of the row is reported.
/// </summary>
internal sealed record PendingActivity(
    ComponentTitle Component,
    SubComponentGroup Group,
    ActivityNumber Number,
    string Text,
    string Product,
    IReadOnlyList<string> Offices,
    string DateText,
    string DateColumn,
    TableRow Row,
    int DateColumnIndex,
    int Sheet,
    bool Valid)
{
    public string StartText { get; init; } = string.Empty;

    public int StartColumnIndex { get; init; } = -1;

    public string StartColumn { get; init; } = string.Empty;

    /// <summary>The four-month periods marked (1 to 3), or null when the table has no <c>Cuatrimestre</c> columns.</summary>
    public IReadOnlyList<int>? Periods { get; init; }

    /// <summary>True when the table numbers no activity and <see cref="Number"/> was given in order by the reader.</summary>
    public bool Generated { get; init; }
}
