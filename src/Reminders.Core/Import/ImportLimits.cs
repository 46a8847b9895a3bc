namespace Reminders.Core.Import;

/// <summary>
/// How large a plan file may be (docs/reliability.md, "The limits"). A published PAAC table has tens to a few hundred
/// rows; an installation that serves a whole country may import plans of tens of thousands, so the row and size bounds
/// are administrator settings (<c>Import:MaxRows</c>, <c>Import:MaxFileMegabytes</c>) with defaults far above any plan,
/// and the refusal names the setting. They still keep a hostile file (a gigabyte of text, an .xlsx that expands to
/// gigabytes, a file of millions of one-letter cells) from exhausting memory: the file is read at most
/// <see cref="FileBytes"/> bytes far, a table is kept only up to the row that passes <see cref="Rows"/> or
/// <see cref="Cells"/>, with at most <see cref="Columns"/> + 1 cells a row, and past any bound the file is refused,
/// nothing imported.
/// </summary>
/// <param name="Rows">Rows of one file, counting every sheet (<c>Import:MaxRows</c>).</param>
/// <param name="FileMegabytes">The file as given, in MiB (<c>Import:MaxFileMegabytes</c>).</param>
public sealed record ImportLimits(int Rows = ImportLimits.DefaultRows, int FileMegabytes = ImportLimits.DefaultFileMegabytes)
{
    /// <summary>200,000 rows: twice the 100,000-row plan of the benchmark (docs/benchmarks.md, "Import").</summary>
    public const int DefaultRows = 200_000;

    /// <summary>64 MiB: a 100,000-row plan as tab-separated text weighs about 15 MiB.</summary>
    public const int DefaultFileMegabytes = 64;

    /// <summary>The largest <see cref="Rows"/> an administrator may set.</summary>
    public const int MaxRows = 2_000_000;

    /// <summary>The largest <see cref="FileMegabytes"/> an administrator may set.</summary>
    public const int MaxFileMegabytes = 1024;

    /// <summary>Columns of a row: a PAAC table has about seven.</summary>
    public const int Columns = 200;

    /// <summary>
    /// Cells of a file on average per row of <see cref="Rows"/>: a PAAC table has about seven columns. Bounds the memory a
    /// file of tiny cells (<c>x\tx\tx…</c>) would take within the size limit: each cell costs far more than its bytes.
    /// </summary>
    public const int CellsPerRow = 20;

    /// <summary>Characters of one cell: Excel's own limit.</summary>
    public const int CellChars = 32_767;

    /// <summary>The defaults.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>Cells of one file, counting every sheet: <see cref="CellsPerRow"/> for each row of <see cref="Rows"/>.</summary>
    public long Cells => (long)Rows * CellsPerRow;

    /// <summary>The file as given, in bytes.</summary>
    public long FileBytes => FileMegabytes * 1024L * 1024;

    /// <summary>
    /// The workbook's parts once decompressed, all together: four times the file's bound, and never under 64 MiB
    /// (an .xlsx compresses its XML about eight to ten times, so a workbook within the file bound may still be refused
    /// here when it is mostly padding).
    /// </summary>
    public long ExpandedBytes => Math.Max(64L * 1024 * 1024, 4 * FileBytes);
}
