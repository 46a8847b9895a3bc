using Microsoft.Extensions.Configuration;
using Reminders.Worker.Configuration;

namespace Reminders.Worker.Tests.Configuration;

public sealed class ConfigurationFileErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("appsettings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_colon_names_the_file_and_the_line_and_column_counted_from_one()
    {
        var failure = Load("{\n  \"Mail\": {\n    \"From\" \"paac@entidad.gov.co\"\n  }\n}\n");

        var line = ConfigurationFileError.Describe(failure);

        Assert.NotNull(line);
        Assert.Contains(Path.Combine(_folder, "appsettings.json"), line, StringComparison.Ordinal);
        Assert.Contains("no es JSON válido: línea 3, columna 12", line, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_comma_is_placed_on_the_line_of_the_setting_after_it()
    {
        var failure = Load("{\n  \"Mail\": {\n    \"From\": \"paac@entidad.gov.co\"\n    \"RateLimitPerMinute\": 30\n  }\n}\n");

        Assert.Contains("línea 4, columna 5", ConfigurationFileError.Describe(failure), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_written_twice_is_named()
    {
        var failure = Load("{\n  \"Mail\": { \"From\": \"a@b.gov.co\", \"From\": \"c@d.gov.co\" }\n}\n");

        var line = ConfigurationFileError.Describe(failure);

        Assert.NotNull(line);
        Assert.Contains("Mail:From", line, StringComparison.Ordinal);
        Assert.Contains("una sola vez", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_failures_are_not_taken_for_a_configuration_file()
    {
        Assert.Null(ConfigurationFileError.Describe(new InvalidDataException("Failed to read the archive.", new IOException("disk"))));
        Assert.Null(ConfigurationFileError.Describe(new FormatException("not a number")));
    }

    private Exception Load(string json)
    {
        var path = Path.Combine(_folder, "appsettings.json");
        File.WriteAllText(path, json);
        return Assert.ThrowsAny<Exception>(() => new ConfigurationBuilder().AddJsonFile(path, optional: false).Build());
    }
}
