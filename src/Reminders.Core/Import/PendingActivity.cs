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
    bool Valid);
