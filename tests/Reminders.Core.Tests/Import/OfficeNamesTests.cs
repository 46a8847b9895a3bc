using Reminders.Core.Plans;

namespace Reminders.Core.Tests.Import;

public class OfficeNamesTests
{
    [Theory]
    [InlineData("Gobierno Digital - Oficina Comunicaciones", new[] { "Gobierno Digital", "Oficina Comunicaciones" })]
    [InlineData("Gobierno Digital – Oficina Comunicaciones", new[] { "Gobierno Digital", "Oficina Comunicaciones" })]
    [InlineData("Gobierno Digital/Oficina Comunicaciones", new[] { "Gobierno Digital", "Oficina Comunicaciones" })]
    [InlineData("Gobierno Digital; Oficina Comunicaciones", new[] { "Gobierno Digital", "Oficina Comunicaciones" })]
    [InlineData("* Gobierno Digital * Oficina Comunicaciones", new[] { "Gobierno Digital", "Oficina Comunicaciones" })]
    [InlineData("• Gobierno Digital\n• Oficina Comunicaciones", new[] { "Gobierno Digital", "Oficina Comunicaciones" })]
    [InlineData("Gobierno Digital\r\nOficina Comunicaciones\n\n", new[] { "Gobierno Digital", "Oficina Comunicaciones" })]
    [InlineData("- Gobierno Digital\n- Control Interno.", new[] { "Gobierno Digital", "Control Interno" })]
    [InlineData("  Control   Interno  ", new[] { "Control Interno" })]
    public void Splits_a_responsable_cell_into_offices(string cell, string[] expected)
    {
        Assert.Equal(expected, OfficeNames.Split(cell));
    }

    [Fact]
    public void Never_splits_on_y_nor_on_a_hyphen_inside_a_word()
    {
        Assert.Equal(["Secretaría de Planeación y Desarrollo"], OfficeNames.Split("Secretaría de Planeación y Desarrollo"));
        Assert.Equal(["Oficina Socio-Cultural", "Control Interno"], OfficeNames.Split("Oficina Socio-Cultural - Control Interno"));
    }

    [Fact]
    public void Drops_empty_pieces_and_duplicates_keeping_the_first_spelling()
    {
        Assert.Equal(
            ["Secretaría de Planeación", "Control Interno"],
            OfficeNames.Split("Secretaría de Planeación - ; SECRETARIA DE PLANEACION / Control Interno - "));
        Assert.Empty(OfficeNames.Split(" - / ; "));
        Assert.Empty(OfficeNames.Split(null));
    }

    [Theory]
    [InlineData("Secretaria de Planeacion", "SECRETARÍA  DE PLANEACIÓN")]
    [InlineData("Secretaría de Planeación", " secretaría de planeación. ")]
    [InlineData("Oficina de Control Interno", "Oficina de\tControl\nInterno")]
    [InlineData("Secretaría de Educación (SED)", "Secretaria de Educacion ( SED )")]
    [InlineData("Oficina Jurídica, Contratación", "oficina juridica ,contratacion")]
    public void Normalizes_names_that_differ_in_accents_case_and_spacing_to_the_same_key(string a, string b)
    {
        Assert.Equal(OfficeNames.Normalize(a), OfficeNames.Normalize(b));
    }

    [Fact]
    public void Normalize_gives_a_lower_case_key_without_accents()
    {
        Assert.Equal("secretaria de planeacion", OfficeNames.Normalize("  SECRETARÍA  DE PLANEACIÓN "));
        Assert.NotEqual(OfficeNames.Normalize("Control Interno"), OfficeNames.Normalize("Control Interno Disciplinario"));
    }
}
