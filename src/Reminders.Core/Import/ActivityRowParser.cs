using System.Text.RegularExpressions;
using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>
/// Reads the rows under one component's header into activities, following merged sub-component cells, and
/// reports every broken activity row. Blank rows and footer lines are neither data nor errors.
/// </summary>
internal sealed partial class ActivityRowParser(
    ErrorCollector errors,
    int sheet,
    ComponentTitle component,
    HeaderMap map,
    Dictionary<(string Component, ActivityNumber Number), string> seen)
{
    private readonly Dictionary<string, IReadOnlyList<string>> officesOf = new(StringComparer.Ordinal);

    /// <summary>True when the table numbers no activity: they are numbered in order within their sub-component.</summary>
    public bool Numbered { get; private set; } = true;

    public void Parse(IEnumerable<TableRow> rows, List<PendingActivity> output, PendingStream? stream = null)
    {
        // With a number column the rows are read as they come, so a stream's first batch does not wait for every row to be
        // looked at (docs/benchmarks.md, "Import"); without one, every row is looked at first for a leading number.
        var kept = rows.Where(r => !r.IsBlank && !IsRepeatedHeader(r));
        if (map.NumberColumn >= 0)
        {
            Numbered = true;
        }
        else
        {
            var all = kept.ToList();
            Numbered = all.Any(r => LeadingNumber().IsMatch(r[map.TextColumn]));
            kept = all;
        }
        SubComponentGroup? group = null;
        var held = new List<string>();
        var groups = 0;
        var items = 0;
        foreach (var row in kept)
        {
            var sub = map.SubComponentColumn >= 0 ? row[map.SubComponentColumn] : string.Empty;
            var (numberText, numberColumn, text) = NumberAndText(row);
            var responsible = map.ResponsibleColumn >= 0 ? row[map.ResponsibleColumn] : string.Empty;
            var date = row[map.DateColumn];
            var marks = map.PeriodColumns.Where(p => row[p.Column].Length > 0).ToList();
            var filled = new[] { text, responsible, date.Length > 0 || marks.Count > 0 ? "x" : string.Empty }.Count(v => v.Length > 0);
            if (numberText.Length == 0 && filled < 2)
            {
                HoldNonData(row, sub, ref group, held);
                continue;
            }

            bool parsed;
            ActivityNumber number;
            if (Numbered)
            {
                parsed = ActivityNumber.TryParse(numberText, out number);
                group = Place(group, sub, parsed ? number : null, held);
            }
            else
            {
                // No numbers at all: a filled sub-component cell opens the next sub-component; activities count from 1.
                if (group is null || (sub.Length > 0 && group.Name.Length > 0))
                {
                    Flush(group, held);
                    group = Unnumbered(sub, ref groups);
                    items = 0;
                }
                else
                {
                    group.Append(sub);
                }

                parsed = true;
                number = new ActivityNumber(group.Number ?? groups, ++items);
                numberText = number.ToString();
            }

            var ok = CheckNumber(row, numberText, numberColumn, parsed, number);
            ok &= Require(row, map.TextColumn, ColumnKind.Activity, text, ImportMessages.ActivityText);
            var offices = OfficesOf(responsible);
            ok &= Require(row, map.ResponsibleColumn, ColumnKind.Responsible, offices.Count > 0 ? responsible : string.Empty, ImportMessages.Responsible);
            ok &= CheckMarks(row, marks);
            var periods = map.PeriodColumns.Count > 0 ? marks.Select(m => m.Period).Order().ToList() : null;
            ok &= Require(row, map.DateColumn, ColumnKind.Date, periods is { Count: > 0 } ? "x" : date, DateExpected);
            var product = map.ProductColumn >= 0 ? Clean(row[map.ProductColumn]) : string.Empty;
            output.Add(new PendingActivity(
                component, group, number, Clean(text), product, offices, date, map.NameOf(ColumnKind.Date), row, map.DateColumn, sheet, ok)
            {
                StartText = row[map.StartColumn],
                StartColumnIndex = map.StartColumn,
                StartColumn = map.NameOf(ColumnKind.Start),
                Periods = periods,
                Generated = !Numbered,
            });
            stream?.Added(output);
        }
    }

    /// <summary><see cref="OfficeNames.Split"/>, remembered: a plan repeats the same few responsible cells (at most 10,000 kept).</summary>
    private IReadOnlyList<string> OfficesOf(string responsible)
    {
        if (!officesOf.TryGetValue(responsible, out var offices))
        {
            offices = OfficeNames.Split(responsible);
            if (officesOf.Count < 10_000)
            {
                officesOf[responsible] = offices;
            }
        }

        return offices;
    }

    /// <summary>What a missing date asks for: a date, or (in a table with <c>Cuatrimestre</c> columns) a date or a period's mark.</summary>
    private string DateExpected => map.PeriodColumns.Count > 0 ? ImportMessages.DateOrPeriod : ImportMessages.Date;

    /// <summary>False (with an error naming the cell) when a <c>Cuatrimestre</c> cell holds something other than a mark.</summary>
    private bool CheckMarks(TableRow row, IEnumerable<(int Column, int Period)> marks)
    {
        var ok = true;
        foreach (var (column, period) in marks.Where(m => !IsMark(row[m.Column])))
        {
            errors.Add(sheet, row, column, $"Cuatrimestre {period}", row[column], ImportMessages.PeriodMark);
            ok = false;
        }

        return ok;
    }

    /// <summary>An <c>X</c> (or a tick, a bullet, <c>Sí</c>) marking a four-month period.</summary>
    private static bool IsMark(string cell) =>
        Text.TextKey.Compact(cell) is "x" or "si" || cell.Trim() is "✓" or "✔" or "•" or "*";

    /// <summary>
    /// A header repeated on a new page, skipped with the blank rows. A row that names three columns but has an activity
    /// number and a date is data: real plans write sub-components as «Subcomponente 1 …» and products as «Meta: …».
    /// </summary>
    private bool IsRepeatedHeader(TableRow row)
    {
        if (HeaderNames.Score(row) < 3)
        {
            return false;
        }

        var date = row[map.DateColumn];
        return !(ActivityNumber.TryParse(NumberAndText(row).Number, out _)
            && SpanishDates.Parse(date, PlanYears.First).Status != SpanishDateStatus.Unreadable);
    }

    /// <summary>A row that is not an activity: a sub-component name on its own row, a piece of one, or a footer.</summary>
    private void HoldNonData(TableRow row, string sub, ref SubComponentGroup? group, List<string> held)
    {
        if (sub.Length == 0)
        {
            return;
        }

        if (SubComponentCell.TryParse(sub, out var cellNumber, out var name))
        {
            Flush(group, held);
            group = new SubComponentGroup(cellNumber) { Named = true };
            group.Append(name);
        }
        else if (group is not null && row.FilledColumns.All(c => c == map.SubComponentColumn))
        {
            // A continuation of the merged name if activities follow, else a footer line.
            held.Add(sub);
        }
    }

    /// <summary>The next sub-component of a table without activity numbers: the number its cell gives, else the next one.</summary>
    private static SubComponentGroup Unnumbered(string sub, ref int groups)
    {
        SubComponentGroup group;
        if (SubComponentCell.TryParse(sub, out var cellNumber, out var name) && cellNumber is { } given)
        {
            groups = Math.Max(groups, given);
            group = new SubComponentGroup(given) { Named = true };
            group.Append(name);
            return group;
        }

        group = new SubComponentGroup(++groups) { Named = sub.Length > 0 };
        group.Append(sub);
        return group;
    }

    private static SubComponentGroup Place(SubComponentGroup? group, string sub, ActivityNumber? number, List<string> held)
    {
        Flush(group, held);
        if (sub.Length > 0)
        {
            if (SubComponentCell.TryParse(sub, out var cellNumber, out var name))
            {
                group = new SubComponentGroup(cellNumber) { Named = true };
                group.Append(name);
            }
            else if (group is null || (number is { } n && group.Number is { } current && n.SubComponent != current))
            {
                group = new SubComponentGroup(null) { Named = true };
                group.Append(sub);
            }
            else
            {
                group.Append(sub);
            }
        }
        else if (group is null || (!group.Named && number is { } n && group.Number != n.SubComponent))
        {
            group = new SubComponentGroup(null);
        }

        group.Number ??= number?.SubComponent;
        return group;
    }

    private static void Flush(SubComponentGroup? group, List<string> held)
    {
        foreach (var piece in held)
        {
            group?.Append(piece);
        }

        held.Clear();
    }

    private bool CheckNumber(TableRow row, string numberText, int column, bool parsed, ActivityNumber number)
    {
        var name = map.NameOf(map.NumberColumn >= 0 ? ColumnKind.Number : ColumnKind.Activity);
        if (!parsed)
        {
            errors.Add(sheet, row, column, name, row[column], ImportMessages.ActivityNumber);
            return false;
        }

        if (seen.TryGetValue((component.Number, number), out var where))
        {
            errors.Add(sheet, row, column, name, numberText, ImportMessages.DuplicateNumber(component.Number, where));
            return false;
        }

        seen[(component.Number, number)] = row.RowLocation;
        return true;
    }

    private bool Require(TableRow row, int column, ColumnKind kind, string value, string expected)
    {
        if (value.Length > 0)
        {
            return true;
        }

        errors.Add(sheet, row, column, map.NameOf(kind), row[column], expected);
        return false;
    }

    /// <summary>The activity number (its own column, or the start of the text) and the activity text.</summary>
    private (string Number, int Column, string Text) NumberAndText(TableRow row)
    {
        var text = row[map.TextColumn];
        var number = map.NumberColumn >= 0 ? row[map.NumberColumn] : string.Empty;
        if (number.Length == 0 && LeadingNumber().Match(text) is { Success: true } match)
        {
            return (match.Groups["number"].Value, map.TextColumn, match.Groups["text"].Value.Trim());
        }

        return (number, map.NumberColumn >= 0 ? map.NumberColumn : map.TextColumn, text);
    }

    /// <summary>Text as written, trimmed, with Windows line breaks made plain.</summary>
    private static string Clean(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"^\s*(?<number>\d{1,3}\s*[.,]\s*\d{1,3})\.?(?:\s*[-–—:)]\s*|\s+)(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex LeadingNumber();
}
