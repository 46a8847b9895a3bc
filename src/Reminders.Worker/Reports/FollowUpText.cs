using System.Globalization;
using Reminders.Core.Reports;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Reports;

/// <summary>
/// The Spanish wording the three formats share, so HTML, XLSX and CSV say the same: the Función Pública follow-up
/// headings, the state of each activity, its observation and the percentage ("62,5").
/// </summary>
internal static class FollowUpText
{
    public const string Programmed = "Actividades programadas";
    public const string Done = "Actividades cumplidas";
    public const string DoneLate = "Cumplidas con retraso";
    public const string Overdue = "Vencidas";
    public const string OngoingWithProgress = "Permanentes con avance";
    public const string OngoingWithoutProgress = "Permanentes sin avance";
    public const string Percent = "% de avance";
    public const string Observations = "Observaciones";

    /// <summary>The activity columns, in order.</summary>
    public static readonly string[] RowHeadings =
    [
        "Componente", "Subcomponente", "N.º", "Actividades", "Meta o producto", "Responsable", "Fecha programada", "Estado",
        "Fecha de cumplimiento", "Evidencia", "Último avance", Observations,
    ];

    /// <summary>The totals columns, in order, after the level and name.</summary>
    public static readonly string[] TotalHeadings =
        [Programmed, Done, DoneLate, Overdue, OngoingWithProgress, OngoingWithoutProgress, Percent, Observations];

    public static string Title(FollowUpReport report) =>
        $"Seguimiento al Plan Anticorrupción y de Atención al Ciudadano {report.Year}";

    public static string CutOffLine(FollowUpReport report) =>
        report.Edition.IsFinal
            ? $"Informe final de la vigencia {report.Year}: estado al cierre, {MailDates.Spanish(report.CutOff)}"
            : $"Corte: {MailDates.Spanish(report.CutOff)} (período del {MailDates.Spanish(report.Edition.PeriodStart)} al {MailDates.Spanish(report.CutOff)})";

    public static string Subject(FollowUpReport report) =>
        (report.Edition.IsFinal
            ? $"{MailStrings.Tag(report.Year)} Informe final de seguimiento al cierre"
            : $"{MailStrings.Tag(report.Year)} Seguimiento con corte al {MailDates.Spanish(report.CutOff)}")
        + MailStrings.EntitySuffix(report.Entity);

    /// <summary>"62,5", or "—" when nothing was due.</summary>
    public static string Percentage(decimal? percent) =>
        percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') : "—";

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static string Due(FollowUpRow row) => row.Schedule.Due is { } due ? Date(due) : "PERMANENTE";

    public static string State(ActivityStanding standing) => standing switch
    {
        ActivityStanding.Done => "Cumplida",
        ActivityStanding.DoneLate => "Cumplida con retraso",
        ActivityStanding.Overdue => "Vencida",
        ActivityStanding.NotYetDue => "En término",
        ActivityStanding.DoneAhead => "Cumplida (anticipada)",
        ActivityStanding.OngoingWithProgress => "Permanente con avance",
        ActivityStanding.OngoingWithoutProgress => "Permanente sin avance",
        _ => "Cancelada",
    };

    public static string Progress(FollowUpRow row) =>
        row.LatestProgress is { } p ? $"{Date(p.On)}: {p.Note}" : "";

    public static string Observation(FollowUpRow row) => row.Standing switch
    {
        ActivityStanding.DoneLate => Days("Cumplida", row.DaysLate) + " después de la fecha programada.",
        ActivityStanding.Overdue => Days("Vencida hace", row.DaysLate) + " al corte; sin evidencia de cumplimiento.",
        ActivityStanding.OngoingWithoutProgress => "Sin avance reportado en el período.",
        ActivityStanding.OngoingWithProgress => "Avance reportado en el período.",
        ActivityStanding.DoneAhead => "Cumplida antes de su fecha; cuenta en el corte en que vence.",
        ActivityStanding.NotYetDue => "Vence después del corte.",
        ActivityStanding.Cancelled => "Cancelada; no cuenta en el avance.",
        _ => "",
    };

    /// <summary>The observation of a group: the numbers of its overdue activities and ongoing duties without progress.</summary>
    public static string Observation(IEnumerable<FollowUpRow> rows)
    {
        var list = rows.ToList();
        var parts = new List<string>(2);
        var overdue = list.Where(r => r.Standing == ActivityStanding.Overdue).Select(Label).ToList();
        if (overdue.Count > 0)
        {
            parts.Add($"Vencidas: {string.Join(", ", overdue)}.");
        }

        var silent = list.Where(r => r.Standing == ActivityStanding.OngoingWithoutProgress).Select(Label).ToList();
        if (silent.Count > 0)
        {
            parts.Add($"Permanentes sin avance: {string.Join(", ", silent)}.");
        }

        return parts.Count == 0 ? "Sin pendientes al corte." : string.Join(" ", parts);
    }

    public static string Label(FollowUpRow row) => $"{row.Component} {row.Number}";

    private static string Days(string prefix, int? days) => days == 1 ? $"{prefix} 1 día" : $"{prefix} {days} días";
}
