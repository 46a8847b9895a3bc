using Reminders.Core.Digests;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>Turns an <see cref="Escalation"/> into its subject line and the view its templates render.</summary>
internal static class EscalationViewBuilder
{
    /// <summary><c>[PAAC 2022] Escalamiento: 1 actividad vencida de Oficina Comunicaciones (Alcaldía de Ejemplo)</c>.</summary>
    public static string Subject(Escalation escalation, string entity, MailStrings text)
    {
        IReadOnlyList<string> offices = escalation.Office is { } office
            ? [office]
            : [.. escalation.Items.SelectMany(i => i.Offices).Distinct(StringComparer.Ordinal)];
        return $"{MailStrings.Tag(escalation.Year)} {text.EscalationSubject(escalation.Items.Count)}{text.OfOffices(offices)}{MailStrings.EntitySuffix(entity)}";
    }

    public static EscalationView View(Escalation escalation, string entity, MailStrings text) => new(
        Entity: entity,
        Year: escalation.Year,
        RunDate: text.Date(escalation.RunDate),
        Role: text.Role(escalation.Role),
        Items: [.. escalation.Items
            .OrderBy(i => i.LateSince)
            .ThenBy(i => i.Component, StringComparer.Ordinal)
            .ThenBy(i => i.Number)
            .Select(i => Row(i, escalation.RunDate, text))])
    {
        Expectation = text.Expectation(escalation.Role, escalation.Office ?? ""),
    };

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
            Level: item.Level)
        {
            LevelText = text.LevelWords(item.LevelAfterDays, item.InBusinessDays),
        };
    }
}
