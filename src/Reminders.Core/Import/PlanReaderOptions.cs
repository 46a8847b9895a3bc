namespace Reminders.Core.Import;

/// <summary>Options for reading a plan file.</summary>
/// <param name="Year">The plan year (vigencia) given by the administrator (<c>--year</c>); when null it is the year most dates name.</param>
/// <param name="Component">The component of a table without a title row (<c>--component</c>: <c>3</c> or <c>III</c>).</param>
/// <param name="Limits">How large a file may be (the <c>Import</c> settings); when null, <see cref="ImportLimits.Default"/>.</param>
public sealed record PlanReaderOptions(int? Year = null, string? Component = null, ImportLimits? Limits = null);
