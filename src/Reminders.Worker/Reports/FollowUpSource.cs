using Dapper;
using Reminders.Core.Plans;
using Reminders.Core.Reports;
using Reminders.Worker.Data;

namespace Reminders.Worker.Reports;

/// <summary>Loads what a follow-up report needs for one entity's plan year and builds it.</summary>
public sealed class FollowUpSource(ActivityStore activities, OfficeStore offices, ConnectionFactory connections)
{
    public async Task<FollowUpReport> BuildAsync(string entity, FollowUpEdition edition, CancellationToken cancellationToken)
    {
        var planActivities = await activities.LoadAsync(new ActivityFilter(entity, edition.Year), cancellationToken).ConfigureAwait(false);
        var officeNames = (await offices.ListAsync(entity, cancellationToken).ConfigureAwait(false)).ToDictionary(o => o.Id, o => o.Name);
        var name = planActivities.Count > 0 ? planActivities[0].Entity : entity;
        return FollowUpBuilder.Build(name, edition, planActivities, officeNames,
            await ComponentNamesAsync(entity, edition.Year, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The plan years stored for the entity.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(string entity, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var years = await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT p.year FROM plans p JOIN entities e ON e.id = p.entity_id WHERE e.normalized_name = @Entity ORDER BY p.year",
            new { Entity = OfficeNames.Normalize(entity) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return years.ToList();
    }

    private async Task<IReadOnlyDictionary<string, string>> ComponentNamesAsync(string entity, int year, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Number, string Name)>(new CommandDefinition(
            """
            SELECT c.number, c.name FROM components c JOIN plans p ON p.id = c.plan_id JOIN entities e ON e.id = p.entity_id
            WHERE e.normalized_name = @Entity AND p.year = @Year
            """,
            new { Entity = OfficeNames.Normalize(entity), Year = year },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Number, r => r.Name, StringComparer.Ordinal);
    }
}
