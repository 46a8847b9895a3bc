using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class MessageIdsTests
{
    [Fact]
    public void The_same_key_always_gives_the_same_id() =>
        Assert.Equal(MessageIds.FromKey("digest|7|2022-02-03"), MessageIds.FromKey("digest|7|2022-02-03"));

    [Fact]
    public void Different_keys_give_different_ids() =>
        Assert.NotEqual(MessageIds.FromKey("digest|7|2022-02-03"), MessageIds.FromKey("digest|7|2022-02-04"));

    [Fact]
    public void The_id_is_32_hex_digits_of_the_key_hash_at_the_reminders_domain()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223@reminders.paac", MessageIds.FromKey("abc"));
    }
}
