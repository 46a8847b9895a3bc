using Reminders.Core.Plans;
using Reminders.Core.Text;

namespace Reminders.Core.Import;

/// <summary>
/// Reads the office directory from a CSV with a header row (<c>oficina;correos;jefe;alias;idioma</c>, separated by
/// semicolons, commas or tabs) in whatever encoding it comes, as plan files are read (<see cref="TextDecoder"/>).
/// Several addresses or aliases in one cell are separated by <c>|</c>. Every row is checked: the result has the
/// changes or every error, so one bad row imports nothing.
/// </summary>
public static class OfficeDirectoryReader
{
    private static readonly string[] NameHeaders = ["oficina", "nombre", "dependencia", "name", "office"];
    private static readonly string[] EmailHeaders = ["correos", "correo", "emails", "email"];
    private static readonly string[] HeadHeaders = ["jefe", "head", "correo jefe"];
    private static readonly string[] AliasHeaders = ["alias", "aliases"];
    private static readonly string[] LanguageHeaders = ["idioma", "language"];

    public static OfficeDirectoryReadResult Read(ReadOnlySpan<byte> bytes, string fileName)
    {
        var file = Path.GetFileName(fileName);
        var text = TextDecoder.Decode(bytes, out var invalid);
        if (invalid is not null)
        {
            return new OfficeDirectoryReadResult([], [$"{file}, línea {invalid.Line}: {ImportMessages.InvalidUtf8(invalid)}"]);
        }

        var firstLine = text!.Split('\n', 2)[0];
        var delimiter = firstLine.Contains(';', StringComparison.Ordinal) ? ';' : firstLine.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var rows = DelimitedTableReader.Read(text, delimiter).Rows.Where(r => !r.IsBlank).ToList();
        var changes = new List<OfficeChange>();
        var errors = new List<string>();
        var keys = rows.Count == 0 ? [] : rows[0].Cells.Select(c => OfficeNames.Normalize(c.Text)).ToList();
        int Column(string[] names) => keys.FindIndex(names.Contains);
        var (nameAt, emailAt, headAt, aliasAt, languageAt) =
            (Column(NameHeaders), Column(EmailHeaders), Column(HeadHeaders), Column(AliasHeaders), Column(LanguageHeaders));
        if (nameAt < 0)
        {
            errors.Add($"{file}, línea 1: falta la columna «oficina» en el encabezado (se esperaba oficina;correos;jefe;alias;idioma).");
            return new OfficeDirectoryReadResult(changes, errors);
        }

        // A column no header names (a misspelt «idoma») would be ignored, and what it says lost without a word.
        string[][] known = [NameHeaders, EmailHeaders, HeadHeaders, AliasHeaders, LanguageHeaders];
        foreach (var (key, index) in keys.Select((key, index) => (key, index)))
        {
            if (key.Length > 0 && !known.Any(names => names.Contains(key)))
            {
                errors.Add($"{file}, línea 1: la columna «{rows[0].Cells[index].Text.Trim()}» no es ninguna de las que lee este archivo "
                    + "(oficina, correos, jefe, alias o idioma); corrija su nombre o quítela.");
            }
        }

        if (errors.Count > 0)
        {
            return new OfficeDirectoryReadResult(changes, errors);
        }

        foreach (var row in rows.Skip(1))
        {
            string? Cell(int index) => row[index] is { Length: > 0 } cell ? cell : null;
            if (Change(Cell(nameAt), Cell(emailAt), Cell(headAt), Cell(aliasAt), Cell(languageAt), out var problem) is { } change)
            {
                changes.Add(change);
            }
            else
            {
                errors.Add($"{file}, línea {row.Number}: {problem}");
            }
        }

        return new OfficeDirectoryReadResult(changes, errors);
    }

    private static OfficeChange? Change(string? name, string? emails, string? head, string? aliases, string? language, out string? problem)
    {
        language = language?.ToLowerInvariant();
        var addresses = emails is null ? null : EmailAddress.Split(emails);
        problem = name is null ? "falta el nombre de la oficina"
            : HasControlCharacter(name) ? $"el nombre de la oficina «{Visible(name)}» tiene un salto de línea u otro carácter de control; escríbalo en una sola línea"
            : aliases is not null && HasControlCharacter(aliases) ? $"el alias «{Visible(aliases)}» tiene un salto de línea u otro carácter de control; escríbalo en una sola línea"
            : language is not (null or "es" or "en") ? $"idioma «{language}»; se esperaba es o en"
            : addresses?.FirstOrDefault(a => !EmailAddress.IsValid(a)) is { } badAddress ? EmailAddress.Refusal("correos", badAddress)
            : head is not null && !EmailAddress.IsValid(head) ? EmailAddress.Refusal("jefe", head)
            : null;
        return problem is not null ? null : new OfficeChange(
            name!,
            addresses?.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            head,
            aliases?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            language);
    }

    /// <summary>A line break or other control character: it would make a record no plan can name (docs/reliability.md).</summary>
    private static bool HasControlCharacter(string text) => text.Any(char.IsControl);

    private static string Visible(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
