using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the test run: the one named by <c>REMINDERS_TEST_POSTGRES</c> (a connection string),
/// or a throw-away cluster started from Debian's <c>postgresql</c> binaries on 127.0.0.1 and a free port. PostgreSQL
/// cannot report a port it chose itself, so should another process take the port first, the start is tried again on
/// another one.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime, IDatabaseServer
{
    private const int StartAttempts = 5;
    private string? directory;
    private string? binaries;
    private string? runAs;

    /// <summary>Connection string to the maintenance database, or null (with <see cref="Problem"/>) when none could be had.</summary>
    public string? AdminConnectionString { get; private set; }

    public string? Problem { get; private set; }

    public string Provider => "Postgres";

    public async ValueTask InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("REMINDERS_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given))
        {
            AdminConnectionString = given;
            return;
        }

        binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (binaries is null)
        {
            Problem = "PostgreSQL is not installed (apt-get install postgresql) and REMINDERS_TEST_POSTGRES is not set";
            return;
        }

        // PostgreSQL refuses to run as root; run the throw-away cluster as the postgres user then.
        runAs = Environment.UserName == "root" ? "postgres" : null;
        directory = Path.Combine(Path.GetTempPath(), $"reminders-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        if (runAs is not null)
        {
            await RunAsync("chown", ["-R", runAs, directory]).ConfigureAwait(false);
        }

        var data = Path.Combine(directory, "data");
        await RunPgAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                await RunPgAsync("pg_ctl", ["-D", data, "-l", Path.Combine(directory, "log"), "-w", "-t", "60", "-o",
                    $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"]).ConfigureAwait(false);
                AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
                return;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && PortTaken(Path.Combine(directory, "log")))
            {
                // Another process bound the port after it was reported free: another port.
            }
        }
    }

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (AdminConnectionString is null)
        {
            Peers.Missing(Problem ?? "no PostgreSQL server");
        }

        var name = $"reminders_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (directory is null || binaries is null)
        {
            return;
        }

        try
        {
            await RunPgAsync("pg_ctl", ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"]).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private Task RunPgAsync(string tool, IReadOnlyList<string> arguments) =>
        runAs is null
            ? RunAsync(Path.Combine(binaries!, tool), arguments)
            : RunAsync("runuser", ["-u", runAs, "--", Path.Combine(binaries!, tool), .. arguments]);

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output.ConfigureAwait(false)} {await error.ConfigureAwait(false)}");
        }
    }

    private static bool PortTaken(string log) =>
        File.Exists(log) && File.ReadAllText(log).Contains("could not bind", StringComparison.OrdinalIgnoreCase);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
