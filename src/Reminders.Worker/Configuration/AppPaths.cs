namespace Reminders.Worker.Configuration;

/// <summary>
/// Where the service keeps its files. Relative paths in the configuration (the SQLite file, the pickup folder,
/// the templates folder) resolve against <see cref="DataDirectory"/>: the <c>Paths:DataDirectory</c> setting
/// if given, else systemd's <c>$STATE_DIRECTORY</c>, else the folder of the executable.
/// </summary>
public sealed class AppPaths
{
    public AppPaths(string dataDirectory) => DataDirectory = Path.GetFullPath(dataDirectory);

    public string DataDirectory { get; }

    public static AppPaths From(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new AppPaths(Path.IsPathRooted(configured) ? configured : Path.Combine(AppContext.BaseDirectory, configured));
        }

        var state = Environment.GetEnvironmentVariable("STATE_DIRECTORY");
        if (!string.IsNullOrWhiteSpace(state))
        {
            // systemd may pass several colon-separated directories; the first is ours.
            return new AppPaths(state.Split(':')[0]);
        }

        return new AppPaths(AppContext.BaseDirectory);
    }

    public string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(DataDirectory, path));
}
