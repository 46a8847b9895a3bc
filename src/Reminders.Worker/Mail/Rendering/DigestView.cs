namespace Reminders.Worker.Mail.Rendering;

/// <summary>What a digest template sees: <c>{{ entity }}</c>, <c>{{ office }}</c>, <c>{% for row in overdue %}</c>…</summary>
/// <param name="RunDate">The run date written out.</param>
/// <param name="Unaddressed">True when the office has no address and this copy goes to the coordinator.</param>
/// <param name="AdminCommand">The command that adds the office's address, for the "sin destinatario" paragraph.</param>
/// <param name="Missing">Escalations its overdue activities reached that have no recipient, for the "escalamiento sin destinatario" paragraph.</param>
internal sealed record DigestView(
    string Entity,
    int Year,
    string Office,
    string RunDate,
    bool Unaddressed,
    string AdminCommand,
    IReadOnlyList<DigestRowView> Overdue,
    IReadOnlyList<DigestRowView> DueSoon,
    IReadOnlyList<DigestRowView> Ongoing,
    IReadOnlyList<MissingEscalationView> Missing)
{
    public int MissingCount => Missing.Count;

    /// <summary>The office's progress line (<c>{{ progress }}</c>), or empty.</summary>
    public string Progress { get; init; } = "";

    /// <summary>The opening line (<c>{{ summary }}</c>): "1 vencida · 3 próximas, la primera hoy · 1 permanente, corte en 86 días".</summary>
    public string Summary { get; init; } = "";

    /// <summary>Where reports of completion or progress go (<c>{{ reply_address }}</c>); empty when replies are not configured.</summary>
    public string ReplyAddress { get; init; } = "";

    /// <summary>The non-empty sections in order, for templates that loop over them.</summary>
    public IReadOnlyList<DigestSectionView> Sections { get; init; } = [];

    public int OverdueCount => Overdue.Count;

    public int DueSoonCount => DueSoon.Count;

    public int OngoingCount => Ongoing.Count;
}
