using System.Text;
using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public sealed class OfficeDirectoryReaderTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void A_windows_1252_file_keeps_its_accents_as_plan_files_do()
    {
        var bytes = Windows1252.GetBytes("oficina;correos;jefe\r\nSecretaría de Planeación;planeacion@alcaldia.gov.co;jefe@alcaldia.gov.co\r\n");

        var result = OfficeDirectoryReader.Read(bytes, "oficinas.csv");

        Assert.Empty(result.Errors);
        var office = Assert.Single(result.Changes);
        Assert.Equal("Secretaría de Planeación", office.Name);
        Assert.Equal(["planeacion@alcaldia.gov.co"], office.Emails);
        Assert.Equal("jefe@alcaldia.gov.co", office.HeadEmail);
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_finds_its_header()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("oficina,correos,alias,idioma\nComunicaciones,\"prensa@x.gov.co|web@x.gov.co\",Prensa|Medios,EN\n")];

        var office = Assert.Single(OfficeDirectoryReader.Read(bytes, "oficinas.csv").Changes);

        Assert.Equal("Comunicaciones", office.Name);
        Assert.Equal(["prensa@x.gov.co", "web@x.gov.co"], office.Emails);
        Assert.Equal(["Prensa", "Medios"], office.Aliases);
        Assert.Equal("en", office.Language);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("oficina;correos;jefe;idioma\n;a@x.gov.co;;\nTIC;tic.x.gov.co;;\nPrensa;;jefe@x;\nJurídica;;;fr\nBien;bien@x.gov.co;;\n");

        var result = OfficeDirectoryReader.Read(bytes, "/datos/oficinas.csv");

        Assert.Equal(
            [
                "oficinas.csv, línea 2: falta el nombre de la oficina",
                "oficinas.csv, línea 3: correos: «tic.x.gov.co» no es una dirección de correo válida (ejemplo: planeacion@alcaldia.gov.co).",
                "oficinas.csv, línea 4: jefe: «jefe@x» no es una dirección de correo válida (ejemplo: planeacion@alcaldia.gov.co).",
                "oficinas.csv, línea 5: idioma «fr»; se esperaba es o en",
            ],
            result.Errors);
    }

    [Fact]
    public void A_column_no_header_names_is_refused_at_the_header_instead_of_being_ignored()
    {
        var result = OfficeDirectoryReader.Read(
            Encoding.UTF8.GetBytes("oficina,correos,jefe,alias,idoma\nControl Interno,ci@x.gov.co,jefe.ci@x.gov.co,,en\n"), "oficinas.csv");

        Assert.Equal(
            ["oficinas.csv, línea 1: la columna «idoma» no es ninguna de las que lee este archivo (oficina, correos, jefe, alias o idioma); corrija su nombre o quítela."],
            result.Errors);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void A_file_without_an_office_column_is_refused_at_its_header()
    {
        var result = OfficeDirectoryReader.Read(Encoding.UTF8.GetBytes("correos;jefe\na@x.gov.co;b@x.gov.co\n"), "oficinas.csv");

        Assert.Equal(["oficinas.csv, línea 1: falta la columna «oficina» en el encabezado (se esperaba oficina;correos;jefe;alias;idioma)."], result.Errors);
        Assert.Empty(result.Changes);
    }
}
