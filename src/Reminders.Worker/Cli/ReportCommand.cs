using System.CommandLine;
using System.Text;
using Reminders.Core.Reports;
using Reminders.Worker.Reports;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders report [--cutoff FECHA] [--final --year AÑO] [--entity NOMBRE] [--format html|xlsx|csv] [--out ARCHIVO]</c>.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var cutOff = new Option<string?>("--cutoff") { HelpName = "FECHA", Description = "Fecha de corte (por defecto el último corte pasado: 30/04, 31/08 o 31/12)" };
        var final = new Option<bool>("--final") { Description = "Informe final de cierre de la vigencia (--year, o la del corte)" };
        var year = new Option<int?>("--year") { HelpName = "AÑO", Description = "Vigencia del informe final" };
        var entity = Commands.Entity();
        var format = new Option<string?>("--format") { HelpName = "FORMATO", Description = "html, xlsx o csv (por defecto según --out, o html)" };
        format.AcceptOnlyFromAmong("html", "xlsx", "csv");
        var output = new Option<string?>("--out") { HelpName = "ARCHIVO", Description = "Archivo de salida (por defecto seguimiento-paac-AÑO-corte-FECHA.FORMATO)" };
        var command = new Command("report", "Genera el informe de seguimiento del plan para Control Interno") { cutOff, final, year, entity, format, output };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var calendar = scope.Get<FollowUpCalendar>();
            var edition = Edition(calendar, scope.Today(), CliDates.ParseOptional(result.GetValue(cutOff), "--cutoff"), result.GetValue(final), result.GetValue(year));
            var name = await scope.EntityAsync(result.GetValue(entity), cancellationToken).ConfigureAwait(false);
            var source = scope.Get<FollowUpSource>();
            if (!(await source.YearsAsync(name, cancellationToken).ConfigureAwait(false)).Contains(edition.Year))
            {
                throw new InvalidInputException(
                    $"No hay plan {edition.Year} de «{name}». Importe el plan con «reminders import» o indique otra fecha con --cutoff o la entidad con --entity.");
            }

            var path = result.GetValue(output);
            var kind = Format(result.GetValue(format), path);
            var report = await source.BuildAsync(name, edition, cancellationToken).ConfigureAwait(false);
            path = Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? FollowUpMessage.FileName(report, kind) : path);
            var bytes = kind switch
            {
                "xlsx" => XlsxReportWriter.Write(report),
                "csv" => CsvReportWriter.Write(report),
                _ => Encoding.UTF8.GetBytes(HtmlReportWriter.Write(report, scope.Today())),
            };
            await WriteAtomicallyAsync(path, bytes, cancellationToken).ConfigureAwait(false);
            var t = report.Overall;
            Console.WriteLine($"Seguimiento {report.Year} de {report.Entity} al {FollowUpText.Date(report.CutOff)}: {t.Done} de {t.Due} actividades programadas cumplidas "
                + $"({FollowUpText.Percentage(t.Percent)} %), {t.Overdue} vencidas. Escrito en {path}");
            return ExitCodes.Success;
        });
    }

    private static FollowUpEdition Edition(FollowUpCalendar calendar, DateOnly today, DateOnly? cutOff, bool final, int? year)
    {
        if (final)
        {
            return calendar.Final(year ?? cutOff?.Year ?? calendar.LatestCutOff(today)?.Year ?? today.Year - 1);
        }

        if (year is not null)
        {
            throw new InvalidInputException("--year solo se usa con --final; para un corte indique --cutoff AAAA-MM-DD.");
        }

        return cutOff is { } day ? calendar.AtCutOff(day)
            : calendar.LatestCutOff(today) is { } latest ? calendar.AtCutOff(latest)
            : throw new InvalidInputException("No hay ningún corte anterior a hoy; indique la fecha con --cutoff AAAA-MM-DD.");
    }

    private static string Format(string? format, string? path)
    {
        if (format is not null)
        {
            return format;
        }

        var extension = Path.GetExtension(path ?? "").TrimStart('.').ToLowerInvariant();
        return extension is "xlsx" or "csv" ? extension : "html";
    }

    /// <summary>Writes a temporary file beside the target and moves it into place, so a failure leaves nothing half written.</summary>
    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory))
        {
            throw new InvalidInputException($"--out: la carpeta «{directory}» no existe; créela o indique otra ruta.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
