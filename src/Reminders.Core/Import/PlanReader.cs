using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>
/// Reads a PAAC plan file (delimited text or an .xlsx workbook) into a plan, or into every error it has:
/// never a partial plan. Reads only the stream it is given.
/// </summary>
public static class PlanReader
{
    public static PlanReadResult Read(Stream stream, string fileName, PlanReaderOptions? options = null) => Read(stream, fileName, options, null);

    /// <summary>
    /// Reads the file as <see cref="Read(Stream, string, PlanReaderOptions?)"/> does and, while it reads, hands each run of
    /// finished sub-components to <paramref name="early"/> (on the reading thread; it returns false to get no more). The
    /// batches are provisional (<see cref="PlanBatch"/>): they are the result's activities, in order, only when the result
    /// succeeds with the batches' year.
    /// </summary>
    public static PlanReadResult Read(Stream stream, string fileName, PlanReaderOptions? options, Func<PlanBatch, bool>? early)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var file = Path.GetFileName(fileName);
        var errors = new ErrorCollector(file);
        if (options?.Year is { } given && !PlanYears.Contains(given))
        {
            errors.Add(0, 0, "--year", ImportMessages.YearOutOfRange(given));
            return Failed(errors);
        }

        ComponentTitle? component = null;
        if (options?.Component is { } text && !ComponentFallback.TryParseOption(text, out component))
        {
            errors.Add(0, 0, "--component", ImportMessages.BadComponentOption(text));
            return Failed(errors);
        }

        var fallback = new ComponentFallback(component, file);
        var limits = options?.Limits ?? ImportLimits.Default;
        var bytes = ReadAll(stream, limits.FileBytes);
        if (bytes is null)
        {
            errors.Add(0, 0, "archivo", ImportMessages.TooLarge(limits));
            return Failed(errors);
        }

        var sheets = ReadTables(bytes, Path.GetExtension(fileName), limits, errors);
        if (sheets is null || !WithinBounds(sheets, limits, errors))
        {
            return Failed(errors);
        }

        var pending = new List<PendingActivity>();
        var seen = new Dictionary<(string Component, ActivityNumber Number), string>();
        var foundAny = false;
        var handOver = early is null ? null : new PendingStream(options?.Year, early, file);
        for (var sheet = 0; sheet < sheets.Count; sheet++)
        {
            foundAny |= SheetParser.Parse(sheets[sheet], sheet, errors, seen, pending, fallback, handOver);
        }

        handOver?.End(pending);

        if (!foundAny)
        {
            errors.Add(0, 0, FirstLocation(sheets), ImportMessages.NoTitle);
            return Failed(errors);
        }

        var dates = new SpanishDateCache();
        var planYear = options?.Year ?? MostNamedYear(pending, dates);
        if (planYear is { } named && !PlanYears.Contains(named))
        {
            // The dates themselves are reported below; a year no date could be planned in is never the plan's.
            planYear = null;
        }

        var needsYear = false;
        var activities = handOver?.AllRead(pending.Count, planYear) ?? ReadDates(pending, planYear, errors, fallback, dates, out needsYear);
        if (pending.Count == 0 && errors.Count == 0)
        {
            errors.Add(0, 0, FirstLocation(sheets), ImportMessages.NoActivities);
        }
        else if (planYear is null && !needsYear && errors.Count == 0)
        {
            errors.Add(0, 0, FirstLocation(sheets), ImportMessages.NoPlanYear);
        }

