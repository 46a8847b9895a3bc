using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Reminders.Core.Digests;
using Reminders.Core.Plans;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

/// <summary>
/// <see cref="DeadlineCalendar"/> writes its text itself (docs/architecture.md, "The calendar"); these tests hold it to
/// what Ical.Net's serializer writes for the same calendar, byte for byte, on the sample and on random text.
/// </summary>
public sealed class DeadlineCalendarTests
{
    private const string Domain = "Ejemplo.gov.co";

    // Characters that need escaping, line breaks of every kind, two- and three-octet characters, so random text meets
    // the fold at every kind of boundary. Four-octet ones have their own test: Ical.Net mishandles them.
    private const string Alphabet = "abcdefghij ABC 0123456789.:-_/\\;,\"'\r\n\tñáéíóúÑ€☃—«»";
    private static readonly string[] Wide = ["漢", "ü", "ŀ"];
    private static readonly string[] Astral = ["😀", "𝄞", "𠜎", "漢", "ü"];

    [Fact]
    public void The_sample_digest_is_written_as_Ical_Net_writes_it()
    {
        var digest = MailSamples.Digest();

        var written = DeadlineCalendar.Build(digest, MailSamples.Entity, MailStrings.Spanish, MailSamples.Now, Domain);

        Assert.NotNull(written);
        Assert.Equal(IcalNetCalendar(digest, MailSamples.Entity, MailStrings.Spanish, MailSamples.Now, Domain), written);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_text_is_escaped_and_folded_as_Ical_Net_does_it(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var (entity, digest) = RandomDigest(random, Wide);
            var text = random.Next(2) == 0 ? MailStrings.Spanish : MailStrings.English;
            var now = MailSamples.Now.AddSeconds(random.Next(0, 86_400 * 30)).AddTicks(random.Next(0, 10_000_000));

            var written = DeadlineCalendar.Build(digest, entity, text, now, Domain);

            Assert.Equal(IcalNetCalendar(digest, entity, text, now, Domain), written);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Text_beyond_the_basic_plane_is_folded_between_characters_and_reads_back_whole(int seed)
    {
        // Ical.Net counts such a character as six octets and may fold between its two UTF-16 halves, which turns it
        // into two replacement characters; here each is four octets, never cut, so the text reads back as written.
        var random = new Random(seed);
        for (var round = 0; round < 100; round++)
        {
            var (entity, digest) = RandomDigest(random, Astral);

            var written = DeadlineCalendar.Build(digest, entity, MailStrings.Spanish, MailSamples.Now, Domain)!;

            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            Assert.All(written.Split("\r\n"), line => Assert.InRange(strict.GetByteCount(line), 0, 75));
            var read = Ical.Net.Calendar.Load(written)!.Events.ToList();
            var expected = digest.Items
                .Select(i => (Item: i, Day: DeadlineCalendar.Upcoming(i, digest.RunDate)))
                .Where(e => e.Day is not null)
                .ToList();
            Assert.Equal(expected.Count, read.Count);
            foreach (var ((item, day), e) in expected.Zip(read))
            {
                Assert.Equal(Lines(DeadlineCalendar.Summary(digest, item, MailStrings.Spanish, day!.Value)), e.Summary);
                Assert.Equal(
                    Lines(DeadlineCalendar.Description(item, entity, MailStrings.Spanish, day.Value)), e.Description);
            }
        }
    }

    /// <summary>The sample digest with a random entity name and one to three random items.</summary>
    private static (string Entity, Digest Digest) RandomDigest(Random random, string[] wide)
    {
        var entity = RandomText(random, 1, 120, wide);
        return (entity, MailSamples.Digest() with
        {
            Entity = entity,
            Items = [.. Enumerable.Range(0, random.Next(1, 4)).Select(i => RandomItem(random, i, wide))],
        });
    }

    private static DigestItem RandomItem(Random random, int index, string[] wide) => new(
        ActivityId: random.Next(1, 1_000_000),
        Component: RandomText(random, 0, 90, wide),
        Number: ActivityNumber.Parse($"{random.Next(1, 9)}.{random.Next(1, 30)}"),
        Text: RandomText(random, 1, 400, wide),
        Product: RandomText(random, 0, 150, wide),
        Section: DigestSection.DueSoon,
        Due: index % 3 == 2 ? null : new DateOnly(2022, 2, 3).AddDays(random.Next(-5, 60)),
        Days: 1,
        NextCutOff: new DateOnly(2022, 2, 3).AddDays(random.Next(0, 90)),
        CoResponsible: [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => RandomText(random, 1, 40, wide))]);

    private static string RandomText(Random random, int min, int max, string[] wide)
    {
        var text = new StringBuilder();
        var length = random.Next(min, max + 1);
        while (text.Length < length)
        {
            _ = random.Next(8) == 0
                ? text.Append(wide[random.Next(wide.Length)])
                : text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>A text as it reads back from a calendar: each line break, CRLF or CR alone, is a newline.</summary>
    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The calendar as Ical.Net's object model and serializer write it: what the product wrote before.</summary>
    private static string? IcalNetCalendar(Digest digest, string entity, MailStrings text, DateTimeOffset now, string domain)
    {
        var calendar = new Ical.Net.Calendar { ProductId = DeadlineCalendar.ProductId, Method = "PUBLISH" };
        var stamp = new CalDateTime(now.UtcDateTime);
        foreach (var item in digest.Items)
        {
            if (DeadlineCalendar.Upcoming(item, digest.RunDate) is not { } day)
            {
                continue;
            }

            calendar.Events.Add(new CalendarEvent
            {
                Uid = DeadlineCalendar.Uid(digest.Entity, item.ActivityId, day, domain),
                DtStamp = stamp,
                DtStart = new CalDateTime(day),
                DtEnd = new CalDateTime(day.AddDays(1)),
                Summary = DeadlineCalendar.Summary(digest, item, text, day),
                Description = DeadlineCalendar.Description(item, entity, text, day),
                Transparency = "TRANSPARENT",
            });
        }

        if (calendar.Events.Count == 0)
        {
            return null;
        }

        var serialized = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return serialized.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
    }
}
