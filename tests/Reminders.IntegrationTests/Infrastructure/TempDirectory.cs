namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>Throw-away folders for test files.</summary>
public static class TempDirectory
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "reminders-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing process; the OS temp cleaner takes it.
        }
    }
}
