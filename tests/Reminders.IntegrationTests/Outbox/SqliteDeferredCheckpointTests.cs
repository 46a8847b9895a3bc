using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Outbox;

namespace Reminders.IntegrationTests.Outbox;

/// <summary>
/// A planning group that defers SQLite's WAL checkpoint to <see cref="OutboxStore.CheckpointAsync"/> (so the recorder does not
/// copy the WAL into the database file while it commits), on a real SQLite file in WAL mode.
/// </summary>
public sealed class SqliteDeferredCheckpointTests
{
    private static readonly DateOnly RunDate = new(2022, 1, 28);

    [Fact]
    public async Task A_deferred_group_leaves_the_database_file_to_the_checkpoint_and_its_connection_checkpoints_again_afterwards()
    {
        using var db = DatabaseTarget.Sqlite();
        db.Migrate();
        var outbox = new OutboxStore(db.Connections, new FakeTimeProvider(new DateTimeOffset(2022, 1, 28, 12, 0, 0, TimeSpan.Zero)));
        var file = new FileInfo(db.Paths.Resolve("reminders.db"));

        // One connection in the pool from here on: the group's, reused by the checkpoint and by the next group.
        SqliteConnection.ClearAllPools();
        var before = Length(file);
        await using (var group = await outbox.BeginAsync(Ct, deferCheckpoints: true))
        {
            // ~5 MB, past SQLite's auto-checkpoint threshold of 1,000 pages (4 MB) in the WAL.
            await group.RecordAsync([Message("m1")], [], RunDate, "Entidad A", Ct);
            await group.CommitAsync(Ct);
        }

        Assert.Equal(before, Length(file));
        await outbox.CheckpointAsync(Ct);
        var checkpointed = Length(file);
        Assert.True(checkpointed > before + 5_000_000, $"the checkpoint should copy the group into the file ({before} → {checkpointed} bytes)");

        // A group that does not defer (the connection given back as it came) checkpoints at its commit, as SQLite does.
        await using (var group = await outbox.BeginAsync(Ct))
        {
            await group.RecordAsync([Message("m2")], [], RunDate, "Entidad B", Ct);
            await group.CommitAsync(Ct);
        }

        Assert.True(Length(file) > checkpointed + 5_000_000, $"the second group should be in the file at its commit ({checkpointed} → {Length(file)} bytes)");
        Assert.Equal(["Asunto m1", "Asunto m2"], (await outbox.ListAsync(null, Ct)).Select(m => m.Subject));
    }

    private static long Length(FileInfo file)
    {
        file.Refresh();
        return file.Length;
    }

    /// <summary>A message whose stored body is 5 MB of bytes that do not compress (the same on every run).</summary>
    private static OutboxMessage Message(string key)
    {
        var mime = new byte[5_200_000];
        new Random(7).NextBytes(mime);
        return new OutboxMessage(
            key, MessageKind.Digest, "Alcaldía de Prueba", "Planeación", ["planeacion@x.gov.co"], [], $"Asunto {key}", RunDate,
            [new MessageItem("1.1", "III", "due-soon", null, null)], [], mime);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
