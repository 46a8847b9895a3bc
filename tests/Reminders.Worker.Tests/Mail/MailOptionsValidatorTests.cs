using Reminders.Worker.Mail;

namespace Reminders.Worker.Tests.Mail;

public sealed class MailOptionsValidatorTests
{
    private static MailOptions Valid() => new() { From = "PAAC <paac@entidad.gov.co>" };

    private static List<string> Errors(MailOptions options) =>
        new MailOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void The_defaults_with_a_sender_are_valid()
    {
        Assert.Empty(Errors(Valid()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("paac")]
    [InlineData("PAAC <>")]
    [InlineData("no valido")]
    public void From_must_be_a_valid_address_whatever_the_delivery(string from)
    {
        var options = Valid();
        options.From = from;

        Assert.Contains($"Mail:From: «{from}» no es una dirección de correo válida; use por ejemplo \"PAAC <paac@entidad.gov.co>\".", Errors(options));
    }

    [Theory]
    [InlineData(-1, "Mail:RateLimitPerMinute debe estar entre 0 y 6000 (0 significa sin límite); el valor actual es -1.")]
    [InlineData(6001, "Mail:RateLimitPerMinute debe estar entre 0 y 6000 (0 significa sin límite); el valor actual es 6001.")]
    public void The_rate_limit_must_be_within_range_for_pickup_delivery_too(int limit, string expected)
    {
        var options = Valid();
        options.RateLimitPerMinute = limit;

        Assert.Equal([expected], Errors(options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(101)]
    public void Max_attempts_must_be_between_1_and_100(int attempts)
    {
        var options = Valid();
        options.MaxAttempts = attempts;

        Assert.Equal([$"Mail:MaxAttempts debe estar entre 1 y 100; el valor actual es {attempts}."], Errors(options));
    }

    [Fact]
    public void A_negative_retry_delay_is_refused()
    {
        var options = Valid();
        options.RetryBaseSeconds = -10;

        Assert.Equal(["Mail:RetryBaseSeconds debe estar entre 1 y 86400; el valor actual es -10."], Errors(options));
    }

    [Fact]
    public void An_smtp_timeout_beyond_ten_minutes_is_refused()
    {
        var options = Valid();
        options.Smtp.TimeoutSeconds = 3_000_000;

        Assert.Equal(["Mail:Smtp:TimeoutSeconds debe estar entre 1 y 600; el valor actual es 3000000."], Errors(options));
    }
}
