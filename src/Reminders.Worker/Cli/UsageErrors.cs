using System.CommandLine;
using Quickenshtein;

namespace Reminders.Worker.Cli;

/// <summary>
/// The usage errors of a command line, in Spanish: an unknown option or command is named once, with the closest known
/// one when there is a likely typo (<c>--emial</c> → <c>--email</c>), and the value after a misspelled option is not
/// reported as a second unknown argument.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var unmatched = result.UnmatchedTokens;
        var lines = new List<string>();
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (token.StartsWith('-'))
            {
                var names = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
                lines.Add($"opción desconocida «{token}» en «{Path(command)}».{Suggestion(token, names)}");
                if (i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-'))
                {
                    i++; // the misspelled option's value
                }

                continue;
            }

            var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            if (commands.Count > 0)
            {
                lines.Add($"«{token}» no es un comando de «{Path(command)}».{Suggestion(token, commands)}");
                break; // what follows belonged to the unknown command
            }

            lines.Add($"argumento de más «{token}» en «{Path(command)}».");
        }

        var tokens = unmatched.ToHashSet(StringComparer.Ordinal);
        lines.AddRange(result.Errors
            .Select(e => e.Message)
            .Where(m => !tokens.Any(t => m.Contains($"'{t}'", StringComparison.Ordinal))));
        return lines;
    }

    private static string Suggestion(string token, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Levenshtein.GetDistance(token.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, token.Length / 3) ? $" ¿Quiso decir «{best.Name}»?" : "";
    }

    private static string Path(Command command)
    {
        var names = new List<string>();
        for (var symbol = command; symbol is not null; symbol = symbol.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(symbol is RootCommand ? "reminders" : symbol.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
