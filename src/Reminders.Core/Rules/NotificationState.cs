namespace Reminders.Core.Rules;

/// <summary>What planning decided for a notification key.</summary>
public enum NotificationState
{
    /// <summary>To be sent: it is carried by a digest or an escalation of this run.</summary>
    Pending,

    /// <summary>Recorded so it is never sent: a later milestone (or a first notice) took its place.</summary>
    Superseded,
}
