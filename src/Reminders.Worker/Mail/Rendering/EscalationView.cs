namespace Reminders.Worker.Mail.Rendering;

/// <summary>What an escalation template sees: <c>{{ entity }}</c>, <c>{{ role }}</c>, <c>{% for row in items %}</c>…</summary>
/// <param name="Role">Why the reader gets this ("jefe de la oficina responsable"…); empty for a plain address.</param>
internal sealed record EscalationView(
    string Entity,
    int Year,
    string RunDate,
    string Role,
    IReadOnlyList<EscalationRowView> Items)
{
    /// <summary>What the reader is expected to do (<c>{{ expectation }}</c>).</summary>
    public string Expectation { get; init; } = "";

    public int Count => Items.Count;
}
