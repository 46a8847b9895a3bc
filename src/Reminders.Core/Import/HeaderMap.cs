using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>
/// Which column holds what, found from the header row. The activity number is in its own column
/// (<c>No.</c>, or the first of the two columns the <c>Actividades</c> header spans) or at the start of the
/// activity text (<see cref="NumberColumn"/> is -1). Missing optional columns are -1. A table with <c>Cuatrimestre</c>
/// columns (<see cref="PeriodColumns"/>) may do without a date column (<see cref="DateColumn"/> is then -1).
/// </summary>
internal sealed record HeaderMap(
    int SubComponentColumn,
    int NumberColumn,
    int TextColumn,
    int ProductColumn,
    int ResponsibleColumn,
    int DateColumn,
    IReadOnlyDictionary<ColumnKind, string> Names)
{
    /// <summary>The start date column of a <c>Fecha</c> group over <c>Inicio | Fin</c>, or -1.</summary>
    public int StartColumn { get; init; } = -1;

    /// <summary>The <c>Cuatrimestre</c> columns and the period (1 to 3) each stands for, in column order; empty when none.</summary>
    public IReadOnlyList<(int Column, int Period)> PeriodColumns { get; init; } = [];

    /// <summary>The columns a table cannot do without.</summary>
    public static readonly IReadOnlyList<(ColumnKind Kind, string Name)> Required =
    [
        (ColumnKind.Activity, "Actividades"),
        (ColumnKind.Responsible, "Responsable"),
        (ColumnKind.Date, "Fecha Programada"),
    ];

    /// <summary>The header as the file writes it, for error messages.</summary>
    public string NameOf(ColumnKind kind) => Names.TryGetValue(kind, out var name) ? name : kind.ToString();

    /// <summary>
    /// Maps the columns of <paramref name="header"/>, looking at the <paramref name="data"/> rows below it to tell
    /// whether <c>Actividades</c> spans a number column and a text column. Lists the required columns missing.
    /// </summary>
    public static HeaderMap? TryBuild(TableRow header, IReadOnlyList<TableRow> data, out IReadOnlyList<string> missing)
    {
        var columns = new Dictionary<ColumnKind, int>();
        var names = new Dictionary<ColumnKind, string>();
        var periods = new List<(int Column, int Period)>();
        foreach (var column in header.FilledColumns)
        {
            if (HeaderNames.Classify(header[column]) is not { } kind)
            {
                continue;
            }

            if (kind == ColumnKind.Period)
            {
                if (HeaderNames.PeriodOf(header[column]) is { } period && periods.All(p => p.Period != period))
                {
                    periods.Add((column, period));
                }
            }
            else if (!columns.ContainsKey(kind))
            {
                columns[kind] = column;
                names[kind] = SingleLine(header[column]);
            }
        }

        // The marks of a Cuatrimestre group can stand for the date: the due date is the end of the last period marked.
        missing = [.. Required.Where(r => !columns.ContainsKey(r.Kind) && !(r.Kind == ColumnKind.Date && periods.Count > 0)).Select(r => r.Name)];
        if (missing.Count > 0)
        {
            return null;
        }

        var activity = columns[ColumnKind.Activity];
        var number = columns.GetValueOrDefault(ColumnKind.Number, -1);
        var text = activity;
        var spansNext = header[activity + 1].Length == 0 && data.Any(r => r[activity + 1].Length > 0);
        if (number < 0 && (HoldsNumbers(data, activity) || spansNext))
        {
            number = activity;
            text = activity + 1;
            if (header[activity + 1].Length > 0)
            {
                // The export wrote the spanning header once and shifted the headers after it one column left.
                foreach (var kind in columns.Keys.Where(k => columns[k] > activity).ToList())
                {
                    columns[kind]++;
                }

                periods = [.. periods.Select(p => p.Column > activity ? (p.Column + 1, p.Period) : p)];
            }

            names[ColumnKind.Number] = names[ColumnKind.Activity];
        }

        return new HeaderMap(
            columns.GetValueOrDefault(ColumnKind.SubComponent, -1),
            number,
            text,
            columns.GetValueOrDefault(ColumnKind.Product, -1),
            columns[ColumnKind.Responsible],
            columns.GetValueOrDefault(ColumnKind.Date, -1),
            names)
        {
            StartColumn = columns.GetValueOrDefault(ColumnKind.Start, -1),
            PeriodColumns = periods,
        };
    }

    /// <summary>How each filled header cell of <paramref name="header"/> was understood, in column order.</summary>
    public IEnumerable<(string Header, string Meaning)> Describe(TableRow header)
    {
        var used = new Dictionary<int, string>
        {
            [TextColumn] = "actividad",
            [ResponsibleColumn] = "responsables",
        };
        if (DateColumn >= 0)
        {
            used[DateColumn] = "fecha de vencimiento";
        }

        if (StartColumn >= 0)
        {
            used[StartColumn] = "fecha de inicio";
        }

        foreach (var (column, period) in PeriodColumns)
        {
            used[column] = $"cuatrimestre {period} (marca X)";
        }

        if (SubComponentColumn >= 0)
        {
            used[SubComponentColumn] = "subcomponente";
        }

        if (NumberColumn >= 0)
        {
            used[NumberColumn] = NumberColumn == TextColumn ? "número y actividad" : "número de actividad";
        }

        if (ProductColumn >= 0)
        {
            used[ProductColumn] = "meta o producto";
        }

        foreach (var column in header.FilledColumns.Union(used.Keys).Order())
        {
            var text = header[column].Length > 0 ? SingleLine(header[column]) : $"(columna {TableRow.ColumnLetters(column)}, sin encabezado)";
            yield return (text, used.GetValueOrDefault(column, "no se usa"));
        }
    }

    /// <summary>True when most filled cells of the column are bare activity numbers such as <c>1,1</c>.</summary>
    private static bool HoldsNumbers(IReadOnlyList<TableRow> data, int column)
    {
        // Told as soon as the rows left could not change it: a plan of 100,000 rows is decided about halfway.
        var (numbers, others) = (0, 0);
        for (var i = 0; i < data.Count; i++)
        {
            var cell = data[i][column];
            if (cell.Length == 0)
            {
                continue;
            }

            if (cell.Length <= 12 && ActivityNumber.TryParse(cell, out _))
            {
                numbers++;
            }
            else
            {
                others++;
            }

            var left = data.Count - i - 1;
            if (numbers > 0 && numbers >= others + left)
            {
                return true;
            }

            if (others > numbers + left)
            {
                return false;
            }
        }

        return numbers > 0 && numbers >= others;
    }

    private static string SingleLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
