using System.Globalization;
using System.Net;
using System.Text;
using Reminders.Core.Reports;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Reports;

/// <summary>
/// The report as one self-contained HTML page (inline CSS only: no external fonts, scripts or images): headline
/// figures, a progress bar per office and per component, the totals table, then each component's activities with
/// overdue ones highlighted. Prints to PDF from a browser (print styles keep rows and colours). Every text from the
/// database is HTML-escaped.
/// </summary>
internal static class HtmlReportWriter
{
    // Every line indented: in a message, a line that starts with a dot makes SMTP's sending copy the whole message
    // (docs/mail.md, "No line starts with a dot").
    private const string Style =
        """
          *{box-sizing:border-box}
          body{margin:0;background:#f3f4f6;color:#1f2328;font:14px/1.45 "Segoe UI",Arial,Helvetica,sans-serif}
          main{max-width:1100px;margin:0 auto;background:#fff;padding:0 0 24px}
          header{background:#0b3d6e;color:#fff;padding:20px 28px}
          header .kicker{font-size:12px;letter-spacing:.4px;text-transform:uppercase;color:#cfe0f3}
          header h1{margin:4px 0 2px;font-size:22px}
          header p{margin:0;color:#e4eef9}
          section{padding:8px 28px}
          h2{font-size:17px;color:#0b3d6e;border-bottom:2px solid #0b3d6e;padding-bottom:4px;margin:18px 0 10px}
          h3{font-size:15px;margin:16px 0 6px}
          .cards{display:flex;flex-wrap:wrap;gap:10px}
          .card{flex:1 1 140px;border:1px solid #d9dde3;border-radius:6px;padding:10px 12px}
          .card .n{font-size:24px;font-weight:bold;color:#0b3d6e}
          .card.alert .n{color:#b3261e}
          .bars{display:grid;grid-template-columns:minmax(180px,1fr) 3fr auto;gap:6px 12px;align-items:center}
          .bar{height:16px;background:#e5e7eb;border-radius:8px;overflow:hidden}
          .bar span{display:block;height:100%;background:#1a7f37}
          .bar span.mid{background:#d08a00}
          .bar span.low{background:#b3261e}
          .figure{white-space:nowrap;font-variant-numeric:tabular-nums}
          table{width:100%;border-collapse:collapse;font-size:12.5px}
          th,td{border:1px solid #d9dde3;padding:5px 6px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
          table.rows td:nth-child(2),table.rows td:nth-child(3){min-width:16ch}
          th{background:#e8eef6}
          td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
          tr.total td{font-weight:bold;background:#f5f7fa}
          tr.overdue td{background:#fdecea}
          tr.overdue td.state{color:#b3261e;font-weight:bold}
          tr.late td.state{color:#9a5b00;font-weight:bold}
          tr.silent td{background:#fff4e0}
          .muted{color:#6b7280;font-size:12px}
          footer{padding:12px 28px;color:#6b7280;font-size:12px}
          @media print{
            body{background:#fff}
            main{max-width:none}
            header,.bar span,tr.overdue td,tr.silent td,tr.total td,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            tr,.card,.bars{break-inside:avoid}
            h2,h3{break-after:avoid}
            @page{size:A4 landscape;margin:12mm}
          }
        """;

