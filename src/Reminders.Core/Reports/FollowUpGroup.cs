namespace Reminders.Core.Reports;

/// <summary>A named group of the report (a component, a sub-component or an office) with its totals and its rows.</summary>
/// <param name="Number">The component's roman numeral or the sub-component's number; the office's name for an office.</param>
public sealed record FollowUpGroup(string Number, string Name, FollowUpTotals Totals, IReadOnlyList<FollowUpRow> Rows)
{
    /// <summary>The sub-components of a component; empty for the others.</summary>
    public IReadOnlyList<FollowUpGroup> Parts { get; init; } = [];
}
