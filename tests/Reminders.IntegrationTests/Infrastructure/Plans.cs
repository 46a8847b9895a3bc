using Reminders.Core.Import;
using Reminders.Core.Plans;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>Small hand-made plans for store tests that do not need the plan reader.</summary>
public static class Plans
{
    public static ImportedActivity Activity(string number, string due, params string[] offices) => new(
        "III", "Rendición de Cuentas", ActivityNumber.Parse(number).SubComponent, "Información",
        ActivityNumber.Parse(number), $"Actividad {number}", $"Producto {number}", offices,
        due == "PERMANENTE" ? Schedule.Ongoing() : Schedule.On(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)),
        $"test, línea {number}");

    /// <summary>An activity of a table without numbers: the reader numbered it <paramref name="number"/> in order.</summary>
    public static ImportedActivity Unnumbered(string number, string text, string due, string office = "SIAU") =>
        Activity(number, due, office) with { Text = text, Product = "Informe", NumberGenerated = true };

    public static ImportedPlan Of(params ImportedActivity[] activities) => new(2022, activities);
}
