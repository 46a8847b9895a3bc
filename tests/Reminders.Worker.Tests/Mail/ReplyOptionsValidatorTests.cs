using Reminders.Worker.Mail;

namespace Reminders.Worker.Tests.Mail;

public class ReplyOptionsValidatorTests
{
    private static readonly ReplyOptionsValidator Validator = new();

    [Fact]
    public void No_replies_configured_is_valid() =>
        Assert.True(Validator.Validate(null, new MailOptions()).Succeeded);

    [Fact]
    public void An_intake_address_with_a_long_secret_is_valid() =>
        Assert.True(Validator.Validate(null, Options("respuestas@ejemplo.gov.co", new string('s', 32))).Succeeded);

    [Fact]
    public void A_short_secret_is_refused_with_how_to_make_one()
    {
        var result = Validator.Validate(null, Options("", "corto"));

        Assert.True(result.Failed);
        Assert.Contains("Mail:Replies:Secret debe tener al menos 32 caracteres (tiene 5)", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Mail__Replies__Secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intake_address_without_a_secret_is_refused()
    {
        var result = Validator.Validate(null, Options("respuestas@ejemplo.gov.co", ""));

        Assert.True(result.Failed);
        Assert.Contains("falta Mail:Replies:Secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_intake_address_is_named()
    {
        var result = Validator.Validate(null, Options("respuestas", new string('s', 32)));

        Assert.True(result.Failed);
        Assert.Contains("Mail:Replies:Address debe ser una dirección de correo válida", result.FailureMessage, StringComparison.Ordinal);
    }

    private static MailOptions Options(string address, string secret) => new() { Replies = new ReplyOptions { Address = address, Secret = secret } };
}
