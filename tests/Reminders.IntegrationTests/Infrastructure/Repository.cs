namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>The repository the tests run from (the folder holding Reminders.sln), for files such as deploy/sql.</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reminders.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException($"No Reminders.sln above {AppContext.BaseDirectory}.");
        }
    }
}
