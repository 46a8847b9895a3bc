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
    string Source);
