namespace Reminders.Core.Rules;

/// <summary>A resolved escalation recipient of a reached level.</summary>
/// <param name="Role">The role it was named by, or null for a literal address.</param>
/// <param name="OfficeId">For an office head, the office it heads; null otherwise.</param>
internal sealed record LadderRecipient(int Level, string Address, string? Role, long? OfficeId)
{
    /// <summary>The level's threshold: reached when the activity is this many days late.</summary>
    public int AfterDays { get; init; }

    /// <summary>True when <see cref="AfterDays"/> counts business days.</summary>
    public bool InBusinessDays { get; init; }
}
