using MimeKit;
using Reminders.Core.Digests;
using Reminders.Core.Plans;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

/// <summary>Digests and escalations to render in tests.</summary>
internal static class MailSamples
{
    public const string Entity = "Alcaldía de Ejemplo";
    public const string Script = "<script>alert(1)</script>";
    public const string Coordinator = "coordinacion.paac@ejemplo.gov.co";
    public static readonly DateTimeOffset Now = new(2022, 2, 3, 7, 0, 0, TimeSpan.FromHours(-5));

    public static RenderingOptions Options(bool attachCalendar = true, string? templates = null) => new()
    {
        From = new MailboxAddress("Recordatorios PAAC", "paac@ejemplo.gov.co"),
        AttachCalendar = attachCalendar,
        TemplatesDirectory = templates,
        EntityDisplayName = "Entidad de respaldo",
    };

    public static Office Office(string language = "es", string name = "Oficina Comunicaciones") =>
        new(7, Entity, name, [], ["comunicaciones@ejemplo.gov.co"], "jefe.comunicaciones@ejemplo.gov.co", language);

    public static Digest Digest(string language = "es", bool unaddressed = false, string key = "digest|7|2022-02-03") => new(
        Key: key,
        Entity: Entity,
        Year: 2022,
        RunDate: new DateOnly(2022, 2, 3),
        Office: Office(language),
        To: ["comunicaciones@ejemplo.gov.co", "Prensa <prensa@ejemplo.gov.co>"],
        Cc: ["control.interno@ejemplo.gov.co"],
        Unaddressed: unaddressed,
        Items:
        [
            Item(31, "2.2", "Publicar el cronograma de audiencias", DigestSection.DueSoon, new DateOnly(2022, 2, 4), 1),
            Item(30, "1.4", $"Publicar el informe {Script} de Planeación & anexos", DigestSection.Overdue, new DateOnly(2022, 1, 31), -3),
            Item(32, "2.1", "Convocar a la ciudadanía", DigestSection.DueSoon, new DateOnly(2022, 2, 10), 7),
            Item(33, "3.1", "Responder las peticiones de la rendición de cuentas", DigestSection.Ongoing, null, null, new DateOnly(2022, 4, 30)),
            Item(34, "2.3", "Preparar la presentación", DigestSection.DueSoon, new DateOnly(2022, 2, 3), 0),
        ],
        NotificationKeys: ["k1", "k2"])
    {
        ReplyTo = Coordinator,
    };

    public static Escalation Escalation(string language = "es", string key = "escalation|jefe|2022-02-03") => new(
        Key: key,
        Entity: Entity,
        Year: 2022,
        RunDate: new DateOnly(2022, 2, 3),
        Recipient: "jefe.comunicaciones@ejemplo.gov.co",
        Role: "OfficeHead",
        Language: language,
        Items:
        [
            new EscalationItem(30, "Componente 3", ActivityNumber.Parse("1.4"), $"Publicar el informe {Script} & anexos",
                ["Oficina Comunicaciones", "Oficina Asesora de Planeación"], new DateOnly(2022, 1, 31), 3, 1) { LevelAfterDays = 3, InBusinessDays = true },
            new EscalationItem(35, "Componente 3", ActivityNumber.Parse("1.5"), "Consolidar las evidencias",
                ["Oficina Comunicaciones"], new DateOnly(2022, 1, 14), 14, 2) { LevelAfterDays = 10, InBusinessDays = true },
        ],
        NotificationKeys: ["e1"])
    {
        ReplyTo = Coordinator,
        Office = "Oficina Comunicaciones",
    };

    private static DigestItem Item(
        long id, string number, string text, DigestSection section, DateOnly? due, int? days, DateOnly? cut = null) => new(
        ActivityId: id,
        Component: "Componente 3: Rendición de cuentas",
        Number: ActivityNumber.Parse(number),
        Text: text,
        Product: "Informe publicado",
        Section: section,
        Due: due,
        Days: days,
        NextCutOff: cut,
        CoResponsible: section == DigestSection.Overdue ? ["Oficina Asesora de Planeación", "Secretaría General"] : []);
}
