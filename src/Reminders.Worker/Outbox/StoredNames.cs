using Reminders.Core.Rules;

namespace Reminders.Worker.Outbox;

/// <summary>The words the outbox stores (and <c>outbox list</c>, <c>preview --json</c> show) for typed kinds and states.</summary>
public static class StoredNames
{
    public static string Of(MessageKind kind) => kind switch
    {
        MessageKind.Digest => "digest",
        MessageKind.Escalation => "escalation",
        MessageKind.FollowUp => "follow-up",
        MessageKind.IntakeConfirmation => "intake-confirmation",
        MessageKind.IntakeRejection => "intake-rejection",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(NotificationState state) => state switch
    {
        NotificationState.Pending => OutboxState.Pending,
        NotificationState.Superseded => OutboxState.Superseded,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The rule's name as stored: <c>DueSoon</c>, <c>OverdueFirst</c>, …</summary>
    public static string Of(NotificationKind kind) => kind.ToString();
}
