using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// Each configuration rule, broken through one environment variable: <c>check-config</c> and <c>run</c> both exit 2
/// with the same ✘ line naming the setting, and neither prints a stack trace.
/// </summary>
public sealed class ConfigurationMatrixTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _data = TempDirectory.Create();

    public void Dispose() => TempDirectory.Delete(_data);

    /// <summary>The setting the line must name, then the bad settings (<c>Key=Value</c>, separated by <c>|</c>).</summary>
    public static TheoryData<string, string> Rules => new()
    {
        { "Database:Provider", "Database__Provider=Oracle" },
        { "Database:ConnectionString", "Database__ConnectionString= " },
        { "Reminders:TimeZone", "Reminders__TimeZone=Marte/Olympus" },
        { "Reminders:LeadDays:0", "Reminders__LeadDays__0=treinta" },
        { "Reminders:LeadDays", "Reminders__LeadDays__0=-1" },
        { "Reminders:LeadDays", "Reminders__LeadDays__0=400" },
        { "Reminders:LeadInBusinessDays", "Reminders__LeadInBusinessDays=quizás" },
        { "Reminders:CatchUp", "Reminders__CatchUp=Nunca" },
        { "Reminders:Overdue:RepeatOn", "Reminders__Overdue__RepeatOn=Lunes" },
        { "Reminders:Overdue:InBusinessDays", "Reminders__Overdue__InBusinessDays=si" },
        { "Reminders:Escalation:InBusinessDays", "Reminders__Escalation__InBusinessDays=2" },
        { "Reminders:Escalation:Levels:0:AfterDays", "Reminders__Escalation__Levels__0__AfterDays=0" },
        { "Reminders:Escalation:Levels:0:AfterDays", "Reminders__Escalation__Levels__0__AfterDays=tres" },
        { "Reminders:Escalation:Levels:1:AfterDays", "Reminders__Escalation__Levels__1__AfterDays=2" },
        { "Reminders:Escalation:Levels:0:Notify", "Reminders__Escalation__Levels__0__Notify__0=Alcalde" },
        { "Reminders:Ongoing:Cadence", "Reminders__Ongoing__Cadence=Weekly" },
        { "Reminders:Ongoing:CutOffs", "Reminders__Ongoing__CutOffs__0=02-30" },
        { "Reminders:Ongoing:CutOffLeadDays", "Reminders__Ongoing__CutOffLeadDays__0=-2" },
        { "Reminders:Roles:Coordinator", "Reminders__Roles__Coordinator=planeacion" },
        { "Reminders:Roles:ControlInterno", "Reminders__Roles__ControlInterno=control interno@x.gov.co" },
        { "Reminders:Calendar:Country", "Reminders__Calendar__Country=PE" },
        { "Reminders:Calendar:ExtraClosedDays", "Reminders__Calendar__ExtraClosedDays__0=2026-13-01" },
        { "Reminders:Calendar:ExtraWorkingDays", "Reminders__Calendar__ExtraWorkingDays__0=mañana" },
        { "Reminders:Calendar:RunOnNonBusinessDays", "Reminders__Calendar__RunOnNonBusinessDays=nunca" },
        { "Schedules:Planning", "Schedules__Planning=cada mañana" },
        { "Schedules:Planning", "Schedules__Planning=0 0 7 30 2 ?" },
        { "Schedules:Delivery", "Schedules__Delivery=*/5 * * * *" },
        { "Mail:Delivery", "Mail__Delivery=Paloma" },
        { "Mail:From", "Mail__From=no valido" },
        { "Mail:RateLimitPerMinute", "Mail__RateLimitPerMinute=99999999999" },
        { "Mail:RateLimitPerMinute", "Mail__RateLimitPerMinute=-1" },
        { "Mail:MaxAttempts", "Mail__MaxAttempts=0" },
        { "Mail:MaxAttempts", "Mail__MaxAttempts=-3" },
        { "Mail:RetryBaseSeconds", "Mail__RetryBaseSeconds=-10" },
        { "Mail:AttachCalendar", "Mail__AttachCalendar=tal vez" },
        { "Mail:PickupDirectory", "Mail__PickupDirectory= " },
        { "Mail:Smtp:TimeoutSeconds", "Mail__Smtp__TimeoutSeconds=3000000" },
        { "Mail:Smtp:Host", "Mail__Delivery=Smtp" },
        { "Mail:Smtp:Port", "Mail__Delivery=Smtp|Mail__Smtp__Host=127.0.0.1|Mail__Smtp__Port=70000" },
        { "Mail:Smtp:Security", "Mail__Delivery=Smtp|Mail__Smtp__Host=127.0.0.1|Mail__Smtp__Security=Ninguna" },
        { "Mail:Smtp:Security", "Mail__Delivery=Smtp|Mail__Smtp__Host=smtp.entidad.gov.co|Mail__Smtp__Security=None" },
        { "Mail:Smtp:Auth", "Mail__Delivery=Smtp|Mail__Smtp__Host=127.0.0.1|Mail__Smtp__Auth=Basic" },
        { "Mail:Smtp:Password", "Mail__Delivery=Smtp|Mail__Smtp__Host=127.0.0.1|Mail__Smtp__UserName=paac" },
        { "Mail:Smtp:OAuth2:Provider", "Mail__Delivery=Smtp|Mail__Smtp__Host=127.0.0.1|Mail__Smtp__OAuth2__Provider=Yahoo" },
        { "Mail:Smtp:TrustedCertificatePath", "Mail__Delivery=Smtp|Mail__Smtp__Host=127.0.0.1|Mail__Smtp__TrustedCertificatePath=/no/existe.crt" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task A_bad_setting_stops_check_config_and_run_with_exit_code_2_and_one_line_naming_it(string setting, string bad)
    {
        var environment = Environment(bad);

        var checking = RemindersProcess.RunAsync(environment, Timeout, "check-config");
        var running = RemindersProcess.RunAsync(environment, Timeout, "run");
        using var check = await checking;
        using var run = await running;

        Assert.True(check.ExitCode == 2, $"check-config: exit {check.ExitCode}\n{check.Transcript}");
        Assert.True(run.ExitCode == 2, $"run: exit {run.ExitCode}\n{run.Transcript}");
        var line = Assert.Single(Lines(check.Output), l => l.StartsWith($"✘ {setting}", StringComparison.Ordinal));
        Assert.Contains(line, Lines(run.Errors));
        foreach (var transcript in new[] { check.Transcript, run.Transcript })
        {
            Assert.DoesNotContain("   at ", transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", transcript, StringComparison.Ordinal);
        }
    }

    private Dictionary<string, string> Environment(string bad)
    {
        var environment = new Dictionary<string, string> { ["Paths__DataDirectory"] = _data };
        foreach (var pair in bad.Split('|'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            environment[pair[..equals]] = pair[(equals + 1)..];
        }

        return environment;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries);
}
