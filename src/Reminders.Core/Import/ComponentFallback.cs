namespace Reminders.Core.Import;

/// <summary>
/// The component of a table without a title row: the one given with <c>--component</c>, else the one the sheet name
/// names, else the one the file name names (<c>paac-2023-componente-1.tsv</c>). Records which it used, and how each table's columns were understood, for the report.
/// </summary>
internal sealed class ComponentFallback(ComponentTitle? given, string fileName)
{
    private readonly List<string> notes = [];
    private readonly List<ColumnReading> columns = [];

    public IReadOnlyList<string> Notes => notes;

    /// <summary>How the columns of every table read were understood.</summary>
    public IReadOnlyList<ColumnReading> Columns => columns;

    public void Note(string note) => notes.Add(note);

    public void AddColumns(string table, IEnumerable<(string Header, string Meaning)> readings) =>
        columns.AddRange(readings.Select(r => new ColumnReading(table, r.Header, r.Meaning)));

    public ComponentTitle? Find(string? sheetName)
    {
        if (given is not null)
        {
            notes.Add(ImportMessages.ComponentFromOption(given.Number));
            return given;
        }

        if (sheetName is not null && (ComponentTitle.TryParse(sheetName, out var title) || ComponentTitle.TryParseName(sheetName, out title)))
        {
            notes.Add(ImportMessages.ComponentFromSheet(title.Number, sheetName));
            return title;
        }

        if (ComponentTitle.TryParseName(fileName, out title))
        {
            notes.Add(ImportMessages.ComponentFromFile(title.Number, fileName));
            return title;
        }

        return null;
    }

    /// <summary>Reads <c>--component</c>: <c>3</c>, <c>III</c> or <c>Componente 3: Rendición de cuentas</c>.</summary>
    public static bool TryParseOption(string text, out ComponentTitle? title) =>
        ComponentTitle.TryParse(text, out title) || ComponentTitle.TryParse("Componente " + text, out title);
}
