namespace Reminders.Worker.Configuration;

/// <summary>
/// Reads secrets passed with systemd's <c>LoadCredential=</c>/<c>SetCredential=</c>: each file in
/// <c>$CREDENTIALS_DIRECTORY</c> named like <c>Mail__Smtp__Password</c> becomes the key <c>Mail:Smtp:Password</c>.
/// </summary>
public static class SystemdCredentialsExtensions
{
    public const string DirectoryVariable = "CREDENTIALS_DIRECTORY";

    /// <summary>Adds the credentials directory when the variable is set; does nothing otherwise.</summary>
    public static IConfigurationBuilder AddSystemdCredentials(this IConfigurationBuilder builder) =>
        builder.AddSystemdCredentials(Environment.GetEnvironmentVariable(DirectoryVariable));

    /// <summary>Adds <paramref name="directory"/> (if not empty) as key-per-file configuration.</summary>
    public static IConfigurationBuilder AddSystemdCredentials(this IConfigurationBuilder builder, string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return builder;
        }

        return builder.AddKeyPerFile(source =>
        {
            source.FileProvider = Directory.Exists(directory)
                ? new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetFullPath(directory))
                : null;
            source.Optional = true;
            source.SectionDelimiter = "__";
        });
    }
}
