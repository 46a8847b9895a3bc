using System.Text;
using MiniExcelLibs;
using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

/// <summary>Plan files for the importer tests: the real sample, variants of it, and small tables.</summary>
internal static class PlanFiles
{
    public const string SampleName = "paac-2022-componente-3-rendicion-de-cuentas.tsv";

    /// <summary>The title and the header of a small test table (the two-column <c>Actividades</c> as exported).</summary>
    public const string Title = "Componente III: Rendición de Cuentas";
    public const string Header = "Sub-Componente\tActividades\t\tMeta o Producto\tResponsable\tFecha Programada";

    public static byte[] SampleBytes => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", SampleName));

    public static string SampleText => Encoding.UTF8.GetString(SampleBytes);

    /// <summary>The sample's rows split on tabs, without the line breaks.</summary>
    public static List<string[]> SampleRows =>
        [.. SampleText.Split('\n').Select(l => l.TrimEnd('\r').Split('\t'))];

    public static PlanReadResult Read(byte[] bytes, string name = "paac.tsv", int? year = null) =>
        PlanReader.Read(new MemoryStream(bytes), name, year is null ? null : new PlanReaderOptions(year));

    public static PlanReadResult Read(string text, string name = "paac.tsv", int? year = null) =>
        Read(Encoding.UTF8.GetBytes(text), name, year);

    /// <summary>Reads with the given limits (the <c>Import</c> settings).</summary>
    public static PlanReadResult Read(byte[] bytes, ImportLimits limits, string name = "paac.tsv") =>
        PlanReader.Read(new MemoryStream(bytes), name, new PlanReaderOptions(Limits: limits));

    /// <summary>A small tab-separated plan: title on line 1, header on line 2, the rows from line 3.</summary>
    public static string Table(params string[] rows) => string.Join("\n", [Title, Header, .. rows]) + "\n";

    /// <summary>Joins cells with the delimiter, quoting a cell that holds it, a quote or a line break.</summary>
    public static string Delimited(IEnumerable<string[]> rows, char delimiter, string newline = "\n") =>
        string.Join(newline, rows.Select(cells => string.Join(delimiter, cells.Select(c => Quote(c, delimiter)))));

    public static string Quote(string cell, char delimiter) =>
        cell.Contains(delimiter, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
        || cell.Contains('\n', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    /// <summary>An .xlsx workbook with one sheet per entry, each row's cells in columns A, B, C…</summary>
    public static byte[] Xlsx(params (string Sheet, IEnumerable<object?[]> Rows)[] sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var (sheet, rows) in sheets)
        {
            var list = rows.ToList();
            var width = Math.Max(1, list.Select(r => r.Length).DefaultIfEmpty(1).Max());
            workbook[sheet] = list.Select(cells =>
            {
                var row = new Dictionary<string, object?>();
                for (var i = 0; i < width; i++)
                {
                    row[Letters(i)] = i < cells.Length ? cells[i] : null;
                }

                return row;
            }).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(workbook, printHeader: false);
        return stream.ToArray();
    }

    /// <summary>Activities as comparable lines, everything but where they came from.</summary>
    public static List<string> Describe(PlanReadResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return [.. result.Plan!.Activities.Select(a =>
            $"{a.Component}|{a.ComponentName}|{a.SubComponent}|{a.SubComponentName}|{a.Number}|{a.Text}|{a.Product}|{string.Join(" + ", a.Offices)}|{a.Schedule}")];
    }

    private static string Letters(int index) => index < 26 ? ((char)('A' + index)).ToString() : "A" + (char)('A' + index - 26);
}
