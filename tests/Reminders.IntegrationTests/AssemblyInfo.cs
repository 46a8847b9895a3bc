using Reminders.IntegrationTests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]
