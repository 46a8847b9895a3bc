using MiniExcelLibs;
using MimeKit;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Outbox;

namespace Reminders.IntegrationTests.Reports;

/// <summary>Automatic delivery of the follow-up report and the closing of the 2022 plan year (<see cref="DeliveredPlanYear"/>).</summary>
public sealed class FollowUpDeliveryTests(DeliveredPlanYear year) : IClassFixture<DeliveredPlanYear>
{
    [Fact]
    public void Each_report_goes_out_once_on_the_first_business_day_after_its_cut_off_and_the_final_one_after_closing()
    {
        var reports = year.Messages.Where(m => m.Kind == MessageKind.FollowUp).ToList();

        // 30 April is a Saturday and 1 May a Sunday holiday; 31 December is a Saturday, 1 January a Sunday holiday.
        Assert.Equal(["2022-05-02", "2022-09-01", "2023-01-02", "2023-01-17"], reports.Select(r => r.RunDate));
        Assert.All(reports, r => Assert.Equal(OutboxState.Sent, r.State));
        Assert.All(reports, r => Assert.Equal([SampleFiles.Coordinator, SampleFiles.ControlInterno], r.To));
        Assert.Contains("Informe final", reports[^1].Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(year.AfterNextImport, m => m.Kind == MessageKind.FollowUp);
    }

    [Fact]
    public async Task The_report_message_has_the_html_in_the_body_and_the_workbook_attached_with_the_same_numbers()
    {
        var report = year.Messages.Single(m => m.Kind == MessageKind.FollowUp && m.RunDate == "2022-05-02");
        var message = await MimeMessage.LoadAsync(Path.Combine(year.Cli.PickupDirectory, $"{report.Id}.eml"), TestContext.Current.CancellationToken);

        Assert.Equal("[PAAC 2022] Seguimiento con corte al 30 de abril de 2022 (Alcaldía de Ejemplo)", message.Subject);
        var fromHtml = ReportTables.FromHtml(message.HtmlBody ?? "");
        Assert.Equal($"Total|{SampleFiles.Entity}|18|4|2|14|1|0|22,2", fromHtml[0]);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("seguimiento-paac-2022-corte-2022-04-30.xlsx", attachment.FileName);
        using var workbook = new MemoryStream();
        await attachment.Content!.DecodeToAsync(workbook, TestContext.Current.CancellationToken);
        Assert.Equal(fromHtml, ReportTables.FromXlsx(workbook.ToArray()));
        Assert.Contains("Componente III", workbook.GetSheetNames());
    }

    [Theory]
    [InlineData("2022-05-02", "2 de 12 actividades con fecha cumplidas (16,7 %)")] // 1.1 and 2.4
    [InlineData("2023-01-16", "3 de 12 actividades con fecha cumplidas (25,0 %)")] // and 3.2, done on 10 January 2023
    public async Task Each_digest_carries_the_office_progress_line(string runDate, string line)
    {
        var digest = year.Messages.First(m => m.Kind == MessageKind.Digest && m.Office == "Secretaría de Planeación" && m.RunDate == runDate);
        var message = await MimeMessage.LoadAsync(Path.Combine(year.Cli.PickupDirectory, $"{digest.Id}.eml"), TestContext.Current.CancellationToken);

        Assert.Contains(line, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(line, message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_about_the_closed_plan_is_planned_from_the_closing_date()
    {
        var plan2022 = year.Notifications.Where(n => n.Year == 2022).ToList();

        // On 16 January 2023, the last day before closing (a Monday), the weekly overdue reminders still go out.
        Assert.Contains(plan2022, n => n.RunDate == "2023-01-16");
        Assert.DoesNotContain(plan2022, n => string.CompareOrdinal(n.RunDate, "2023-01-17") >= 0);
        Assert.DoesNotContain(year.Messages, m => m.Kind != MessageKind.FollowUp && string.CompareOrdinal(m.RunDate, "2023-01-17") >= 0);
    }

    [Fact]
    public void The_next_year_plan_is_reminded_while_the_closed_one_stays_silent()
    {
        Assert.NotEmpty(year.AfterNextImport);
        Assert.Contains(year.Notifications, n => n.Year == 2023 && n.RunDate == "2023-02-13");
        Assert.DoesNotContain(year.Notifications, n => n.Year == 2022 && n.RunDate == "2023-02-13");
    }

    [Fact]
    public async Task Activities_list_shows_the_closed_plan_as_done_or_not_done_at_closing_after_the_next_import()
    {
        var rows = (await year.Cli.JsonAsync("activities", "list", "--year", "2022", "--as-of", "2023-02-13")).EnumerateArray()
            .ToDictionary(a => a.GetProperty("number").GetString()!, a => (Closed: a.GetProperty("closed").GetBoolean(), State: a.GetProperty("state").GetString()));
        var next = (await year.Cli.JsonAsync("activities", "list", "--year", "2023", "--as-of", "2023-02-13")).EnumerateArray().ToList();

        Assert.All(rows.Values, r => Assert.True(r.Closed));
        Assert.Equal(
            ["1.1", "1.4", "1.5", "2.3", "2.4", "3.2", "3.6"],
            rows.Where(r => r.Value.State == "done").Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal("cancelled", rows["3.1"].State);
        Assert.Equal("not-done", rows["1.2"].State);
        Assert.Equal("not-done", rows["3.7"].State);
        Assert.Equal(20, next.Count);
        Assert.All(next, a => Assert.False(a.GetProperty("closed").GetBoolean()));
        Assert.Equal("overdue", next.Single(a => a.GetProperty("number").GetString() == "1.1").GetProperty("state").GetString()); // due 31 January 2023
        Assert.Equal("open", next.Single(a => a.GetProperty("number").GetString() == "2.3").GetProperty("state").GetString()); // due 25 February 2023
        var text = await year.Cli.SucceedAsync("activities", "list", "--year", "2022", "--as-of", "2023-02-13");
        Assert.Contains("cerrada: no cumplida", text, StringComparison.Ordinal);
        Assert.Contains("cerrada: cumplida", text, StringComparison.Ordinal);
    }
}
