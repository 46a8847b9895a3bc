using Reminders.Worker.Data;

namespace Reminders.Worker.Tests.Data;

public sealed class SqliteWriteTurnsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_writer_of_the_same_database_gets_its_turn_when_the_first_gives_it_up()
    {
        var database = $"Data Source={Guid.NewGuid():N}.db";
        var first = await SqliteWriteTurns.TakeAsync(database, Ct);

        var second = SqliteWriteTurns.TakeAsync(database, Ct);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task Writers_of_different_databases_do_not_wait_for_each_other()
    {
        using var first = await SqliteWriteTurns.TakeAsync($"Data Source={Guid.NewGuid():N}.db", Ct);

        var other = SqliteWriteTurns.TakeAsync($"Data Source={Guid.NewGuid():N}.db", Ct);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task A_writer_stopped_while_waiting_does_not_take_the_turn()
    {
        var database = $"Data Source={Guid.NewGuid():N}.db";
        var first = await SqliteWriteTurns.TakeAsync(database, Ct);
        using var stop = new CancellationTokenSource();

        var waiting = SqliteWriteTurns.TakeAsync(database, stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();
        (await SqliteWriteTurns.TakeAsync(database, Ct)).Dispose();
    }
}
