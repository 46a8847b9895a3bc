using Reminders.Core.Plans;
using Reminders.Core.Reports;

namespace Reminders.Worker.Tests.Reports;

/// <summary>A small follow-up report: four activities of component III, one with text that must be escaped.</summary>
internal static class ReportSamples
{
    public const string Script = "<script>alert(1)</script>";

    public static FollowUpReport Report()
    {
        var cutOff = new DateOnly(2022, 4, 30);
        Activity[] activities =
        [
            Make(1, 1, "Publicar; el \"informe\" " + Script, Schedule.On(new DateOnly(2022, 1, 31)), ActivityState.Done, new DateOnly(2022, 1, 28), [1]),
            Make(2, 1, "Divulgar la rendición", Schedule.On(new DateOnly(2022, 3, 31)), ActivityState.Done, new DateOnly(2022, 4, 5), [1, 2]),
            Make(3, 2, "Convocar a la ciudadanía", Schedule.On(new DateOnly(2022, 2, 25)), ActivityState.Open, null, [2]),
            Make(4, 2, "Seguimiento a compromisos", Schedule.Ongoing(), ActivityState.Open, null, [2]),
        ];
        return FollowUpBuilder.Build(
            "Alcaldía de Ejemplo",
            new FollowUpEdition(2022, cutOff, new DateOnly(2022, 1, 1), IsFinal: false),
            activities,
            new Dictionary<long, string> { [1] = "Oficina <Comunicaciones>", [2] = "Secretaría de Planeación" },
            new Dictionary<string, string>(StringComparer.Ordinal) { ["III"] = "Rendición de Cuentas" });
    }

    private static Activity Make(long id, int sub, string text, Schedule schedule, ActivityState state, DateOnly? completed, long[] offices) =>
        new(id, "Alcaldía de Ejemplo", 2022, "III", sub == 1 ? "Información" : "Diálogo", new ActivityNumber(sub, (int)id), text, "Producto " + id,
            schedule, state, completed, null, offices, []);
}
