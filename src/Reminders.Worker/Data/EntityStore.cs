using System.Data.Common;
using Dapper;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>Entities (alcaldías, gobernaciones…) and their per-entity role addresses.</summary>
public sealed class EntityStore(ConnectionFactory connections)
{
    public async Task<IReadOnlyList<EntityRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<EntityRow>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, coordinator AS Coordinator, control_interno AS ControlInterno FROM entities ORDER BY name",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToList();
    }

    public async Task<EntityRow?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the entity's role addresses (creating the entity if new); a null argument leaves that address as it is.</summary>
    public async Task<EntityRow> SetRolesAsync(string name, string? coordinator, string? controlInterno, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await EnsureAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE entities SET coordinator = COALESCE(@Coordinator, coordinator),
                                control_interno = COALESCE(@ControlInterno, control_interno)
            WHERE id = @Id
            """,
            new { Id = id, Coordinator = coordinator, ControlInterno = controlInterno },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var row = await FindAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row!;
    }

    internal static async Task<EntityRow?> FindAsync(DbConnection connection, DbTransaction? transaction, string name, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<EntityRow>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, coordinator AS Coordinator, control_interno AS ControlInterno FROM entities WHERE normalized_name = @Key",
            new { Key = OfficeNames.Normalize(name) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

    internal static async Task<long> EnsureAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing.Id;
        }

        var dialect = SqlDialect.For(ProviderOf(connection));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            dialect.InsertReturningId("entities", "name, normalized_name", "@Name, @Key"),
            new { Name = name.Trim(), Key = OfficeNames.Normalize(name) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    internal static DatabaseProvider ProviderOf(DbConnection connection) => connection switch
    {
        Microsoft.Data.Sqlite.SqliteConnection => DatabaseProvider.Sqlite,
        Npgsql.NpgsqlConnection => DatabaseProvider.Postgres,
        _ => DatabaseProvider.SqlServer,
    };
}
