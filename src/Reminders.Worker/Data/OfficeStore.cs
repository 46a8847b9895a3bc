using System.Data.Common;
using Dapper;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>The office directory of each entity: canonical names, aliases, addresses, head and language.</summary>
public sealed class OfficeStore(ConnectionFactory connections)
{
    private const string SelectOffices =
        """
        SELECT o.id AS Id, o.entity_id AS EntityId, e.name AS Entity, o.name AS Name, o.emails AS Emails,
               o.head_email AS HeadEmail, o.language AS Language
        FROM offices o JOIN entities e ON e.id = o.entity_id
        """;

    public async Task<IReadOnlyList<Office>> ListAsync(string? entity, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ListAsync(connection, null, entity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies every change in one transaction, creating offices that do not exist yet.</summary>
    public async Task<IReadOnlyList<Office>> SetAsync(string entity, IReadOnlyList<OfficeChange> changes, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entityId = await EntityStore.EnsureAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false);
        var ids = new List<long>();
        foreach (var change in changes)
        {
            ids.Add(await ApplyAsync(connection, transaction, entityId, change, cancellationToken).ConfigureAwait(false));
        }

        var all = await ListAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return all.Where(o => ids.Contains(o.Id)).ToList();
    }

    internal static async Task<IReadOnlyList<Office>> ListAsync(DbConnection connection, DbTransaction? transaction, string? entity, CancellationToken cancellationToken)
    {
        var sql = SelectOffices + (entity is null ? "" : " WHERE e.normalized_name = @Entity") + " ORDER BY e.name, o.name";
        var rows = (await connection.QueryAsync<OfficeRow>(new CommandDefinition(
            sql, new { Entity = entity is null ? null : OfficeNames.Normalize(entity) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        // The aliases of the entity's offices only (each alias row carries its office's entity, under the unique (entity, alias)
        // index): planning lists one entity's offices per entity, and reading every alias of the database each time would make a
        // country's run grow with the square of its entities.
        var aliases = (await connection.QueryAsync<(long OfficeId, string Alias)>(new CommandDefinition(
            entity is null
                ? "SELECT office_id, alias FROM office_aliases ORDER BY alias"
                : """
                  SELECT office_id, alias FROM office_aliases
                  WHERE entity_id = (SELECT id FROM entities WHERE normalized_name = @Entity) ORDER BY alias
                  """,
            new { Entity = entity is null ? null : OfficeNames.Normalize(entity) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(a => a.OfficeId, a => a.Alias);
        return rows.Select(r => new Office(r.Id, r.Entity, r.Name, aliases[r.Id].ToList(), Text.Split(r.Emails), r.HeadEmail, r.Language)).ToList();
    }

    /// <summary>Finds an office of the entity by its name or one of its aliases, compared normalised.</summary>
    internal static async Task<long?> FindIdAsync(DbConnection connection, DbTransaction? transaction, long entityId, string name, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            """
            SELECT id FROM offices WHERE entity_id = @EntityId AND normalized_name = @Key
            UNION
            SELECT office_id FROM office_aliases WHERE entity_id = @EntityId AND normalized_alias = @Key
            """,
            new { EntityId = entityId, Key = OfficeNames.Normalize(name) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

    internal static async Task<(long Id, bool Created)> EnsureAsync(DbConnection connection, DbTransaction transaction, long entityId, string name, CancellationToken cancellationToken)
    {
        var existing = await FindIdAsync(connection, transaction, entityId, name, cancellationToken).ConfigureAwait(false);
        if (existing is { } id)
        {
            return (id, false);
        }

        var dialect = SqlDialect.For(EntityStore.ProviderOf(connection));
        var newId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            dialect.InsertReturningId("offices", "entity_id, name, normalized_name, emails, language", "@EntityId, @Name, @Key, '', 'es'"),
            new { EntityId = entityId, Name = name.Trim(), Key = OfficeNames.Normalize(name) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (newId, true);
    }

    private static async Task<long> ApplyAsync(DbConnection connection, DbTransaction transaction, long entityId, OfficeChange change, CancellationToken cancellationToken)
    {
        var (id, _) = await EnsureAsync(connection, transaction, entityId, change.Name, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE offices SET emails = COALESCE(@Emails, emails), head_email = COALESCE(@Head, head_email),
                               language = COALESCE(@Language, language)
            WHERE id = @Id
            """,
            new { Id = id, Emails = change.Emails is null ? null : Text.Join(change.Emails), Head = change.HeadEmail, change.Language },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var alias in change.Aliases ?? [])
        {
            var owner = await FindIdAsync(connection, transaction, entityId, alias, cancellationToken).ConfigureAwait(false);
            if (owner == id)
            {
                continue;
            }

            if (owner is not null)
            {
                throw new AliasTakenException(alias, owner.Value);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO office_aliases (office_id, entity_id, alias, normalized_alias) VALUES (@Id, @EntityId, @Alias, @Key)",
                new { Id = id, EntityId = entityId, Alias = alias.Trim(), Key = OfficeNames.Normalize(alias) },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        return id;
    }
}
