namespace Reminders.Core.Import;

/// <summary>Collects every error of a plan file and hands them back in file order.</summary>
internal sealed class ErrorCollector(string file)
{
    private readonly List<(int Sheet, int Row, int Sequence, ImportError Error)> items = [];

    public string File { get; } = file;

    public int Count => items.Count;

    /// <summary>An error in one cell.</summary>
    public void Add(int sheet, TableRow row, int column, string columnName, string value, string expected) =>
        Add(sheet, row.Number, new ImportError(File, row.Location(column), columnName, value, expected));

    /// <summary>An error about the file, a sheet or a row as a whole; <paramref name="message"/> is a sentence.</summary>
    public void Add(int sheet, int row, string location, string message) =>
        Add(sheet, row, new ImportError(File, location, string.Empty, string.Empty, message));

    public IReadOnlyList<ImportError> InFileOrder() =>
        [.. items.OrderBy(i => i.Sheet).ThenBy(i => i.Row).ThenBy(i => i.Sequence).Select(i => i.Error)];

    private void Add(int sheet, int row, ImportError error) => items.Add((sheet, row, items.Count, error));
}
