using Reminders.Core.Plans;

namespace Reminders.Core.Tests.Plans;

public class KnownOfficesTests
{
    private readonly KnownOffices offices = new(["Gerencia", "SIAU", "Lider Control Interno", "Oficina Jurídica", "OAJ"]);

    [Theory]
    [InlineData("Gerencia SIAU", new[] { "Gerencia", "SIAU" })]
    [InlineData("SIAU Gerencia", new[] { "SIAU", "Gerencia" })]
    [InlineData("Gerencia y SIAU", new[] { "Gerencia", "SIAU" })]
    [InlineData("Gerencia, SIAU", new[] { "Gerencia", "SIAU" })]
    [InlineData("gerencia, oficina juridica y SIAU", new[] { "gerencia", "oficina juridica", "SIAU" })]
    [InlineData("Gerencia OAJ", new[] { "Gerencia", "OAJ" })]
    public void Splits_a_piece_whose_every_part_is_a_known_office_or_alias(string cell, string[] expected)
    {
        Assert.Equal(expected, offices.Expand([cell]));
    }

    [Theory]
    [InlineData("Lider Control Interno")]
    [InlineData("Gerencia Financiera")]
    [InlineData("Gerencia y Talento Humano")]
    [InlineData("Gerencia")]
    public void Keeps_whole_a_known_office_or_a_piece_with_an_unknown_part(string cell)
    {
        Assert.Equal([cell], offices.Expand([cell]));
    }

    [Fact]
    public void Drops_an_office_repeated_by_the_split()
    {
        Assert.Equal(["SIAU", "Gerencia"], offices.Expand(["SIAU", "Gerencia SIAU"]));
    }
}