        return errors.Count > 0 || planYear is null
            ? Failed(errors)
            : new PlanReadResult(new ImportedPlan(planYear.Value, activities, [.. fallback.Notes], [.. fallback.Columns]), []);
    }

    private static IReadOnlyList<TableSheet>? ReadTables(byte[] bytes, string extension, ImportLimits limits, ErrorCollector errors)
    {
        var isZip = bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);
        var ext = extension.ToUpperInvariant();
        if (ext == ".XLS" && !isZip)
        {
            errors.Add(0, 0, "libro", ImportMessages.OldExcel);
            return null;
        }

        if (isZip || ext is ".XLSX" or ".XLSM")
        {
            return ReadWorkbook(bytes, limits, errors);
        }

        var text = TextDecoder.Decode(bytes, out var invalid);
        if (invalid is not null)
        {
            errors.Add(0, invalid.Line, $"línea {invalid.Line}", ImportMessages.InvalidUtf8(invalid));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(0, 0, "línea 1", ImportMessages.EmptyFile);
            return null;
        }

        var sheet = DelimitedTableReader.Read(text!, limits.Rows, limits.Cells);
        foreach (var (line, message) in sheet.Problems ?? [])
        {
            errors.Add(0, line, $"línea {line}", message);
        }

        return errors.Count > 0 ? null : [sheet];
    }

    private static IReadOnlyList<TableSheet>? ReadWorkbook(byte[] bytes, ImportLimits limits, ErrorCollector errors)
    {
        if (bytes.Length == 0)
        {
            errors.Add(0, 0, "libro", ImportMessages.EmptyFile);
            return null;
        }

        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            if (!XlsxTableReader.ExpandsWithin(memory, limits.ExpandedBytes))
            {
                errors.Add(0, 0, "libro", ImportMessages.ExpandedTooLarge(limits));
                return null;
            }

            var sheets = XlsxTableReader.Read(memory, limits.Rows, limits.Cells);
            if (sheets.All(s => s.Rows.All(r => r.IsBlank)))
            {
                errors.Add(0, 0, "libro", ImportMessages.EmptyFile);
                return null;
            }

            return sheets;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException
            or System.Xml.XmlException or NotSupportedException or KeyNotFoundException or ArgumentException)
        {
            errors.Add(0, 0, "libro", ImportMessages.UnreadableWorkbook(ex.Message));
            return null;
        }
    }

    internal static List<ImportedActivity> ReadDates(
        List<PendingActivity> pending, int? planYear, ErrorCollector errors, ComponentFallback notes, SpanishDateCache dates, out bool needsYear)
    {
        needsYear = false;
        var activities = new List<ImportedActivity>();
        var dueFromPeriods = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in pending)
        {
            if (p.DateText.Length == 0 && p.Periods is [.., var last] && planYear is { } year)
            {
                if (p.Valid)
                {
                    activities.Add(Imported(p, Schedule.On(FourMonthPeriods.End(year, last)), errors, notes, dates, planYear));
                    if (dueFromPeriods.Add(p.Component.Number))
                    {
                        notes.Note(ImportMessages.DueFromPeriods(p.Component.Number));
                    }
                }

                continue;
            }

            var date = dates.Parse(p.DateText, planYear);
            if (p.DateText.Length == 0 || (date.Status == SpanishDateStatus.Parsed && !p.Valid))
            {
                continue;
            }

            if (date is { Status: SpanishDateStatus.Parsed, Schedule.Due: { } due } && !PlanYears.Contains(due))
            {
                errors.Add(p.Sheet, p.Row, p.DateColumnIndex, p.DateColumn, p.DateText, ImportMessages.DateInRange);
                continue;
            }

            if (date is { Status: SpanishDateStatus.Parsed, Schedule: { } schedule })
            {
                activities.Add(Imported(p, schedule, errors, notes, dates, planYear));
                continue;
            }

            needsYear |= date.Status == SpanishDateStatus.NeedsYear;
            var expected = date.Status switch
            {
                SpanishDateStatus.Impossible => ImportMessages.ImpossibleDate,
                SpanishDateStatus.NeedsYear => ImportMessages.DateNeedsYear,
                _ => ImportMessages.Date,
            };
            errors.Add(p.Sheet, p.Row, p.DateColumnIndex, p.DateColumn, p.DateText, expected);
        }

        return activities;
    }

    /// <summary>
    /// The activity of a row whose date was read, with its start date when the table has one. A start date that cannot
    /// be read, or falls after the due date, is noted for the administrator; no rule uses it, so it never refuses the file.
    /// </summary>
    private static ImportedActivity Imported(
        PendingActivity p, Schedule schedule, ErrorCollector errors, ComponentFallback notes, SpanishDateCache dates, int? planYear)
    {
        DateOnly? start = null;
        if (p.StartText.Length > 0)
        {
            var where = $"{errors.File}, {p.Row.Location(p.StartColumnIndex)}";
            var read = dates.Parse(p.StartText, planYear);
            if (read is { Status: SpanishDateStatus.Parsed, Schedule.Due: { } day } && PlanYears.Contains(day))
            {
                start = day;
                if (schedule.Due is { } due && day > due)
                {
                    notes.Note(ImportMessages.StartAfterDue(where, p.StartText));
                }
            }
            else
            {
                notes.Note(ImportMessages.UnreadableStart(where, p.StartColumn, p.StartText));
            }
        }

        return new ImportedActivity(
            p.Component.Number, p.Component.Name, p.Group.Number ?? p.Number.SubComponent, p.Group.Name,
            p.Number, p.Text, p.Product, p.Offices, schedule, $"{errors.File}, {p.Row.RowLocation}")
        {
            Start = start,
            Periods = p.Periods,
            NumberGenerated = p.Generated,
        };
    }

    /// <summary>The year most dates name; on a tie, the later one.</summary>
    internal static int? MostNamedYear(List<PendingActivity> pending, SpanishDateCache dates) =>
        pending.Select(p => dates.Parse(p.DateText, null).YearSeen)
            .OfType<int>()
            .GroupBy(y => y)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => (int?)g.Key)
            .FirstOrDefault();

    private static string FirstLocation(IReadOnlyList<TableSheet> sheets) => sheets switch
    {
        [{ Name: { } name }] => $"hoja «{name}»",
        [{ Name: null }] => "línea 1",
        _ => "libro",
    };

    private static PlanReadResult Failed(ErrorCollector errors) => new(null, errors.InFileOrder());

    /// <summary>False (with the errors) unless the tables pass <see cref="ImportLimits"/>: too many rows, cells, columns or characters in a cell, or control characters.</summary>
    private static bool WithinBounds(IReadOnlyList<TableSheet> sheets, ImportLimits limits, ErrorCollector errors)
    {
        var rows = 0;
        var cells = 0L;
        for (var sheet = 0; sheet < sheets.Count; sheet++)
        {
            foreach (var row in sheets[sheet].Rows)
            {
                if (++rows > limits.Rows)
                {
                    errors.Add(sheet, row.Number, row.RowLocation, ImportMessages.TooManyRows(limits));
                    return false;
                }

                if ((cells += row.Cells.Count) > limits.Cells)
                {
                    errors.Add(sheet, row.Number, row.RowLocation, ImportMessages.TooManyCells(limits));
                    return false;
                }

                if (row.Cells.Count > ImportLimits.Columns)
                {
                    errors.Add(sheet, row.Number, row.RowLocation, ImportMessages.TooManyColumns);
                }

                for (var column = 0; column < Math.Min(row.Cells.Count, ImportLimits.Columns); column++)
                {
                    var text = row.Cells[column].Text;
                    if (text.Length > ImportLimits.CellChars)
                    {
                        errors.Add(sheet, row.Number, row.Location(column), ImportMessages.CellTooLong);
                    }
                    else if (ControlCharacter(text) is { } at)
                    {
                        errors.Add(sheet, row.Number, row.Location(column), ImportMessages.ControlCharacter(text[at], at + 1));
                    }
                }
            }
        }

        return errors.Count == 0;
    }

    /// <summary>
    /// Where a cell holds a control character other than a tab or a line break (a damaged byte, a pasted terminal
    /// code), or null: it would end up in an office name or a mail and mean nothing to anyone.
    /// </summary>
    private static int? ControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] is not ('\t' or '\n' or '\r'))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The stream's bytes, or null when it holds more than <paramref name="limit"/> (<see cref="ImportLimits.FileBytes"/>).
    /// A stream that knows its length (a file) is read into one array of that size, not into a buffer grown and copied as
    /// it fills (docs/benchmarks.md, "Import", round 5); one that grows while it is read is still read whole.
    /// </summary>
    private static byte[]? ReadAll(Stream stream, long limit)
    {
        using var memory = new MemoryStream();
        if (stream.CanSeek)
        {
            var length = stream.Length - stream.Position;
            if (length > limit)
            {
                return null;
            }

            var bytes = new byte[length];
            var filled = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (filled < bytes.Length)
            {
                return bytes[..filled];
            }

            var next = stream.ReadByte();
            if (next < 0)
            {
                return bytes;
            }

            memory.Write(bytes);
            memory.WriteByte((byte)next);
            if (memory.Length > limit)
            {
                return null;
            }
        }

        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > limit)
            {
                return null;
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }
}
