using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Intake;

/// <summary>
/// The reference plan configured once (offices with addresses and heads, the entity's roles) plus the same plan for a
/// second entity; each test works on its own copy of the database.
/// </summary>
public sealed class IntakePlan : IAsyncLifetime
{
    public const string OtherEntity = "Gobernación de Prueba";

    public CliRunner Cli { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await SampleFiles.ConfigureAsync(Cli);
        await Cli.SucceedAsync("import", SampleFiles.Path, "--entity", OtherEntity);
        await Cli.SucceedAsync("offices", "set", "Secretaría de Planeación", "--entity", OtherEntity, "--email", "planeacion@prueba.gov.co");
    }

    /// <summary>A new data folder holding a copy of the configured database.</summary>
    public string Copy()
    {
        var directory = TempDirectory.Create();
        foreach (var file in Directory.GetFiles(Cli.DataDirectory, "reminders.db*"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    public ValueTask DisposeAsync()
    {
        Cli.Dispose();
        return ValueTask.CompletedTask;
    }
}
