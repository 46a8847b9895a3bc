using Reminders.Core.Text;

namespace Reminders.Core.Tests.Text;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("planeacion@alcaldia.gov.co")]
    [InlineData("jefe.tic@x.gov.co")]
    public void A_plain_address_with_a_dotted_host_is_valid(string address)
    {
        Assert.True(EmailAddress.IsValid(address));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("planeacion")]
    [InlineData("planeacion@alcaldia")]
    [InlineData("planeacion@.gov.co")]
    [InlineData("planeacion@alcaldia.gov.co.")]
    [InlineData(" planeacion@alcaldia.gov.co")]
    [InlineData("plan eacion@alcaldia.gov.co")]
    [InlineData("PAAC <paac@alcaldia.gov.co>")]
    [InlineData("@alcaldia.gov.co")]
    public void Anything_else_is_refused(string? address)
    {
        Assert.False(EmailAddress.IsValid(address));
    }

    [Fact]
    public void A_typed_list_splits_on_commas_semicolons_spaces_and_bars()
    {
        Assert.Equal(["a@x.gov.co", "b@x.gov.co", "c@x.gov.co", "d@x.gov.co"], EmailAddress.Split("a@x.gov.co, b@x.gov.co;c@x.gov.co | d@x.gov.co"));
    }
}
