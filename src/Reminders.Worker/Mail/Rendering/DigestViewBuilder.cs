using Reminders.Core.Digests;
using Reminders.Core.Options;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>Turns a <see cref="Digest"/> into its subject line and the view its templates render.</summary>
internal static class DigestViewBuilder
{
    /// <summary>docs/rules.md §9: the plan year, the counts, the office and the entity, e.g. <c>[PAAC 2022] 2 vencidas — Oficina (Alcaldía)</c>.</summary>
    public static string Subject(Digest digest, string entity, MailStrings text)
    {
        var overdue = digest.Items.Count(i => i.Section == DigestSection.Overdue);
        var dueSoon = digest.Items.Count(i => i.Section == DigestSection.DueSoon);
        var ongoing = digest.Items.Count(i => i.Section == DigestSection.Ongoing);

        var parts = new List<string>(2);
        if (overdue > 0)
        {
            parts.Add(text.OverdueCount(overdue));
        }

        if (dueSoon > 0)
        {
            parts.Add(text.DueSoonCount(dueSoon));
        }

        // Ongoing duties count too, so the subject announces every item the body lists.
        if (ongoing > 0)
        {
            parts.Add(text.OngoingCount(ongoing));
        }

        var counts = parts.Count > 0 ? string.Join(", ", parts) : text.Reminder;
        var subject = $"{MailStrings.Tag(digest.Year)} {counts} — {digest.Office.Name}{MailStrings.EntitySuffix(entity)}";
        return digest.Unaddressed ? $"{text.UnaddressedPrefix} {subject}" : subject;
    }

    public static DigestView View(Digest digest, string entity, MailStrings text, ReplyLinks? links = null)
    {
        var overdue = Rows(digest, DigestSection.Overdue, text, links);
        var dueSoon = Rows(digest, DigestSection.DueSoon, text, links);
        var ongoing = Rows(digest, DigestSection.Ongoing, text, links);
        return new(
            Entity: entity,
            Year: digest.Year,
            Office: digest.Office.Name,
            RunDate: text.Date(digest.RunDate),
            Unaddressed: digest.Unaddressed,
            AdminCommand: AdminCommand(digest.Office.Name),
            Overdue: overdue,
            DueSoon: dueSoon,
            Ongoing: ongoing,
            Missing: [.. digest.MissingEscalations.Select(m => new MissingEscalationView(
                m.Number.ToString(), m.Component, m.Level, text.Role(m.Role), SetRoleCommand(m.Role, digest.Office.Name, digest.Entity)))])
        {
            Progress = text.Progress(digest.Progress),
            Summary = Summary(overdue, dueSoon, ongoing, text),
            ReplyAddress = links?.Address ?? "",
            Sections = [.. new[]
                {
                    Section("overdue", "#b3261e", "#fbe9e7", overdue),
                    Section("due-soon", "#9a5b00", "#fff4e0", dueSoon),
                    Section("ongoing", "#1a5fb4", "#e8f0fb", ongoing),
                }.Where(s => s.Count > 0)],
        };
    }

    /// <summary>The opening line: each section's count with the countdown of its most urgent row.</summary>
    private static string Summary(
        List<DigestRowView> overdue, List<DigestRowView> dueSoon, List<DigestRowView> ongoing, MailStrings text)
    {
        var parts = new List<string>(3);
        if (overdue.Count > 0)
        {
            parts.Add(text.OverdueCount(overdue.Count));
        }

        if (dueSoon.Count > 0)
        {
            parts.Add($"{text.DueSoonCount(dueSoon.Count)}, {text.First} {dueSoon[0].Countdown}");
        }

        if (ongoing.Count > 0)
        {
            var first = ongoing[0].Countdown;
            parts.Add(string.IsNullOrEmpty(first) ? text.OngoingCount(ongoing.Count) : $"{text.OngoingCount(ongoing.Count)}, {first}");
        }

        return string.Join(" · ", parts);
    }

    private static DigestSectionView Section(string kind, string color, string background, IReadOnlyList<DigestRowView> rows) =>
        new(kind, color, background, rows, rows.Any(r => r.CoResponsible.Length > 0));

    /// <summary>The CLI command that sets the address a role lacks: the office's head, or the entity's coordinator or Control Interno.</summary>
    public static string SetRoleCommand(string role, string office, string entity) => role switch
    {
        EscalationRoles.OfficeHead => $"reminders offices set \"{Quote(office)}\" --head correo@entidad.gov.co",
        EscalationRoles.Coordinator => $"reminders entities set \"{Quote(entity)}\" --coordinator correo@entidad.gov.co",
        _ => $"reminders entities set \"{Quote(entity)}\" --control-interno correo@entidad.gov.co",
    };

    private static string Quote(string name) => name.Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>The CLI command an administrator runs to give the office an address.</summary>
    public static string AdminCommand(string office) =>
        $"reminders offices set \"{office.Replace("\"", "\\\"", StringComparison.Ordinal)}\" --email correo@entidad.gov.co";

    private static List<DigestRowView> Rows(Digest digest, DigestSection section, MailStrings text, ReplyLinks? links) =>
        [.. digest.Items
            .Where(i => i.Section == section)
            .OrderBy(i => i.Due ?? i.NextCutOff ?? DateOnly.MaxValue)
            .ThenBy(i => i.Component, StringComparer.Ordinal)
            .ThenBy(i => i.Number)
            .Select(i => WithLinks(Row(i, digest.RunDate, text), digest, i, text, links))];

    private static DigestRowView WithLinks(DigestRowView row, Digest digest, DigestItem item, MailStrings text, ReplyLinks? links)
    {
        if (links is null)
        {
            return row;
        }

        var reply = links.Row(digest, item, text);
        return row with { DoneLink = reply.DoneLink, ProgressLink = reply.ProgressLink, DoneSubject = reply.DoneSubject };
    }

    private static DigestRowView Row(DigestItem item, DateOnly runDate, MailStrings text) => new(
        Number: item.Number.ToString(),
        Component: item.Component,
        Activity: item.Text,
        Product: item.Product,
        Due: item.Due is { } due ? text.Date(due) : "",
        NextCutOff: item.NextCutOff is { } cut ? text.Date(cut) : "",
        Status: Status(item, text),
        CoResponsible: string.Join(", ", item.CoResponsible),
        Countdown: Countdown(item, runDate, text));

    private static string Countdown(DigestItem item, DateOnly runDate, MailStrings text) =>
        item.Section == DigestSection.Ongoing
            ? item.NextCutOff is { } cut ? text.CutOffIn(cut.DayNumber - runDate.DayNumber) : ""
            : Status(item, text);

    private static string Status(DigestItem item, MailStrings text)
    {
        if (item.Section == DigestSection.Ongoing)
        {
            return item.NextCutOff is { } cut ? text.NextCutOff(text.Date(cut)) : text.NoCutOff;
        }

        if (item.Days is not { } days)
        {
            return "";
        }

        return days < 0 || item.Section == DigestSection.Overdue ? text.OverdueBy(Math.Max(-days, 1)) : text.DueIn(days);
    }
}
