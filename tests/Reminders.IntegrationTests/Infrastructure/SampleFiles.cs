using System.Text;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>The reference plan (samples/), its offices, and copies of it changed for a test.</summary>
public static class SampleFiles
{
    public const string Name = "paac-2022-componente-3-rendicion-de-cuentas.tsv";

    public const string Entity = "Alcaldía de Ejemplo";

    /// <summary>The sample's four offices and the addresses the tests give them: (name, mailbox, head).</summary>
    public static readonly (string Name, string Email, string Head)[] Offices =
    [
        ("Secretaría de Planeación", "planeacion@ejemplo.gov.co", "jefe.planeacion@ejemplo.gov.co"),
        ("Oficina Comunicaciones", "prensa@ejemplo.gov.co", "jefe.prensa@ejemplo.gov.co"),
        ("Gobierno Digital", "tic@ejemplo.gov.co", "jefe.tic@ejemplo.gov.co"),
        ("Control Interno", "control@ejemplo.gov.co", "jefe.control@ejemplo.gov.co"),
    ];

    public const string Coordinator = "coordinacion@ejemplo.gov.co";

    public const string ControlInterno = "ci@ejemplo.gov.co";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", Name);

    public static string Text => File.ReadAllText(Path, Encoding.UTF8);

    /// <summary>The sample's lines, without line breaks (line 1 of the file is index 0).</summary>
    public static List<string> Lines => [.. Text.Split('\n').Select(l => l.TrimEnd('\r'))];

    /// <summary>Writes <paramref name="lines"/> as a UTF-8 tab-separated file in <paramref name="directory"/>.</summary>
    public static string Write(string directory, string name, IEnumerable<string> lines)
    {
        var path = System.IO.Path.Combine(directory, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>The 1-based file line of activity <paramref name="number"/> (written <c>1,1</c> in the file).</summary>
    public static int LineOf(IReadOnlyList<string> lines, string number)
    {
        var cell = number.Replace('.', ',');
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Split('\t');
            if (cells.Length > 1 && cells[1] == cell)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"activity {number} is not in the sample", nameof(number));
    }

    /// <summary>Replaces one tab-separated cell (0-based column) of activity <paramref name="number"/>.</summary>
    public static void SetCell(List<string> lines, string number, int column, string value)
    {
        var index = LineOf(lines, number) - 1;
        var cells = lines[index].Split('\t');
        cells[column] = value;
        lines[index] = string.Join('\t', cells);
    }

    /// <summary>Imports the sample, gives every office an address and a head, and sets the entity's roles.</summary>
    public static async Task ConfigureAsync(CliRunner cli, string? plan = null)
    {
        await cli.SucceedAsync("import", plan ?? Path);
        foreach (var (name, email, head) in Offices)
        {
            await cli.SucceedAsync("offices", "set", name, "--email", email, "--head", head);
        }

        await cli.SucceedAsync("entities", "set", Entity, "--coordinator", Coordinator, "--control-interno", ControlInterno);
    }
}
