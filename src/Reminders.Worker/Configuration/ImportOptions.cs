using Reminders.Core.Import;

namespace Reminders.Worker.Configuration;

/// <summary>
/// The <c>Import</c> section: how large a plan file <c>reminders import</c> accepts (docs/reliability.md, "The limits").
/// The defaults are far above any published plan; an installation that imports larger ones raises them.
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Rows of one file, counting every sheet, title and header rows.</summary>
    public int MaxRows { get; set; } = ImportLimits.DefaultRows;

    /// <summary>The file's size in MiB; an .xlsx may expand to four times this (at least 64 MiB).</summary>
    public int MaxFileMegabytes { get; set; } = ImportLimits.DefaultFileMegabytes;

    public ImportLimits Limits => new(MaxRows, MaxFileMegabytes);
}
