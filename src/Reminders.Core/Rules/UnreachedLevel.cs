namespace Reminders.Core.Rules;

/// <summary>A reached escalation level that names a role with no address, for one office of the late activity.</summary>
internal sealed record UnreachedLevel(int Level, string Role, long OfficeId);