    public static string Write(FollowUpReport report, DateOnly generatedOn)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{FollowUpText.Title(report)} — {report.Entity}")).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");
        html.Append("<header><div class=\"kicker\">").Append(E(FollowUpText.Title(report))).Append("</div>")
            .Append("<h1>").Append(E(report.Entity)).Append("</h1>")
            .Append("<p>").Append(E(FollowUpText.CutOffLine(report))).Append("</p></header>\n");
        Cards(html, report.Overall);
        Bars(html, "Avance por oficina", report.Offices.Select(o => (o.Name, o.Totals)));
        Bars(html, "Avance por componente", report.Components.Select(c => (SummaryLine.ComponentName(c), c.Totals)));
        Totals(html, report);
        foreach (var component in report.Components)
        {
            Component(html, component);
        }

        html.Append("<footer>").Append(E($"Generado el {MailDates.Spanish(generatedOn)} por el servicio de recordatorios del PAAC. "))
            .Append("% de avance = actividades cumplidas / actividades programadas (con fecha hasta el corte), con un decimal.")
            .Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cards(StringBuilder html, FollowUpTotals t)
    {
        html.Append("<section><div class=\"cards\">");
        Card(html, FollowUpText.Programmed, N(t.Due), alert: false);
        Card(html, FollowUpText.Done, N(t.Done), alert: false);
        Card(html, FollowUpText.Percent, FollowUpText.Percentage(t.Percent) + (t.Percent is null ? "" : " %"), alert: false);
        Card(html, FollowUpText.DoneLate, N(t.DoneLate), alert: false);
        Card(html, FollowUpText.Overdue, N(t.Overdue), alert: t.Overdue > 0);
        Card(html, FollowUpText.OngoingWithoutProgress, N(t.OngoingWithoutProgress), alert: t.OngoingWithoutProgress > 0);
        html.Append("</div></section>\n");
    }

    private static void Card(StringBuilder html, string label, string value, bool alert) =>
        html.Append(alert ? "<div class=\"card alert\">" : "<div class=\"card\">")
            .Append("<div class=\"n\">").Append(E(value)).Append("</div><div>").Append(E(label)).Append("</div></div>");

    private static void Bars(StringBuilder html, string title, IEnumerable<(string Name, FollowUpTotals Totals)> groups)
    {
        html.Append("<section><h2>").Append(E(title)).Append("</h2><div class=\"bars\">\n");
        foreach (var (name, t) in groups)
        {
            var percent = t.Percent ?? 0m;
            var tone = percent >= 80m ? "" : percent >= 50m ? " class=\"mid\"" : " class=\"low\"";
            html.Append("<div>").Append(E(name)).Append("</div>")
                .Append("<div class=\"bar\" role=\"img\" aria-label=\"").Append(E(FollowUpText.Percentage(t.Percent))).Append(" %\">")
                .Append("<span").Append(tone).Append(" style=\"width:")
                .Append(percent.ToString("0.0", CultureInfo.InvariantCulture)).Append("%\"></span></div>")
                .Append("<div class=\"figure\">").Append(E($"{t.Done} de {t.Due} · {FollowUpText.Percentage(t.Percent)} %"))
                .Append(t.Overdue > 0 ? E($" · {t.Overdue} vencidas") : "").Append("</div>\n");
        }

        html.Append("</div></section>\n");
    }

    private static void Totals(StringBuilder html, FollowUpReport report)
    {
        html.Append("<section><h2>Totales</h2><table id=\"totales\">\n<tr><th>Nivel</th><th>Nombre</th>");
        foreach (var heading in FollowUpText.TotalHeadings)
        {
            html.Append("<th>").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var line in SummaryLine.Of(report))
        {
            var t = line.Totals;
            html.Append(line.Level is "Total" or "Componente" ? "<tr class=\"total\">" : "<tr>")
                .Append("<td>").Append(E(line.Level)).Append("</td><td>").Append(E(line.Name)).Append("</td>");
            foreach (var value in new[] { t.Due, t.Done, t.DoneLate, t.Overdue, t.OngoingWithProgress, t.OngoingWithoutProgress })
            {
                html.Append("<td class=\"num\">").Append(N(value)).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(E(FollowUpText.Percentage(t.Percent))).Append("</td>")
                .Append("<td>").Append(E(line.Observation)).Append("</td></tr>\n");
        }

        html.Append("</table></section>\n");
    }

    private static void Component(StringBuilder html, FollowUpGroup component)
    {
        html.Append("<section><h2>").Append(E(SummaryLine.ComponentName(component))).Append("</h2>\n");
        foreach (var sub in component.Parts)
        {
            html.Append("<h3>").Append(E("Subcomponente " + SummaryLine.SubComponentName(component, sub))).Append("</h3>\n<table class=\"rows\">\n<tr>");
            foreach (var heading in FollowUpText.RowHeadings.Skip(2))
            {
                html.Append("<th>").Append(E(heading)).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (var row in sub.Rows)
            {
                html.Append(RowClass(row.Standing))
                    .Append("<td class=\"num\">").Append(E(row.Number.ToString())).Append("</td>")
                    .Append("<td>").Append(E(row.Text)).Append("</td>")
                    .Append("<td>").Append(E(row.Product)).Append("</td>")
                    .Append("<td>").Append(E(string.Join(" - ", row.Offices))).Append("</td>")
                    .Append("<td class=\"num\">").Append(E(FollowUpText.Due(row))).Append("</td>")
                    .Append("<td class=\"state\">").Append(E(FollowUpText.State(row.Standing))).Append("</td>")
                    .Append("<td class=\"num\">").Append(E(FollowUpText.Date(row.CompletedOn))).Append("</td>")
                    .Append("<td>").Append(E(row.Evidence ?? "")).Append("</td>")
                    .Append("<td>").Append(E(FollowUpText.Progress(row))).Append("</td>")
                    .Append("<td>").Append(E(FollowUpText.Observation(row))).Append("</td></tr>\n");
            }

            var t = sub.Totals;
            html.Append("<tr class=\"total\"><td colspan=\"10\">")
                .Append(E($"{FollowUpText.Programmed}: {t.Due} · {FollowUpText.Done}: {t.Done} · {FollowUpText.Percent}: {FollowUpText.Percentage(t.Percent)}"))
                .Append("</td></tr>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static string RowClass(ActivityStanding standing) => standing switch
    {
        ActivityStanding.Overdue => "<tr class=\"overdue\">",
        ActivityStanding.DoneLate => "<tr class=\"late\">",
        ActivityStanding.OngoingWithoutProgress => "<tr class=\"silent\">",
        _ => "<tr>",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
