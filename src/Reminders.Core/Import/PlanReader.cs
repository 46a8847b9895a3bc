namespace Reminders.Core.Import;

// Placeholder until the plan reader lands; the merge takes the reader's version.
public static class PlanReader
{
    public static PlanReadResult Read(Stream stream, string fileName, PlanReaderOptions? options = null) =>
        throw new NotSupportedException();
}
