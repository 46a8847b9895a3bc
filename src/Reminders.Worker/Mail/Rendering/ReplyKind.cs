namespace Reminders.Worker.Mail.Rendering;

/// <summary>What a reply from a digest reports.</summary>
public enum ReplyKind
{
    /// <summary>The activity is done ("Reportar cumplimiento").</summary>
    Completion,

    /// <summary>Progress on an ongoing duty or a long activity ("Reportar avance").</summary>
    Progress,
}
