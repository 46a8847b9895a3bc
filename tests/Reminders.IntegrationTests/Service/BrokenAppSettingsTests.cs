using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// An appsettings.json edited by hand and left unreadable: every command and the service report the file, the line and
/// the column, with exit code 2, instead of «Error inesperado (InvalidDataException): Failed to load configuration…».
/// </summary>
public sealed class BrokenAppSettingsTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _app = TempDirectory.Create();
    private readonly string _data = TempDirectory.Create();

    public void Dispose()
    {
        TempDirectory.Delete(_app);
        TempDirectory.Delete(_data);
    }

    [Fact]
    public async Task A_missing_colon_in_appsettings_json_is_reported_with_its_line_and_exit_code_2_by_commands_and_the_service()
    {
        var executable = CopyOfTheApp();
        var settings = Path.Combine(_app, "appsettings.json");
        var lines = (await File.ReadAllLinesAsync(settings, TestContext.Current.CancellationToken)).ToList();
        var mail = lines.FindIndex(l => l.TrimStart().StartsWith("\"Mail\": {", StringComparison.Ordinal));
        lines[mail] = lines[mail].Replace("\"Mail\": {", "\"Mail\" {", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(settings, lines, TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string> { ["Paths__DataDirectory"] = _data };

        using var deliver = await RemindersProcess.RunAtAsync(executable, environment, Timeout, "deliver");
        using var check = await RemindersProcess.RunAtAsync(executable, environment, Timeout, "check-config");
        using var service = await RemindersProcess.RunAtAsync(executable, environment, Timeout, "run");

        foreach (var run in new[] { deliver, check, service })
        {
            Assert.True(run.ExitCode == 2, run.Transcript);
            Assert.Contains($"✘ {settings} no es JSON válido: línea {mail + 1}, columna", run.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("Error inesperado", run.Transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Transcript, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The built executable in a folder of its own, beside a copy of appsettings.json the test may break: the apphost,
    /// its assembly and the settings are copied, everything else linked.
    /// </summary>
    private string CopyOfTheApp()
    {
        string[] copied = ["reminders", "reminders.exe", "reminders.dll", "appsettings.json"];
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
        {
            var target = Path.Combine(_app, Path.GetFileName(file));
            if (copied.Contains(Path.GetFileName(file)))
            {
                File.Copy(file, target);
            }
            else
            {
                File.CreateSymbolicLink(target, file);
            }
        }

        foreach (var folder in Directory.GetDirectories(AppContext.BaseDirectory))
        {
            Directory.CreateSymbolicLink(Path.Combine(_app, Path.GetFileName(folder)), folder);
        }

        return Path.Combine(_app, OperatingSystem.IsWindows() ? "reminders.exe" : "reminders");
    }
}
