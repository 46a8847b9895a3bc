namespace Reminders.Worker.Mail.Rendering;

/// <summary>An escalation that could not be sent, as digest templates see it (<c>{{ missing.number }}</c>, <c>{{ missing.command }}</c>…).</summary>
/// <param name="Role">Who should have been notified, written out ("jefe de la oficina responsable").</param>
/// <param name="Command">The command that sets the missing address.</param>
internal sealed record MissingEscalationView(string Number, string Component, int Level, string Role, string Command);
