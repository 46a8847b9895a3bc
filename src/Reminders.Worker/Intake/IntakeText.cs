using Reminders.Core.Plans;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Intake;

/// <summary>The Spanish words of the intake's answers and of its reasons for refusing a reply (docs/mail.md).</summary>
internal static class IntakeText
{
    public const string UseTheLinks =
        "Para reportar, use los enlaces «Reportar cumplimiento» o «Reportar avance» del recordatorio que recibió la oficina y no cambie el asunto.";

    public const string NoReference = "el asunto no identifica ninguna actividad del plan.";

    public const string BadToken = "el código del asunto no corresponde a esa actividad y oficina (¿se modificó el asunto?).";

    public const string UnknownActivity = "la actividad del asunto ya no está en el plan.";

    public const string OtherEntity = "la actividad del asunto es de otra entidad.";

    public const string NotTheOfficesActivity = "la actividad del asunto no está a cargo de la oficina del enlace.";

    public const string NoEvidence =
        "el mensaje no trae evidencia. Escriba, encima del texto citado, el enlace a la evidencia o una nota sobre lo realizado.";

    public static string UnknownSender(string sender, string office) =>
        $"su dirección ({sender}) no está registrada como correo de {office} ni de su jefe. Responda desde el correo de la oficina, "
        + "o pida a la coordinación del plan que registre su dirección.";

    public static string AlreadyDone(DateOnly? on) =>
        on is { } day ? $"la actividad ya estaba registrada como cumplida el {MailDates.Spanish(day)}." : "la actividad ya estaba registrada como cumplida.";

    public const string Cancelled = "la actividad fue cancelada; no recibe reportes.";

    public static string Subject(bool recorded, string originalSubject) =>
        (recorded ? "Registrado: " : "No registrado: ") + originalSubject.Trim();

    public static string Confirmation(Activity activity, string office, bool progress, ReplyBody body, DateOnly on)
    {
        var what = progress ? "un avance" : "el cumplimiento";
        var text = $"Registramos {what} de la actividad {activity.Component} {activity.Number} de {office}, el {MailDates.Spanish(on)}:\r\n"
            + $"{activity.Text}\r\n\r\n";
        text += progress
            ? $"Avance: {(body.Note.Length > 0 ? body.Note : "(sin nota)")}\r\n" + (body.Links.Count > 0 ? $"Evidencia: {string.Join(" ", body.Links)}\r\n" : "")
            : $"Evidencia: {body.Evidence}\r\n\r\nDesde ahora la oficina no recibe más recordatorios de esta actividad.\r\n";
        return text + "\r\nSi esto es un error, escriba a la coordinación del plan.\r\n";
    }

    public static string Rejection(string originalSubject, string reason) =>
        $"Recibimos su mensaje «{originalSubject.Trim()}», pero no registramos nada: {reason}\r\n\r\n{UseTheLinks}\r\n"
        + "Si tiene dudas, escriba a la coordinación del plan.\r\n";
}
