using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>One activity row as read from a plan file, before it is stored.</summary>
/// <param name="Component">The component number as a Roman numeral (<c>III</c>).</param>
/// <param name="ComponentName">The component name (<c>Rendición de Cuentas</c>).</param>
/// <param name="SubComponent">The sub-component number.</param>
/// <param name="SubComponentName">The sub-component's full name, pieces of a split merged cell joined.</param>
/// <param name="Offices">Responsible office names as written, trimmed, in order, without duplicates.</param>
/// <param name="Source">Where the row came from (<c>file.tsv, línea 5</c> or <c>book.xlsx, hoja «X», fila 5</c>).</param>
public sealed record ImportedActivity(
    string Component,
    string ComponentName,
    int SubComponent,
    string SubComponentName,
    ActivityNumber Number,
    string Text,
    string Product,
    IReadOnlyList<string> Offices,
    Schedule Schedule,
    string Source)
{
    /// <summary>The start date of a table with <c>Fecha</c> over <c>Inicio | Fin</c>, or null. Information only: no rule uses it.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>
    /// The four-month periods (1: January–April, 2: May–August, 3: September–December) the table marks the activity active in,
    /// or null when it has no <c>Cuatrimestre</c> columns (docs/rules.md).
    /// </summary>
    public IReadOnlyList<int>? Periods { get; init; }

    /// <summary>
    /// True when the table numbers no activity and <see cref="Number"/> was given in order by the reader: a re-import then
    /// knows the activity by its text (<see cref="ActivityText.Key"/>), not by its number.
    /// </summary>
    public bool NumberGenerated { get; init; }
}
