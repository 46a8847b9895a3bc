using System.Text.Json;
using Reminders.Core.Rules;
using Reminders.Worker.Cli;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Tests.Outbox;

public sealed class StoredNamesTests
{
    private static readonly JsonSerializerOptions OneLine = new(Json.Options) { WriteIndented = false };

    [Fact]
    public void Message_kinds_are_stored_as_the_documented_words()
    {
        Assert.Equal(["digest", "escalation", "follow-up"], new[] { MessageKind.Digest, MessageKind.Escalation, MessageKind.FollowUp }.Select(StoredNames.Of));
    }

    [Fact]
    public void Message_states_are_stored_as_the_documented_words()
    {
        Assert.Equal(["pending", "sent", "failed", "superseded"], new[] { OutboxState.Pending, OutboxState.Sent, OutboxState.Failed, OutboxState.Superseded }.Select(StoredNames.Of));
    }

    [Fact]
    public void Notification_states_and_kinds_are_stored_as_the_outbox_reads_them()
    {
        Assert.Equal(("pending", "superseded"), (StoredNames.Of(NotificationState.Pending), StoredNames.Of(NotificationState.Superseded)));
        Assert.Equal("OverdueFirst", StoredNames.Of(NotificationKind.OverdueFirst));
    }

    [Fact]
    public void A_stored_word_reads_back_as_its_kind_or_state()
    {
        Assert.Equal(MessageKind.FollowUp, StoredNames.Parse<MessageKind>("follow-up"));
        Assert.Equal(OutboxState.Superseded, StoredNames.Parse<OutboxState>("superseded"));
    }

    [Fact]
    public void A_word_the_outbox_never_stores_is_refused()
    {
        Assert.Throws<FormatException>(() => StoredNames.Parse<MessageKind>("FollowUp"));
        Assert.Throws<ArgumentOutOfRangeException>(() => StoredNames.Of((OutboxState)9));
    }

    [Fact]
    public void Kinds_and_states_are_written_in_json_output_as_their_stored_words()
    {
        Assert.Equal("""{"kind":"follow-up","state":"failed"}""", JsonSerializer.Serialize(new { kind = MessageKind.FollowUp, state = OutboxState.Failed }, OneLine));
    }
}
