using Microsoft.Extensions.Configuration;
using Reminders.Worker.Configuration;

namespace Reminders.Worker.Tests.Configuration;

public sealed class SystemdCredentialsExtensionsTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("credentials-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void A_credential_file_named_with_double_underscores_becomes_the_nested_key()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "Mail__Smtp__Password"), "s3creta\n");

        var configuration = new ConfigurationBuilder().AddSystemdCredentials(_directory.FullName).Build();

        Assert.Equal("s3creta", configuration["Mail:Smtp:Password"]);
    }

    [Fact]
    public void A_credential_overrides_an_earlier_source()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "Mail__Smtp__Password"), "de-systemd");

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Smtp:Password"] = "de-appsettings" })
            .AddSystemdCredentials(_directory.FullName)
            .Build();

        Assert.Equal("de-systemd", configuration["Mail:Smtp:Password"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/nonexistent/credentials")]
    public void Without_a_credentials_directory_nothing_is_added(string? directory)
    {
        var configuration = new ConfigurationBuilder().AddSystemdCredentials(directory).Build();

        Assert.Null(configuration["Mail:Smtp:Password"]);
    }
}
