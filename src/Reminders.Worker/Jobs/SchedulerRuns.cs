using Dapper;
using Reminders.Worker.Data;

namespace Reminders.Worker.Jobs;

/// <summary>The last planning date each job completed, kept in the database so a run missed while down is made up at start-up.</summary>
public sealed class SchedulerRuns(ConnectionFactory connections, TimeProvider time)
{
    public async Task<DateOnly?> LastRunAsync(string job, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var text = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT last_run_date FROM scheduler_runs WHERE job = @Job", new { Job = job }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return Text.ParseDate(text);
    }

    public async Task SetLastRunAsync(string job, DateOnly date, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { Job = job, Date = Text.Date(date), Now = Text.Timestamp(time.GetUtcNow()) };
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE scheduler_runs SET last_run_date = @Date, updated_at = @Now WHERE job = @Job AND last_run_date < @Date", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (updated == 0)
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO scheduler_runs (job, last_run_date, updated_at) VALUES (@Job, @Date, @Now)", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException ex) when (UniqueViolation.Is(ex))
            {
                // The row exists with a later date (or another instance wrote it first): nothing to do.
            }
        }
    }
}
