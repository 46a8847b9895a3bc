using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class ReplyTokenTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void The_token_is_the_first_24_hex_digits_of_hmac_sha256_over_entity_office_and_activity()
    {
        // python3: hmac.new(b"0123456789abcdef0123456789abcdef", "ALCALDÍA DE EJEMPLO|7|30".encode(), hashlib.sha256).hexdigest()[:24]
        Assert.Equal("2818d7a020c570494946720f", ReplyToken.For(Secret, "Alcaldía de Ejemplo", officeId: 7, activityId: 30));
        Assert.Equal("98c79d82dd4335a4471f41ba", ReplyToken.For(Secret, "Alcaldía de Ejemplo", officeId: 7, activityId: 31));
    }

    [Fact]
    public void A_subject_reads_back_through_reply_prefixes()
    {
        var subject = "RE: AW: " + ReplyToken.Subject(ReplyKind.Progress, "3.1", 33, 7, "2818d7a020c570494946720f");

        Assert.True(ReplyToken.TryParse(subject, out var reference));
        Assert.Equal(new ReplyReference(ReplyKind.Progress, 33, 7, "2818d7a020c570494946720f"), reference);
        Assert.Equal("Avance 3.1 [paac:33-7-2818d7a020c570494946720f]", ReplyToken.Subject(ReplyKind.Progress, "3.1", 33, 7, "2818d7a020c570494946720f"));
    }

    [Theory]
    [InlineData("Cumplimiento 1.4 [paac:30-7-2818d7a020c570494946720f]", true)]
    [InlineData("Cumplimiento 1.4 [paac:31-7-2818d7a020c570494946720f]", false)] // another activity
    [InlineData("Cumplimiento 1.4 [paac:30-8-2818d7a020c570494946720f]", false)] // another office
    [InlineData("Cumplimiento 1.4 [paac:30-7-2818d7a020c570494946720e]", false)] // one digit changed
    [InlineData("Cumplimiento 1.4 [paac:30-7-2818d7a020c5]", false)] // cut short
    public void Only_the_token_made_for_that_office_and_activity_is_valid(string subject, bool valid)
    {
        Assert.True(ReplyToken.TryParse(subject, out var reference));
        Assert.Equal(valid, ReplyToken.IsValid(Secret, "Alcaldía de Ejemplo", reference!));
    }

    [Fact]
    public void A_token_is_not_valid_under_another_secret_or_entity()
    {
        Assert.True(ReplyToken.TryParse("Cumplimiento 1.4 [paac:30-7-2818d7a020c570494946720f]", out var reference));

        Assert.False(ReplyToken.IsValid("another secret of at least 32 characters", "Alcaldía de Ejemplo", reference!));
        Assert.False(ReplyToken.IsValid(Secret, "Gobernación de Ejemplo", reference!));
    }

    [Theory]
    [InlineData("Re: recordatorio")]
    [InlineData("Cumplimiento 1.4")]
    [InlineData("")]
    public void A_subject_without_a_reference_reads_as_none(string subject) =>
        Assert.False(ReplyToken.TryParse(subject, out _));
}
