namespace Reminders.IntegrationTests.Reports;

/// <summary>Files a test keeps for people to look at: <c>TestResults/artifacts</c> at the repository root (git-ignored).</summary>
internal static class TestArtifacts
{
    public static string Directory
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Reminders.sln")))
            {
                root = root.Parent;
            }

            var path = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "TestResults", "artifacts");
            System.IO.Directory.CreateDirectory(path);
            return path;
        }
    }
}
