using Microsoft.Extensions.Options;
using Reminders.Core.Digests;
using Reminders.Core.Options;
using Reminders.Core.Planning;
using Reminders.Core.Rules;
using Reminders.Worker.Data;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>
/// Plans one entity for a run (docs/rules.md §2): reads its activities, offices and the keys the outbox holds for them (queries
/// bounded by the entity), asks the <see cref="Planner"/> what is due and renders the messages. Writes nothing; safe to call
/// for several entities at once (<see cref="PlanningService"/> plans ahead of the entity it records).
/// </summary>
public sealed class EntityPlanning(
    Planner planner,
    ActivityStore activities,
    OfficeStore offices,
    OutboxStore outbox,
    MessageFactory messages,
    IOptions<RemindersOptions> options,
    TimeProvider time,
    ILogger<PlanningService> logger)
{
    /// <summary>The entity's plan for <paramref name="runDate"/> and its rendered messages (of <paramref name="office"/> only, when given).</summary>
    public async Task<(PlanningResult Result, List<PlannedMessage> Messages)> PlanAsync(
        EntityRow entity, DateOnly runDate, string? office, bool record, CancellationToken cancellationToken)
    {
        var entityActivities = await activities.LoadAsync(new ActivityFilter(entity.Name), cancellationToken).ConfigureAwait(false);
        var entityOffices = await offices.ListAsync(entity.Name, cancellationToken).ConfigureAwait(false);
        var taken = await outbox.TakenKeysAsync(entityActivities.Select(a => a.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var result = planner.Plan(new PlanningInput(
            runDate, entity.Name, entityActivities, entityOffices, entity.RolesOr(options.Value.Roles), taken));

        var now = time.GetUtcNow();
        var planned = new List<PlannedMessage>();
        foreach (var digest in result.Digests)
        {
            if (office is not null && !digest.Office.IsNamed(office))
            {
                continue;
            }

            if (record)
            {
                LogMissingEscalations(digest, entity.Name);
            }

            if (digest.To.Count == 0)
            {
                // Nobody to send it to: its keys stay free, so it goes out once an address is added.
                PlanningLog.NoRecipient(logger, digest.Office.Name, entity.Name);
                continue;
            }

            planned.Add(messages.Create(digest, now, keepMime: !record));
        }

        if (office is null)
        {
            planned.AddRange(result.Escalations.Select(e => messages.Create(e, now, keepMime: !record)));
        }

        return (result, planned);
    }

    /// <summary>A digest that reports reached levels without a recipient says so in the log too: one line per missing role.</summary>
    private void LogMissingEscalations(Digest digest, string entity)
    {
        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        foreach (var role in digest.MissingEscalations.GroupBy(m => m.Role))
        {
            var levels = string.Join(", ", role.Select(m => m.Level).Distinct().Order());
            var activities = string.Join(", ", role.Select(m => m.Number.ToString()).Distinct());
            PlanningLog.MissingEscalation(logger, digest.Office.Name, entity, RoleName(role.Key), levels, activities);
        }
    }

    private static string RoleName(string role) => role switch
    {
        EscalationRoles.OfficeHead => "del jefe de la oficina",
        EscalationRoles.Coordinator => "del coordinador del PAAC",
        _ => "de Control Interno",
    };
}
