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
        })
    {
        CutOffIn = n => n switch { 0 => "corte hoy", 1 => "corte mañana", _ => $"corte en {n} días" },
        First = "la primera",
        CutOffLabel = "corte",
        ReplyBody = (progress, number, activity) =>
            $"{(progress ? "Avance" : "Cumplimiento")} de la actividad {number}: {activity}\r\n\r\n"
            + "Enlace a la evidencia (o una nota sobre lo realizado):\r\n\r\n\r\n\r\n"
            + "No cambie el asunto: identifica la actividad y su oficina.",
        LevelWords = (days, business) => days <= 0 ? "vencida"
            : $"vencida hace {(days == 1 ? "1 día" : $"{days} días")}{(business ? (days == 1 ? " hábil" : " hábiles") : "")} o más",
        Expectation = (role, office) => role switch
        {
            "OfficeHead" => $"Como jefe de {office}, le pedimos que su equipo cumpla estas actividades y reporte su cumplimiento respondiendo al recordatorio que recibe la oficina.",
            "Coordinator" => "Como coordinador del PAAC, le pedimos que contacte a las oficinas responsables, acuerde con ellas una fecha de cumplimiento y registre el avance en el plan.",
            "ControlInterno" => "Para el seguimiento que hace Control Interno: estas actividades siguen sin cumplirse y puede incluirlas en su próximo informe de seguimiento del PAAC.",
            _ => "Le informamos para su conocimiento y seguimiento.",
        },
        OfOffices = offices => offices.Count switch { 0 => "", 1 => $" de {offices[0]}", _ => $" de {offices.Count} oficinas" },
    };

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
        })
    {
        CutOffIn = n => n switch { 0 => "cut-off today", 1 => "cut-off tomorrow", _ => $"cut-off in {n} days" },
        First = "the first",
        CutOffLabel = "cut-off",
        ReplyBody = (progress, number, activity) =>
            $"{(progress ? "Progress on" : "Completion of")} activity {number}: {activity}\r\n\r\n"
            + "Link to the evidence (or a note on what was done):\r\n\r\n\r\n\r\n"
            + "Do not change the subject: it identifies the activity and your office.",
        LevelWords = (days, business) => days <= 0 ? "overdue"
            : $"{(days == 1 ? "1" : days.ToString(CultureInfo.InvariantCulture))}{(business ? " business" : "")} {(days == 1 ? "day" : "days")} overdue or more",
        Expectation = (role, office) => role switch
        {
            "OfficeHead" => $"As head of {office}, please make sure your team completes these activities and reports them by replying to the office's reminder.",
            "Coordinator" => "As PAAC coordinator, please contact the responsible offices, agree a completion date with them and record the progress in the plan.",
            "ControlInterno" => "For Internal Control's follow-up: these activities are still not done and may go into your next PAAC follow-up report.",
            _ => "This is for your information and follow-up.",
        },
        OfOffices = offices => offices.Count switch { 0 => "", 1 => $" of {offices[0]}", _ => $" of {offices.Count} offices" },
    };

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

    /// <summary>The countdown badge of an ongoing duty's next cut-off: "corte en 10 días".</summary>
    public required Func<int, string> CutOffIn { get; init; }

    /// <summary>"la primera" in "3 próximas, la primera vence hoy".</summary>
    public required string First { get; init; }

    /// <summary>"corte", prefixed to a calendar event that is an ongoing duty's cut-off.</summary>
    public required string CutOffLabel { get; init; }

    /// <summary>The body a reply link opens with: which report, which activity, where to put the evidence.</summary>
    public required Func<bool, string, string, string> ReplyBody { get; init; }

    /// <summary>The ladder level in words: "vencida hace 10 días hábiles o más".</summary>
    public required Func<int, bool, string> LevelWords { get; init; }

    /// <summary>What the escalation's reader is expected to do, by role (and for a head, the office's name).</summary>
    public required Func<string?, string, string> Expectation { get; init; }

    /// <summary>" de Oficina Comunicaciones" or " de 3 oficinas", for the escalation subject.</summary>
    public required Func<IReadOnlyList<string>, string> OfOffices { get; init; }

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
