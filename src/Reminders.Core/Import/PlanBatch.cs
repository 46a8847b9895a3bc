namespace Reminders.Core.Import;

/// <summary>
/// Activities <see cref="PlanReader"/> hands over while it still reads the rest of the file: whole sub-components, read
/// with a provisional plan <paramref name="Year"/> (the one given, or the one most dates read so far name). They are
/// what <see cref="PlanReader.Read(Stream, string, PlanReaderOptions?, Func{PlanBatch, bool}?)"/> returns, in order, only
/// when its result succeeds with the same year: a consumer must check both before it keeps anything it did with them.
/// </summary>
public sealed record PlanBatch(int Year, IReadOnlyList<ImportedActivity> Activities);
