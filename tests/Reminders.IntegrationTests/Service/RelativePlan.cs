using System.Globalization;
using System.Text;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// A PAAC table in the sample's layout (<c>31 DE ENERO DE 2022</c> dates) whose dates are relative to today, so the
/// service's "today" run has something to send: one activity per office, due soon, plus some overdue ones.
/// </summary>
public static class RelativePlan
{
    private static readonly string[] Months =
        ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"];

    public static string Office(int index) => $"Oficina {index:00}";

    public static string Address(int index) => $"oficina{index:00}@ejemplo.gov.co";

    /// <summary>Writes the plan (offices 1..<paramref name="offices"/>) and the office directory CSV; returns both paths.</summary>
    public static (string Plan, string Offices) Write(string directory, DateOnly today, int offices)
    {
        var plan = new StringBuilder();
        plan.Append("\n\nComponente III: Rendición de Cuentas\t\t\t\t\t\n");
        plan.Append("Sub-Componente\tActividades\tMeta o Producto\tResponsable\tFecha Programada\t\n");
        for (var i = 1; i <= offices; i++)
        {
            var first = i == 1 ? "Sub-Componente No. 1. INFORMACIÓN (Informar avances y resultados de la gestión con calidad y en lenguaje comprensible)." : "";
            var due = (i % 4) switch { 0 => today.AddDays(-5), 1 => today.AddDays(1), 2 => today.AddDays(3), _ => today };
            plan.Append(CultureInfo.InvariantCulture,
                $"{first}\t1,{i}\tActividad de prueba número {i} de la oficina.\tProducto {i}\t{Office(i)}\t{Spanish(due)}\n");
        }

        var directory1 = new StringBuilder("oficina;correos\n");
        for (var i = 1; i <= offices; i++)
        {
            directory1.Append(CultureInfo.InvariantCulture, $"{Office(i)};{Address(i)}\n");
        }

        var planPath = Path.Combine(directory, "plan.tsv");
        var officesPath = Path.Combine(directory, "oficinas.csv");
        File.WriteAllText(planPath, plan.ToString(), Encoding.UTF8);
        File.WriteAllText(officesPath, directory1.ToString(), Encoding.UTF8);
        return (planPath, officesPath);
    }

    private static string Spanish(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} DE {Months[date.Month - 1]} DE {date.Year}");
}
