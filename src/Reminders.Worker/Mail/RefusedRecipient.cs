namespace Reminders.Worker.Mail;

/// <summary>A recipient the server refused while others of the same message were accepted.</summary>
public sealed record RefusedRecipient(string Address, string Reply);
