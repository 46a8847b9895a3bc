namespace Reminders.Core.Import;

/// <summary>
/// How large a plan file may be (docs/reliability.md). A real PAAC table has tens to a few hundred rows and weighs
/// kilobytes; these bounds are two orders of magnitude above that and keep a hostile file (a 50 MB text, an .xlsx
/// that expands to gigabytes) from exhausting memory: past any of them the file is refused, nothing imported.
/// </summary>
internal static class ImportLimits
{
    /// <summary>The file as given: 5 MiB.</summary>
    public const int FileBytes = 5 * 1024 * 1024;

    /// <summary>Rows of one file, counting every sheet.</summary>
    public const int Rows = 5_000;

    /// <summary>Columns of a row: a PAAC table has about seven.</summary>
    public const int Columns = 200;

    /// <summary>Characters of one cell: Excel's own limit.</summary>
    public const int CellChars = 32_767;

    /// <summary>The workbook's parts once decompressed, all together: 64 MiB.</summary>
    public const long ExpandedBytes = 64L * 1024 * 1024;
}
