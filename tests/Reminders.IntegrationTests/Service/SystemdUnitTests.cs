using System.Diagnostics;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary>deploy/systemd/reminders.service passes <c>systemd-analyze verify</c> (with ExecStart pointed at the built executable).</summary>
public sealed class SystemdUnitTests : IDisposable
{
    private static readonly string[] AnalyzePaths = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"];
    private static readonly string[] Hardening = ["Type=notify", "ProtectSystem=strict", "NoNewPrivileges=yes", "PrivateTmp=yes", "StateDirectory=reminders"];
    private readonly string _directory = TempDirectory.Create();

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public async Task The_unit_file_verifies_without_warnings()
    {
        var analyze = AnalyzePaths.FirstOrDefault(File.Exists);
        if (analyze is null)
        {
            Peers.Missing("systemd-analyze is not installed (apt-get install -y systemd)");
            return;
        }

        var unit = File.ReadAllLines(UnitPath())
            .Select(line => line.StartsWith("ExecStart=", StringComparison.Ordinal) ? "ExecStart=" + RemindersProcess.Executable : line);
        var copy = Path.Combine(_directory, "reminders.service");
        await File.WriteAllLinesAsync(copy, unit, TestContext.Current.CancellationToken);

        var start = new ProcessStartInfo(analyze, ["verify", "--man=no", copy]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        var complaints = (await output + await errors).Split('\n').Where(l => l.Contains("reminders.service", StringComparison.Ordinal)).ToList();
        Assert.True(process.ExitCode == 0, $"systemd-analyze verify exited with {process.ExitCode}: {await output}{await errors}");
        Assert.Empty(complaints);
    }

    [Fact]
    public void The_unit_keeps_the_hardening_and_the_stop_timeout_longer_than_the_hosts()
    {
        var unit = File.ReadAllLines(UnitPath());
        foreach (var setting in Hardening)
        {
            Assert.Contains(setting, unit);
        }

        Assert.DoesNotContain(unit, l => l.StartsWith("MemoryDenyWriteExecute", StringComparison.Ordinal));
        var stop = int.Parse(unit.Single(l => l.StartsWith("TimeoutStopSec=", StringComparison.Ordinal))["TimeoutStopSec=".Length..],
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(TimeSpan.FromSeconds(stop) > Reminders.Worker.ServiceRunner.ShutdownTimeout);
    }

    [Fact]
    public void Credentials_are_named_without_a_path_so_a_missing_password_file_does_not_stop_the_start()
    {
        var credentials = File.ReadAllLines(UnitPath()).Where(l => l.StartsWith("LoadCredential=", StringComparison.Ordinal)).ToList();

        Assert.Equal(["LoadCredential=Mail__Smtp__Password"], credentials);
    }

    [Fact]
    public void The_installer_sits_beside_the_unit_and_finds_the_program_in_its_own_folder()
    {
        var script = File.ReadAllText(Path.Combine(Path.GetDirectoryName(UnitPath())!, "install.sh"));

        Assert.Contains("elif [ -x \"$here/reminders\" ]; then", script, StringComparison.Ordinal);
        Assert.Contains("unit=\"$here/reminders.service\"", script, StringComparison.Ordinal);
    }

    private static string UnitPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "deploy", "systemd", "reminders.service");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("deploy/systemd/reminders.service not found above " + AppContext.BaseDirectory);
    }
}
