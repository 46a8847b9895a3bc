using System.Globalization;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>The short localized phrases built in code: subjects, day counts, roles. Longer text lives in the templates.</summary>
internal sealed class MailStrings
{
    public static readonly MailStrings Spanish = new(
        language: MailLanguage.Spanish,
        overdue: n => n == 1 ? "1 vencida" : $"{n} vencidas",
        dueSoon: n => n == 1 ? "1 próxima" : $"{n} próximas",
        ongoing: n => n == 1 ? "1 permanente" : $"{n} permanentes",
        reminder: "Recordatorio",
        unaddressed: "[sin destinatario]",
        overdueBy: n => n == 1 ? "vencida hace 1 día" : $"vencida hace {n} días",
        dueIn: n => n switch { 0 => "vence hoy", 1 => "vence mañana", _ => $"vence en {n} días" },
        nextCutOff: d => $"próximo corte: {d}",
        noCutOff: "actividad permanente",
        days: n => n == 1 ? "1 día" : $"{n} días",
        escalation: n => n == 1 ? "Escalamiento: 1 actividad vencida" : $"Escalamiento: {n} actividades vencidas",
        role: r => r switch
        {
            "OfficeHead" => "jefe de la oficina responsable",
            "Coordinator" => "coordinador del PAAC",
            "ControlInterno" => "Control Interno",
            _ => "",
        });

    public static readonly MailStrings English = new(
        language: MailLanguage.English,
        overdue: n => $"{n} overdue",
        dueSoon: n => $"{n} due soon",
        ongoing: n => $"{n} ongoing",
        reminder: "Reminder",
        unaddressed: "[no recipient]",
        overdueBy: n => n == 1 ? "1 day overdue" : $"{n} days overdue",
        dueIn: n => n switch { 0 => "due today", 1 => "due tomorrow", _ => $"due in {n} days" },
        nextCutOff: d => $"next cut-off: {d}",
        noCutOff: "ongoing duty",
        days: n => n == 1 ? "1 day" : $"{n} days",
        escalation: n => n == 1 ? "Escalation: 1 overdue activity" : $"Escalation: {n} overdue activities",
        role: r => r switch
        {
            "OfficeHead" => "head of the responsible office",
            "Coordinator" => "PAAC coordinator",
            "ControlInterno" => "Internal Control",
            _ => "",
        });

    private MailStrings(
        string language,
        Func<int, string> overdue,
        Func<int, string> dueSoon,
        Func<int, string> ongoing,
        string reminder,
        string unaddressed,
        Func<int, string> overdueBy,
        Func<int, string> dueIn,
        Func<string, string> nextCutOff,
        string noCutOff,
        Func<int, string> days,
        Func<int, string> escalation,
        Func<string?, string> role)
    {
        Language = language;
        OverdueCount = overdue;
        DueSoonCount = dueSoon;
        OngoingCount = ongoing;
        Reminder = reminder;
        UnaddressedPrefix = unaddressed;
        OverdueBy = overdueBy;
        DueIn = dueIn;
        NextCutOff = nextCutOff;
        NoCutOff = noCutOff;
        Days = days;
        EscalationSubject = escalation;
        Role = role;
    }

    public string Language { get; }
    public Func<int, string> OverdueCount { get; }
    public Func<int, string> DueSoonCount { get; }
    public Func<int, string> OngoingCount { get; }
    public string Reminder { get; }
    public string UnaddressedPrefix { get; }
    public Func<int, string> OverdueBy { get; }
    public Func<int, string> DueIn { get; }
    public Func<string, string> NextCutOff { get; }
    public string NoCutOff { get; }
    public Func<int, string> Days { get; }
    public Func<int, string> EscalationSubject { get; }
    public Func<string?, string> Role { get; }

    public static MailStrings For(string? language) => MailLanguage.IsEnglish(language) ? English : Spanish;

    public string Date(DateOnly date) => MailDates.Format(date, Language);

    /// <summary>The digest's progress line: "5 de 8 actividades con fecha cumplidas (62,5 %)"; empty without dated activities.</summary>
    public string Progress(Core.Reports.OfficeProgress? progress)
    {
        if (progress?.Percent is not { } percent)
        {
            return "";
        }

        var number = percent.ToString("0.0", CultureInfo.InvariantCulture);
        return MailLanguage.IsEnglish(Language)
            ? string.Create(CultureInfo.InvariantCulture, $"{progress.Done} of {progress.Dated} dated activities done ({number} %)")
            : string.Create(CultureInfo.InvariantCulture, $"{progress.Done} de {progress.Dated} actividades con fecha cumplidas ({number.Replace('.', ',')} %)");
    }

    public static string Tag(int year) => string.Create(CultureInfo.InvariantCulture, $"[PAAC {year}]");

    /// <summary>The entity at the end of a subject, so one installation serving several entities stays readable.</summary>
    public static string EntitySuffix(string entity) => string.IsNullOrWhiteSpace(entity) ? "" : $" ({entity})";
}
