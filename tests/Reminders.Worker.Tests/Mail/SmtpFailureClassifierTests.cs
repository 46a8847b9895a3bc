using System.Net.Sockets;
using MailKit.Net.Smtp;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Tests.Mail;

public sealed class SmtpFailureClassifierTests
{
    [Fact]
    public void A_5xx_reply_is_permanent_and_keeps_the_server_text()
    {
        var failure = new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.MailboxUnavailable, "5.1.1 <x@y.co>: User unknown");

        var result = SmtpFailureClassifier.Classify(failure, dataMayHaveStarted: true);

        Assert.Equal(DeliveryStatus.PermanentFailure, result.Status);
        Assert.Equal("550 5.1.1 <x@y.co>: User unknown", result.Reply);
    }

    [Theory]
    [InlineData(SmtpStatusCode.ServiceNotAvailable)]
    [InlineData(SmtpStatusCode.MailboxBusy)]
    [InlineData(SmtpStatusCode.ErrorInProcessing)]
    [InlineData(SmtpStatusCode.InsufficientStorage)]
    public void A_4xx_reply_is_transient(SmtpStatusCode status)
    {
        var failure = new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, status, "try later");

        Assert.Equal(DeliveryStatus.TransientFailure, SmtpFailureClassifier.Classify(failure, dataMayHaveStarted: false).Status);
    }

    public static TheoryData<Exception> ConnectionFailures() => new()
    {
        new IOException("broken pipe"),
        new SocketException((int)SocketError.ConnectionReset),
        new SmtpProtocolException("The SMTP server has unexpectedly disconnected."),
        new TimeoutException(),
        new OperationCanceledException(),
    };

    [Theory]
    [MemberData(nameof(ConnectionFailures))]
    public void A_lost_connection_is_transient(Exception failure)
    {
        var result = SmtpFailureClassifier.Classify(failure, dataMayHaveStarted: false);

        Assert.Equal(DeliveryStatus.TransientFailure, result.Status);
        Assert.DoesNotContain("Message-ID", result.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_lost_after_a_recipient_was_accepted_notes_the_unknown_outcome()
    {
        var result = SmtpFailureClassifier.Classify(new IOException("reset"), dataMayHaveStarted: true);

        Assert.Equal(DeliveryStatus.TransientFailure, result.Status);
        Assert.EndsWith(SmtpFailureClassifier.UnknownOutcomeNote, result.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_recipient_refused_with_5xx_is_permanent_and_lists_them()
    {
        var refused = new[] { new RefusedRecipient("a@y.co", "550 5.1.1 unknown"), new RefusedRecipient("b@y.co", "553 5.1.3 bad") };

        var result = SmtpFailureClassifier.Classify(new AllRecipientsRefusedException(refused), dataMayHaveStarted: false);

        Assert.Equal(DeliveryStatus.PermanentFailure, result.Status);
        Assert.Equal(refused, result.Refused);
        Assert.Contains("a@y.co: 550 5.1.1 unknown", result.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_recipient_refused_with_a_4xx_among_them_is_transient()
    {
        var refused = new[] { new RefusedRecipient("a@y.co", "550 5.1.1 unknown"), new RefusedRecipient("b@y.co", "450 4.2.0 greylisted") };

        var result = SmtpFailureClassifier.Classify(new AllRecipientsRefusedException(refused), dataMayHaveStarted: false);

        Assert.Equal(DeliveryStatus.TransientFailure, result.Status);
    }

    [Fact]
    public void A_session_failure_is_transient_with_its_explanation()
    {
        var result = SmtpFailureClassifier.Classify(new SmtpSessionException("revise Mail:Smtp:Password"), dataMayHaveStarted: false);

        Assert.Equal(DeliveryStatus.TransientFailure, result.Status);
        Assert.Equal("revise Mail:Smtp:Password", result.Reply);
    }

    [Fact]
    public void A_message_MailKit_cannot_send_as_it_is_is_permanent()
    {
        var result = SmtpFailureClassifier.Classify(new InvalidOperationException("No recipients have been specified."), dataMayHaveStarted: false);

        Assert.Equal(DeliveryStatus.PermanentFailure, result.Status);
    }
}
