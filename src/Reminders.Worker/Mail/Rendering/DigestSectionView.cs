namespace Reminders.Worker.Mail.Rendering;

/// <summary>One section of a digest as the HTML templates see it (<c>{% for section in sections %}</c>).</summary>
/// <param name="Kind"><c>overdue</c>, <c>due-soon</c> or <c>ongoing</c>; the template names it in its language.</param>
/// <param name="Color">The section's accent colour (heading, rule, badges).</param>
/// <param name="Background">The header row's background colour.</param>
/// <param name="HasCoResponsible">False when no row has co-responsible offices, so the column is left out.</param>
internal sealed record DigestSectionView(
    string Kind,
    string Color,
    string Background,
    IReadOnlyList<DigestRowView> Rows,
    bool HasCoResponsible)
{
    public int Count => Rows.Count;
}
