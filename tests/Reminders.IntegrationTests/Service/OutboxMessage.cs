namespace Reminders.IntegrationTests.Service;

/// <summary>The fields of <c>reminders outbox list --json</c> these tests read.</summary>
public sealed record OutboxMessage(long Id, string Kind, string? Office, IReadOnlyList<string> To, string State, int Attempts);
