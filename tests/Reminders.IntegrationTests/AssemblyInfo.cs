using Reminders.IntegrationTests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]
[assembly: AssemblyFixture(typeof(SqlServerServer))]
