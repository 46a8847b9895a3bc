using Reminders.Core.Digests;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>Turns an <see cref="Escalation"/> into its subject line and the view its templates render.</summary>
internal static class EscalationViewBuilder
{
    public static string Subject(Escalation escalation, string entity, MailStrings text) =>
        $"{MailStrings.Tag(escalation.Year)} {text.EscalationSubject(escalation.Items.Count)}{MailStrings.EntitySuffix(entity)}";

    public static EscalationView View(Escalation escalation, string entity, MailStrings text) => new(
        Entity: entity,
        Year: escalation.Year,
        RunDate: text.Date(escalation.RunDate),
        Role: text.Role(escalation.Role),
        Items: [.. escalation.Items
            .OrderBy(i => i.LateSince)
            .ThenBy(i => i.Component, StringComparer.Ordinal)
            .ThenBy(i => i.Number)
            .Select(i => Row(i, escalation.RunDate, text))]);

    // Readers count calendar days, as the digest does; the ladder's own (business-day) count only decides the level.
    private static EscalationRowView Row(EscalationItem item, DateOnly runDate, MailStrings text)
    {
        var daysLate = runDate.DayNumber - item.LateSince.DayNumber;
        return new(
            Number: item.Number.ToString(),
            Component: item.Component,
            Activity: item.Text,
            Offices: string.Join(", ", item.Offices),
            LateSince: text.Date(item.LateSince),
            DaysLate: daysLate,
            DaysLateText: text.Days(daysLate),
            Level: item.Level);
    }
}
