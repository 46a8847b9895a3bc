namespace Reminders.Worker.Mail.Rendering;

/// <summary>The reply links of one digest row, and the subject of its completion link (<see cref="ReplyLinks.Row"/>).</summary>
internal sealed record ReplyRow(string DoneLink, string ProgressLink, string DoneSubject);
