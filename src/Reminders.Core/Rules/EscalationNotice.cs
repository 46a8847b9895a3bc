namespace Reminders.Core.Rules;

/// <summary>A pending escalation key with what its message needs to say.</summary>
internal sealed record EscalationNotice(string Key, LateActivity Late, LadderRecipient Recipient, int DaysLate);
