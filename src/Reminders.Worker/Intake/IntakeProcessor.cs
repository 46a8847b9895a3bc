using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Core.Calendar;
using Reminders.Core.Plans;
using Reminders.Worker.Data;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Rendering;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Intake;

/// <summary>
/// Handles one message of the intake mailbox (docs/mail.md): a reply whose subject token is valid for its activity and
/// office, from one of that office's addresses or its head, records the completion or progress through the same
/// <see cref="ActivityStore"/> calls as <c>reminders activities done|progress</c> and is confirmed; anything else changes
/// nothing and is answered with the reason; automatic mail is never answered. Every step is keyed by the message, so a
/// message read twice (delivered twice, or a run stopped half-way) records and answers once.
/// </summary>
public sealed class IntakeProcessor(
    ActivityStore activities,
    OfficeStore offices,
    IntakeStore store,
    OutboxStore outbox,
    EntityClock clock,
    IOptions<MailOptions> mail,
    IOptions<IntakeOptions> intake,
    ILogger<IntakeProcessor> logger)
{
    /// <summary>Handles <paramref name="message"/>; returns what was done (<see cref="IntakeOutcome"/>), which decides the folder it goes to.</summary>
    public async Task<string> ProcessAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = KeyOf(message);
        var messageId = message.MessageId is null ? "(sin Message-ID)" : $"<{message.MessageId}>";
        var sender = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        var subject = message.Subject ?? "";
        if (await store.FindAsync(key, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            IntakeLog.Duplicate(logger, messageId, earlier.Outcome);
            return earlier.Outcome;
        }

        var record = new IntakeRecord { MessageId = messageId, Sender = sender, Subject = subject };
        if (AutomatedMail.Reason(message, OwnAddresses()) is { } automatic)
        {
            record.Outcome = IntakeOutcome.Ignored;
            record.Reason = automatic;
            await store.AddAsync(key, record, cancellationToken).ConfigureAwait(false);
            IntakeLog.Ignored(logger, messageId, sender, automatic);
            return record.Outcome;
        }

        var verdict = await JudgeAsync(message, sender, key, cancellationToken).ConfigureAwait(false);
        record.ActivityId = verdict.Activity?.Id;
        var today = clock.Today();
        string text;
        if (verdict.Refusal is null)
        {
            var (activity, office, body) = (verdict.Activity!, verdict.Office!, verdict.Body!);
            var progress = verdict.Reference!.Kind == ReplyKind.Progress;
            await RecordChangeAsync(activity, progress, body, today, new ChangeOrigin(sender, $"correo {messageId}", key), cancellationToken).ConfigureAwait(false);
            record.Outcome = IntakeOutcome.Recorded;
            record.Reason = $"{(progress ? "avance" : "cumplimiento")} de {activity.Component} {activity.Number} ({office.Name})";
            text = IntakeText.Confirmation(activity, office.Name, progress, body, today);
            IntakeLog.Recorded(logger, messageId, sender, record.Reason);
        }
        else
        {
            record.Outcome = IntakeOutcome.Rejected;
            record.Reason = verdict.Refusal;
            text = IntakeText.Rejection(subject, verdict.Refusal);
            IntakeLog.Rejected(logger, messageId, sender, verdict.Refusal);
        }

        await AnswerAsync(key, message, verdict, record.Outcome == IntakeOutcome.Recorded, text, today, cancellationToken).ConfigureAwait(false);
        await store.AddAsync(key, record, cancellationToken).ConfigureAwait(false);
        return record.Outcome;
    }

    /// <summary>The message's key: a hash of its Message-ID, or of its sender, date, subject and text when it has none.</summary>
    public static string KeyOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return MessageIds.Hash(message.MessageId is { } id
            ? "intake|" + id
            : $"intake-no-id|{message.From}|{message.Date:O}|{message.Subject}|{message.TextBody}");
    }

    private async Task<Verdict> JudgeAsync(MimeMessage message, string sender, string key, CancellationToken cancellationToken)
    {
        if (!ReplyToken.TryParse(message.Subject, out var reference) || reference is null)
        {
            return Verdict.Refuse(IntakeText.NoReference);
        }

        var activity = (await activities.LoadAsync(new ActivityFilter(Id: reference.ActivityId), cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        var office = (await offices.ListAsync(null, cancellationToken).ConfigureAwait(false)).SingleOrDefault(o => o.Id == reference.OfficeId);
        if (office is null || !ReplyToken.IsValid(mail.Value.Replies.Secret, office.Entity, reference))
        {
            return Verdict.Refuse(IntakeText.BadToken, reference);
        }

        if (activity is null)
        {
            return Verdict.Refuse(IntakeText.UnknownActivity, reference, office: office);
        }

        if (!Same(activity.Entity, office.Entity))
        {
            return Verdict.Refuse(IntakeText.OtherEntity, reference, null, office);
        }

        if (!activity.OfficeIds.Contains(office.Id))
        {
            return Verdict.Refuse(IntakeText.NotTheOfficesActivity, reference, activity, office);
        }

        if (!office.Emails.Append(office.HeadEmail ?? "").Any(a => a.Trim().Equals(sender, StringComparison.OrdinalIgnoreCase)))
        {
            return Verdict.Refuse(IntakeText.UnknownSender(sender, office.Name), reference, activity, office);
        }

        var body = ReplyBody.Of(message);

        // A run that stopped after recording the change but before recording the message reads it again: it is recorded.
        if (await store.ChangedAnActivityAsync(key, cancellationToken).ConfigureAwait(false))
        {
            return new Verdict(null, reference, activity, office, body);
        }

        var refusal = activity.State switch
        {
            ActivityState.Done => IntakeText.AlreadyDone(activity.CompletedOn),
            ActivityState.Cancelled => IntakeText.Cancelled,
            _ => body.IsEmpty ? IntakeText.NoEvidence : null,
        };
        return refusal is null ? new Verdict(null, reference, activity, office, body) : Verdict.Refuse(refusal, reference, activity, office);
    }

    private async Task RecordChangeAsync(Activity activity, bool progress, ReplyBody body, DateOnly today, ChangeOrigin origin, CancellationToken cancellationToken)
    {
        var filter = new ActivityFilter(Id: activity.Id);
        try
        {
            if (progress)
            {
                var note = body.Note.Length > 0 ? body.Note : "avance reportado por correo";
                await activities.AddProgressAsync(filter, today, note, body.Links.Count == 0 ? null : string.Join(" ", body.Links), origin, cancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                await activities.SetStateAsync(filter, ActivityState.Done, today, body.Evidence, origin, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ChangeAlreadyRecordedException)
        {
            // Another instance recorded this very message a moment ago; the answer below is keyed by it too.
        }
    }

    private async Task AnswerAsync(string key, MimeMessage original, Verdict verdict, bool recorded, string text, DateOnly today, CancellationToken cancellationToken)
    {
        // To the sender whose address was checked, never to a Reply-To it names.
        var to = original.From.Mailboxes.First();
        var from = MailboxAddress.Parse(mail.Value.From);
        var replyTo = string.IsNullOrWhiteSpace(mail.Value.Replies.Address) ? null : MailboxAddress.Parse(mail.Value.Replies.Address);
        var subject = IntakeText.Subject(recorded, original.Subject ?? "");
        var outboxKey = "intake|" + key;
        var entry = new OutboxMessage(
            outboxKey, recorded ? MessageKind.IntakeConfirmation : MessageKind.IntakeRejection, verdict.Activity?.Entity ?? verdict.Office?.Entity ?? "",
            verdict.Office?.Name, [to.Address], [], subject, today, verdict.Activity is { } a ? [Item(a, today)] : [], [],
            IntakeReply.Create(outboxKey, from, replyTo, to, original, subject, text, clock.Now));
        try
        {
            await outbox.RecordAsync([entry], [], today, cancellationToken).ConfigureAwait(false);
        }
        catch (DuplicateKeyException)
        {
            // Answered already (the same message read twice).
        }
    }

    /// <summary>The activity a reply was about, as the outbox lists it.</summary>
    private static MessageItem Item(Activity activity, DateOnly today) => activity.Schedule.Due is { } due
        ? new MessageItem(activity.Number.ToString(), activity.Component, due < today ? "overdue" : "due-soon",
            due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), due.DayNumber - today.DayNumber)
        : new MessageItem(activity.Number.ToString(), activity.Component, "ongoing", null, null);

    private IEnumerable<string> OwnAddresses()
    {
        foreach (var text in new[] { mail.Value.From, mail.Value.Replies.Address, intake.Value.UserName })
        {
            if (MailboxAddress.TryParse(text ?? "", out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal))
            {
                yield return mailbox.Address;
            }
        }
    }

    private static bool Same(string a, string b) => OfficeNames.Normalize(a) == OfficeNames.Normalize(b);
}
