using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>The same administrator flow as on SQLite, with the executable pointed at a server database; one subclass per server provider.</summary>
public abstract class ServerDatabaseCliTests(IDatabaseServer server) : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task Import_and_send_now_work_on_the_server_database_and_deliver_once()
    {
        cli.Environment["Database__Provider"] = server.Provider;
        cli.Environment["Database__ConnectionString"] = await server.CreateDatabaseAsync();
        await SampleFiles.ConfigureAsync(cli);

        await cli.SucceedAsync("send-now", "--as-of", "2022-02-03");
        var first = cli.PickedUp();
        var again = await cli.SucceedAsync("send-now", "--as-of", "2022-02-03");

        Assert.NotEmpty(first);
        Assert.Contains("0 mensaje(s) nuevos", again, StringComparison.Ordinal);
        Assert.Equal(first, cli.PickedUp());
        Assert.Equal(first.Count, (await cli.JsonAsync("outbox", "list", "--state", "sent")).GetArrayLength());
        Assert.False(File.Exists(cli.PathOf("reminders.db")));
    }

    public void Dispose()
    {
        cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
