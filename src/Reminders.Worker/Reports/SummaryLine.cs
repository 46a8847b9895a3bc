using Reminders.Core.Reports;

namespace Reminders.Worker.Reports;

/// <summary>One line of the totals table every format carries: the level (<c>Total</c>, <c>Componente</c>…), the name, the counts.</summary>
internal sealed record SummaryLine(string Level, string Name, FollowUpTotals Totals, string Observation)
{
    /// <summary>The overall line, then each component with its sub-components, then each office.</summary>
    public static IReadOnlyList<SummaryLine> Of(FollowUpReport report)
    {
        var lines = new List<SummaryLine> { new("Total", report.Entity, report.Overall, FollowUpText.Observation(report.Rows)) };
        foreach (var component in report.Components)
        {
            lines.Add(new("Componente", ComponentName(component), component.Totals, FollowUpText.Observation(component.Rows)));
            lines.AddRange(component.Parts.Select(s => new SummaryLine(
                "Subcomponente", SubComponentName(component, s), s.Totals, FollowUpText.Observation(s.Rows))));
        }

        lines.AddRange(report.Offices.Select(o => new SummaryLine("Oficina", o.Name, o.Totals, FollowUpText.Observation(o.Rows))));
        return lines;
    }

    /// <summary><c>III 1. INFORMACIÓN (…)</c>, or <c>III 1</c> when the plan gives the sub-component no name.</summary>
    public static string SubComponentName(FollowUpGroup component, FollowUpGroup sub) =>
        string.IsNullOrWhiteSpace(sub.Name) ? $"{component.Number} {sub.Number}" : $"{component.Number} {sub.Number}. {sub.Name}";

    public static string ComponentName(FollowUpGroup component) =>
        string.IsNullOrWhiteSpace(component.Name) ? $"Componente {component.Number}" : $"Componente {component.Number}: {component.Name}";
}
