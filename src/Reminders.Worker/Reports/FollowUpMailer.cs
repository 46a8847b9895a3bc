using System.Globalization;
using Dapper;
using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Reports;
using Reminders.Worker.Data;
using Reminders.Worker.Mail;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Reports;

/// <summary>
/// The automatic follow-up delivery (docs/follow-up.md): on a run date inside a report's window (from the configured
/// business day after a cut-off; the final report from the closing date), records that report for each entity and
/// plan year in the outbox, addressed to the coordinator and Control Interno. The message key is unique, so each
/// report is recorded once whatever the number of runs or instances; the outbox retries and records its delivery.
/// </summary>
public sealed class FollowUpMailer(
    FollowUpSource source,
    FollowUpCalendar calendar,
    EntityStore entities,
    OutboxStore outbox,
    ConnectionFactory connections,
    BusinessCalendar businessDays,
    IOptions<RemindersOptions> options,
    IOptions<MailOptions> mail,
    TimeProvider time,
    ILogger<FollowUpMailer> logger)
{
    public const string Kind = "follow-up";

    /// <summary>The outbox key of an edition: <c>follow-up|ENTITY|2022|2022-04-30</c>, or <c>…|2022|final</c>.</summary>
    public static string Key(string entity, FollowUpEdition edition) => string.Create(CultureInfo.InvariantCulture,
        $"{Kind}|{entity}|{edition.Year}|{(edition.IsFinal ? "final" : edition.CutOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");

    /// <summary>Records the reports due on <paramref name="runDate"/> that the outbox does not hold yet; returns how many.</summary>
    public async Task<int> PlanAsync(DateOnly runDate, CancellationToken cancellationToken)
    {
        // Like the planner: nothing on weekends and holidays unless configured; the next run catches up.
        if (!options.Value.FollowUp.Send || (!options.Value.Calendar.RunOnNonBusinessDays && !businessDays.IsBusinessDay(runDate)))
        {
            return 0;
        }

        var recorded = 0;
        foreach (var entity in await entities.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            // Entities are isolated as in planning: one whose data cannot be read (a plan year out of range) is logged,
            // and the others still get their reports.
            try
            {
                recorded += await PlanEntityAsync(entity, runDate, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not (OperationCanceledException or System.Data.Common.DbException or DatabaseUnavailableException or OutOfMemoryException))
            {
                FollowUpLog.EntityFailed(logger, entity.Name, runDate, e);
            }
        }

        return recorded;
    }

    private async Task<int> PlanEntityAsync(EntityRow entity, DateOnly runDate, CancellationToken cancellationToken)
    {
        var recorded = 0;
        var roles = entity.RolesOr(options.Value.Roles);
        IReadOnlyList<string> to = [.. new[] { roles.Coordinator, roles.ControlInterno }
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        foreach (var year in await source.YearsAsync(entity.Name, cancellationToken).ConfigureAwait(false))
        {
            if (calendar.DueOn(year, runDate) is not { } edition)
            {
                continue;
            }

            var key = Key(entity.Name, edition);
            if (await ExistsAsync(key, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            if (to.Count == 0)
            {
                FollowUpLog.NoRecipient(logger, key);
                continue;
            }

            var report = await source.BuildAsync(entity.Name, edition, cancellationToken).ConfigureAwait(false);
            var message = FollowUpMessage.Create(report, key, MailboxAddress.Parse(mail.Value.From), to, time.GetUtcNow(), runDate);
            using var bytes = new MemoryStream();
            await message.WriteToAsync(StoredMime.Format, bytes, cancellationToken).ConfigureAwait(false);
            var entry = new OutboxMessage(key, MessageKind.FollowUp, entity.Name, null, to, [], message.Subject ?? "", runDate, [], [], bytes.ToArray());
            try
            {
                await outbox.RecordAsync([entry], [], runDate, cancellationToken).ConfigureAwait(false);
                FollowUpLog.Recorded(logger, key, to.Count);
                recorded++;
            }
            catch (DuplicateKeyException)
            {
                FollowUpLog.RecordedElsewhere(logger, key);
            }
        }

        return recorded;
    }

    private async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM outbox_messages WHERE message_key = @Key", new { Key = key }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }
}
