using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Reminders.Worker.Configuration;

/// <summary>
/// Finds the configuration values the binder could not convert to their option's type (an unknown enum name, a number
/// out of range, a word where a number goes), each as one Spanish line naming the key, before the binder's own exception.
/// </summary>
public static class BindingProblems
{
    /// <summary>Every value under <paramref name="section"/> that does not convert to the matching property of <paramref name="type"/>.</summary>
    public static IReadOnlyList<string> Find(IConfiguration section, Type type, string path) =>
        [.. FindByKey(section, type, path).Select(p => p.Message)];

    /// <summary>As <see cref="Find"/>, with the full key (<c>Mail:Delivery</c>) of each value.</summary>
    public static IReadOnlyList<(string Key, string Message)> FindByKey(IConfiguration section, Type type, string path)
    {
        var problems = new List<(string Key, string Message)>();
        Walk(section, type, path, problems, depth: 0);
        return problems;
    }

    private static void Walk(IConfiguration section, Type type, string path, List<(string Key, string Message)> problems, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var child = section.GetSection(property.Name);
            CheckValue(child, property.PropertyType, $"{path}:{property.Name}", problems, depth);
        }
    }

    private static void CheckValue(IConfigurationSection section, Type type, string key, List<(string Key, string Message)> problems, int depth)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(target))
        {
            if (section.Value is { } value && Problem(value, target) is { } problem)
            {
                problems.Add((key, $"{key}: «{value}» {problem}"));
            }

            return;
        }

        if (target == typeof(string))
        {
            return;
        }

        if (OptionTypes.ItemType(target) is { } element)
        {
            foreach (var item in section.GetChildren())
            {
                CheckValue(item, element, $"{key}:{item.Key}", problems, depth + 1);
            }

            return;
        }

        if (target.IsClass)
        {
            Walk(section, target, key, problems, depth + 1);
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsEnum || type.IsPrimitive || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(DateOnly) || type == typeof(TimeOnly);

    /// <summary>Why <paramref name="value"/> is not a <paramref name="type"/>, or null when the binder accepts it.</summary>
    private static string? Problem(string value, Type type)
    {
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            var known = names.Any(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
            return known ? null : $"no es un valor válido; use {Words.Or(names)}.";
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return null; // The binder leaves the default for an empty value.
        }

        try
        {
            _ = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return type == typeof(bool) ? "no es un valor válido; use true o false."
                : type == typeof(int) ? string.Create(CultureInfo.InvariantCulture, $"no es un número entero válido (entre {int.MinValue} y {int.MaxValue}).")
                : type == typeof(TimeSpan) ? "no es una duración válida (hh:mm:ss)."
                : $"no es un valor válido para este ajuste ({type.Name}).";
        }
    }
}
