using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class MessageIdsTests
{
    [Fact]
    public void The_same_key_always_gives_the_same_id() =>
        Assert.Equal(MessageIds.FromKey("digest|7|2022-02-03", "ejemplo.gov.co"), MessageIds.FromKey("digest|7|2022-02-03", "ejemplo.gov.co"));

    [Fact]
    public void Different_keys_give_different_ids() =>
        Assert.NotEqual(MessageIds.FromKey("digest|7|2022-02-03", "ejemplo.gov.co"), MessageIds.FromKey("digest|7|2022-02-04", "ejemplo.gov.co"));

    [Fact]
    public void The_id_is_32_hex_digits_of_the_key_hash_at_the_senders_domain()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223@ejemplo.gov.co", MessageIds.FromKey("abc", "Ejemplo.GOV.co"));
    }

    [Fact]
    public void A_preview_copy_gets_an_id_of_its_own()
    {
        Assert.NotEqual(MessageIds.FromKey("abc", "ejemplo.gov.co"), MessageIds.ForPreview("abc", "ejemplo.gov.co"));
        Assert.EndsWith("@ejemplo.gov.co", MessageIds.ForPreview("abc", "ejemplo.gov.co"), StringComparison.Ordinal);
    }
}
