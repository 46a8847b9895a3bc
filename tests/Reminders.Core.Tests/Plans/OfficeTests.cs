using Reminders.Core.Plans;

namespace Reminders.Core.Tests.Plans;

public sealed class OfficeTests
{
    private static readonly Office Communications = new(
        1, "Alcaldía", "Oficina de Comunicaciones", ["Oficina Comunicaciones", "Prensa"], ["prensa@x.gov.co"], null, "es");

    [Theory]
    [InlineData("Oficina de Comunicaciones")]
    [InlineData("OFICINA  DE COMUNICACIONES")]
    [InlineData("oficina comunicaciones")]
    [InlineData("prensa")]
    public void An_office_is_named_by_its_name_or_an_alias_whatever_the_case_accents_or_spacing(string name) =>
        Assert.True(Communications.IsNamed(name));

    [Theory]
    [InlineData("Comunicaciones")]
    [InlineData("Oficina de Prensa")]
    public void An_office_is_not_named_by_part_of_its_name(string name) => Assert.False(Communications.IsNamed(name));
}
