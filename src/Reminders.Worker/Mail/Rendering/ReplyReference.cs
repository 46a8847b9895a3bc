namespace Reminders.Worker.Mail.Rendering;

/// <summary>What a reply's subject names: the kind of report, the activity and office ids, and the token that vouches for them.</summary>
public sealed record ReplyReference(ReplyKind Kind, long ActivityId, long OfficeId, string Token);
