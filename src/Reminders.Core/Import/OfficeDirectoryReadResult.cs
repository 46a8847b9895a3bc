using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>The office directory a CSV asks for, or every error it has (<c>file, línea N: what</c>).</summary>
public sealed record OfficeDirectoryReadResult(IReadOnlyList<OfficeChange> Changes, IReadOnlyList<string> Errors);
