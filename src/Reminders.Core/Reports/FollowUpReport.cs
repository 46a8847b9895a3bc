namespace Reminders.Core.Reports;

/// <summary>The follow-up (seguimiento) of one entity's plan year at a cut-off, grouped and totalled.</summary>
/// <param name="Components">Each component with its sub-components (<see cref="FollowUpGroup.Parts"/>) and rows.</param>
/// <param name="Offices">Each responsible office with the rows it shares; an activity counts for each of its offices.</param>
public sealed record FollowUpReport(
    string Entity,
    FollowUpEdition Edition,
    IReadOnlyList<FollowUpGroup> Components,
    IReadOnlyList<FollowUpGroup> Offices,
    FollowUpTotals Overall)
{
    public int Year => Edition.Year;

    public DateOnly CutOff => Edition.CutOff;

    public IEnumerable<FollowUpRow> Rows => Components.SelectMany(c => c.Rows);
}
