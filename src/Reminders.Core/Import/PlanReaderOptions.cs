namespace Reminders.Core.Import;

/// <summary>Options for reading a plan file.</summary>
/// <param name="Year">The plan year (vigencia) given by the administrator (<c>--year</c>); when null it is the year most dates name.</param>
public sealed record PlanReaderOptions(int? Year = null);
