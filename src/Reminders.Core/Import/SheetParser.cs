namespace Reminders.Core.Import;

/// <summary>
/// Splits one table (a delimited file or a worksheet) into components, each a title row, a header row and
/// the activity rows under it, and reads each with <see cref="ActivityRowParser"/>; a <see cref="PendingStream"/>, when
/// given, sees every row added.
/// </summary>
internal static class SheetParser
{
    private const int HeaderScore = 3;

    /// <summary>Reads the sheet; false when it holds no component at all (no title, no header).</summary>
    public static bool Parse(
        TableSheet table,
        int sheet,
        ErrorCollector errors,
        Dictionary<(string Component, Plans.ActivityNumber Number), string> seen,
        List<PendingActivity> output,
        ComponentFallback fallback,
        PendingStream? stream = null)
    {
        var rows = table.Rows;
        var titles = new List<(int Index, ComponentTitle Title)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (ComponentTitle.TryParse(rows[i], out var title))
            {
                titles.Add((i, title));
            }
        }

        if (titles.Count == 0)
        {
            var header = FindHeader(rows, 0, rows.Count);
            if (header >= 0 && fallback.Find(table.Name) is { } fromName)
            {
                titles.Add((-1, fromName));
            }
            else if (header >= 0)
            {
                errors.Add(sheet, rows[header].Number, rows[header].RowLocation, ImportMessages.NoTitle);
                return true;
            }
            else
            {
                return false;
            }
        }

        for (var t = 0; t < titles.Count; t++)
        {
            var start = titles[t].Index + 1;
            var end = t + 1 < titles.Count ? titles[t + 1].Index : rows.Count;
            ParseComponent(rows, start, end, titles[t].Title, sheet, errors, seen, output, table, fallback, stream);
        }

        return true;
    }

    private static void ParseComponent(
        IReadOnlyList<TableRow> rows,
        int start,
        int end,
        ComponentTitle title,
        int sheet,
        ErrorCollector errors,
        Dictionary<(string Component, Plans.ActivityNumber Number), string> seen,
        List<PendingActivity> output,
        TableSheet table,
        ComponentFallback log,
        PendingStream? stream)
    {
        var header = FindHeader(rows, start, end);
        if (header < 0)
        {
            var at = start > 0 ? rows[start - 1] : null;
            var location = at?.RowLocation ?? (table.Name is null ? "línea 1" : $"hoja «{table.Name}»");
            errors.Add(sheet, at?.Number ?? 0, location, ImportMessages.NoHeader);
            return;
        }

        var headerRow = rows[header];
        var first = header + 1;
        if (first < end && TwoRowHeader.TryMerge(headerRow, rows[first], out var merged))
        {
            headerRow = merged;
            first++;
        }

        var data = rows.Skip(first).Take(end - first).ToList();
        var map = HeaderMap.TryBuild(headerRow, data, out var missing);
        if (map is null)
        {
            foreach (var name in missing)
            {
                errors.Add(sheet, rows[header].Number, rows[header].RowLocation, ImportMessages.MissingColumn(name));
            }

            return;
        }

        log.AddColumns($"componente {title.Number}, {headerRow.RowLocation}", map.Describe(headerRow));
        var parser = new ActivityRowParser(errors, sheet, title, map, seen);
        parser.Parse(data, output, stream);
        if (!parser.Numbered)
        {
            log.Note(ImportMessages.NumberedInOrder(title.Number, headerRow.RowLocation));
        }
    }

    /// <summary>The index of the first row naming at least three known columns, or -1.</summary>
    private static int FindHeader(IReadOnlyList<TableRow> rows, int start, int end)
    {
        for (var i = Math.Max(start, 0); i < end; i++)
        {
            if (HeaderNames.Score(rows[i]) >= HeaderScore)
            {
                return i;
            }
        }

        return -1;
    }
}
