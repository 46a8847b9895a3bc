using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 3: <c>preview</c> shows what a run would send, with the documented JSON, and changes nothing.</summary>
public sealed class PreviewCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task Preview_json_has_the_documented_fields_and_leaves_no_trace()
    {
        await SampleFiles.ConfigureAsync(cli);

        var messages = (await cli.JsonAsync("preview", "--as-of", "2022-02-03")).EnumerateArray().ToList();

        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            foreach (var field in new[] { "kind", "office", "to", "cc", "subject", "items" })
            {
                Assert.True(message.TryGetProperty(field, out _), $"preview --json lacks «{field}»: {message}");
            }

            foreach (var item in message.GetProperty("items").EnumerateArray())
            {
                foreach (var field in new[] { "number", "component", "section", "due", "days" })
                {
                    Assert.True(item.TryGetProperty(field, out _), $"preview --json item lacks «{field}»: {item}");
                }
            }
        }

        var communications = Assert.Single(messages, m => m.GetProperty("office").GetString() == "Oficina Comunicaciones");
        Assert.Equal("digest", communications.GetProperty("kind").GetString());
        Assert.Equal(["prensa@ejemplo.gov.co"], communications.GetProperty("to").EnumerateArray().Select(e => e.GetString()));
        var late = Assert.Single(communications.GetProperty("items").EnumerateArray(), i => i.GetProperty("number").GetString() == "1.4");
        Assert.Equal(("III", "overdue", "2022-01-31", -3), (late.GetProperty("component").GetString(), late.GetProperty("section").GetString(),
            late.GetProperty("due").GetString(), late.GetProperty("days").GetInt32()));
        Assert.Contains(messages, m => m.GetProperty("kind").GetString() == "escalation");

        Assert.Empty((await cli.JsonAsync("outbox", "list")).EnumerateArray());
        Assert.Empty(cli.PickedUp());
        var again = (await cli.JsonAsync("preview", "--as-of", "2022-02-03")).EnumerateArray().ToList();
        Assert.Equal(messages.Count, again.Count);
    }

    [Fact]
    public async Task Preview_out_writes_the_messages_as_eml_files_there_and_nothing_else()
    {
        await SampleFiles.ConfigureAsync(cli);
        var output = cli.PathOf("revision");

        var messages = await cli.JsonAsync("preview", "--as-of", "2022-02-03", "--out", output);

        // Thursday 3 February 2022: five activities of Planeación and one of Comunicaciones due 31 January are three
        // business days late (first escalation level: the office heads); 2.3, 2.4-2.6 are due 25 February; 3.7 is ongoing.
        // The heads escalated today are not also copied on their offices' digests about the same activities.
        Assert.Equal(5, messages.GetArrayLength());
        var files = Directory.GetFiles(output, "*.eml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["001-digest.eml", "002-digest.eml", "003-digest.eml", "004-escalation.eml", "005-escalation.eml"], files.Select(Path.GetFileName));
        var written = files.Select(f => MimeKit.MimeMessage.Load(f, TestContext.Current.CancellationToken)).ToList();
        Assert.Equal(
            [
                ("[PAAC 2022] 1 próxima — Gobierno Digital (Alcaldía de Ejemplo)", "tic@ejemplo.gov.co", ""),
                ("[PAAC 2022] 1 vencida — Oficina Comunicaciones (Alcaldía de Ejemplo)", "prensa@ejemplo.gov.co", ""),
                ("[PAAC 2022] 5 vencidas, 3 próximas, 1 permanente — Secretaría de Planeación (Alcaldía de Ejemplo)", "planeacion@ejemplo.gov.co", ""),
                ("[PAAC 2022] Escalamiento: 5 actividades vencidas de Secretaría de Planeación (Alcaldía de Ejemplo)", "jefe.planeacion@ejemplo.gov.co", ""),
                ("[PAAC 2022] Escalamiento: 1 actividad vencida de Oficina Comunicaciones (Alcaldía de Ejemplo)", "jefe.prensa@ejemplo.gov.co", ""),
            ],
            written.Select(m => (m.Subject, string.Join(",", m.To.Mailboxes.Select(a => a.Address)), string.Join(",", m.Cc.Mailboxes.Select(a => a.Address)))));
        Assert.Contains("31 de enero de 2022", written[1].HtmlBody, StringComparison.Ordinal);
        Assert.Contains("31 de enero de 2022", written[1].TextBody, StringComparison.Ordinal);
        Assert.Empty(cli.PickedUp());
        Assert.Empty((await cli.JsonAsync("outbox", "list")).EnumerateArray());
    }

    public void Dispose() => cli.Dispose();
}
