using System.Reflection;
using Reminders.Core.Options;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;
using Reminders.Worker.Intake;
using Reminders.Worker.Jobs;
using Reminders.Worker.Mail;

namespace Reminders.Worker;

/// <summary>
/// Finds settings that nothing reads: a key under one of the service's sections that no option takes, such as
/// <c>Mail:RateLimitPerMinut</c> or <c>Reminders:LeadDayz</c>. The configuration binder ignores them, so a misspelt
/// setting would silently keep its default; each becomes one Spanish line naming the key and the nearest known names.
/// Only the service's own sections are looked at: <c>Logging</c>, <c>Quartz</c> and the rest of the environment are not.
/// </summary>
internal static class UnknownSettings
{
    /// <summary>Each section the service reads, with the class that takes its keys.</summary>
    private static readonly (string Path, Type Type)[] Sections =
    [
        (RemindersOptions.SectionName, typeof(RemindersOptions)),
        (SchedulesOptions.Section, typeof(SchedulesOptions)),
        (ClusterOptions.Section, typeof(ClusterOptions)),
        (DatabaseOptions.Section, typeof(DatabaseOptions)),
        (ImportOptions.Section, typeof(ImportOptions)),
        (MailOptions.Section, typeof(MailOptions)),
        (IntakeOptions.Section, typeof(IntakeOptions)),
        (ClockOptions.Section, typeof(ClockOptions)),
        ("Paths", typeof(PathsSection)),
    ];

    private static readonly HashSet<string> SectionPaths = new(Sections.Select(s => s.Path), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Find(IConfiguration configuration)
    {
        var unknown = new List<string>();
        foreach (var (path, type) in Sections)
        {
            Walk(configuration.GetSection(path), type, path, unknown, depth: 0);
        }

        return unknown;
    }

    private static void Walk(IConfigurationSection section, Type type, string path, List<string> unknown, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            var key = $"{path}:{child.Key}";
            if (SectionPaths.Contains(key))
            {
                continue; // A section of its own (Mail:Intake), looked at with its own class.
            }

            if (properties.TryGetValue(child.Key, out var property))
            {
                Inspect(child, property.PropertyType, key, unknown, depth);
            }
            else
            {
                unknown.Add($"{key} no es un ajuste conocido y no se usa: revise cómo está escrito.{Suggestion(child.Key, properties.Keys)}");
            }
        }
    }

    private static void Inspect(IConfigurationSection section, Type type, string key, List<string> unknown, int depth)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || target.IsPrimitive || target.IsEnum || target.IsValueType)
        {
            return;
        }

        if (OptionTypes.ItemType(target) is { } element)
        {
            foreach (var item in section.GetChildren())
            {
                Inspect(item, element, $"{key}:{item.Key}", unknown, depth + 1);
            }

            return;
        }

        if (target.IsClass)
        {
            Walk(section, target, key, unknown, depth + 1);
        }
    }

    /// <summary>" ¿Quiso decir «LeadDays»?" for the known name nearest a misspelt one, when it is near enough; else "".</summary>
    private static string Suggestion(string key, IEnumerable<string> known)
    {
        var nearest = known
            .Select(name => (Name: name, Distance: Quickenshtein.Levenshtein.GetDistance(key.ToUpperInvariant(), name.ToUpperInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (nearest.Name is not null && nearest.Distance <= Math.Max(2, key.Length / 3))
        {
            return $" ¿Quiso decir «{nearest.Name}»?";
        }

        // A part of the name left out or added (ClosedDays for ExtraClosedDays).
        var containing = known.Where(name => name.Contains(key, StringComparison.OrdinalIgnoreCase) || key.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).FirstOrDefault();
        return containing is null ? "" : $" ¿Quiso decir «{containing}»?";
    }

    /// <summary>The keys of <c>Paths</c>, which is read by name (<see cref="AppPaths.From"/>), not bound.</summary>
    private sealed class PathsSection
    {
        public string? DataDirectory { get; set; }
    }
}
