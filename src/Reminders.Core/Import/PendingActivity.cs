using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>An activity row read without errors, waiting for its date to be read once the plan year is known.</summary>
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
    int Sheet);
