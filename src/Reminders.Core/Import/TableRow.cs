namespace Reminders.Core.Import;

/// <summary>
/// One row of a plan table with where it came from: a record of a delimited file starting at line
/// <see cref="Number"/>, or row <see cref="Number"/> of the worksheet <see cref="Sheet"/>.
/// </summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, int Number, string? Sheet)
{
    /// <summary>The trimmed text of a column, empty when the row is shorter.</summary>
    public string this[int column] => column >= 0 && column < Cells.Count ? Cells[column].Text.Trim() : string.Empty;

    public bool IsBlank => Cells.All(c => string.IsNullOrWhiteSpace(c.Text));

    /// <summary>The columns that hold text.</summary>
    public IEnumerable<int> FilledColumns => Enumerable.Range(0, Cells.Count).Where(i => this[i].Length > 0);

    /// <summary>Where a cell is, for an error: <c>línea 7</c> or <c>hoja «Componente 3», celda E7</c>.</summary>
    public string Location(int column)
    {
        if (Sheet is null)
        {
            var line = column >= 0 && column < Cells.Count ? Cells[column].Line : Number;
            return $"línea {line}";
        }

        return $"hoja «{Sheet}», celda {ColumnLetters(Math.Max(column, 0))}{Number}";
    }

    /// <summary>Where the whole row is: <c>línea 7</c> or <c>hoja «Componente 3», fila 7</c>.</summary>
    public string RowLocation => Sheet is null ? $"línea {Number}" : $"hoja «{Sheet}», fila {Number}";

    /// <summary>The spreadsheet letters of a 0-based column index: 0 is A, 26 is AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The 0-based column index of spreadsheet letters (<c>A</c> is 0), or -1.</summary>
    public static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            if (!char.IsAsciiLetter(c))
            {
                return -1;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
