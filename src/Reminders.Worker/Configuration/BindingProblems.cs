using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Reminders.Worker.Configuration;

/// <summary>
/// Finds the configuration values the binder could not convert to their option's type (an unknown enum name, a number
/// out of range, a word where a number goes), each as one Spanish line naming the key and, where the option has one, its
/// default value (what a valid value looks like), before the binder's own exception. The allowed range of a number is the
/// option validator's to say, once the value is a number (README.md, "Configuración").
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
        Walk(section, type, path, problems, depth: 0, Defaults(type));
        return problems;
    }

    /// <param name="defaults">
    /// An instance of <paramref name="type"/> as the binder starts from (its defaults), or null inside a list's items: a new
    /// item's defaults are not what the list holds by default, so none is named there.
    /// </param>
    private static void Walk(IConfiguration section, Type type, string path, List<(string Key, string Message)> problems, int depth, object? defaults)
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
            // A nested options class the defaults leave null is bound into a new instance: its defaults are that instance's.
            var defaultValue = defaults is null ? null : property.GetValue(defaults) ?? Defaults(property.PropertyType);
            CheckValue(child, property.PropertyType, $"{path}:{property.Name}", problems, depth, defaultValue);
        }
    }

    private static void CheckValue(
        IConfigurationSection section, Type type, string key, List<(string Key, string Message)> problems, int depth, object? defaultValue)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(target))
        {
            if (section.Value is { } value && Problem(value, target) is { } problem)
            {
                problems.Add((key, $"{key}: «{value}» {problem}{DefaultHint(defaultValue)}."));
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
                CheckValue(item, element, $"{key}:{item.Key}", problems, depth + 1, defaultValue: null);
            }

            return;
        }

        if (target.IsClass)
        {
            Walk(section, target, key, problems, depth + 1, defaultValue);
        }
    }

    /// <summary>A new instance of an options class, whose properties hold its defaults; null when it has no parameterless constructor.</summary>
    private static object? Defaults(Type type)
    {
        if (!type.IsClass || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        try
        {
            return Activator.CreateInstance(type);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    /// <summary>"; el valor por defecto es 1": what a valid value looks like, written as the configuration takes it.</summary>
    private static string DefaultHint(object? value) => value switch
    {
        bool b => b ? "; el valor por defecto es true" : "; el valor por defecto es false",
        TimeSpan t => string.Create(CultureInfo.InvariantCulture, $"; el valor por defecto es {t:c}"),
        Enum e => $"; el valor por defecto es {e}",
        IFormattable f => string.Create(CultureInfo.InvariantCulture, $"; el valor por defecto es {f}"),
        _ => "",
    };

    private static bool IsScalar(Type type) =>
        type.IsEnum || type.IsPrimitive || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(DateOnly) || type == typeof(TimeOnly);

    /// <summary>Why <paramref name="value"/> is not a <paramref name="type"/>, or null when the binder accepts it.</summary>
    private static string? Problem(string value, Type type)
    {
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            var known = names.Any(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
            return known ? null : $"no es un valor válido; use {Words.Or(names)}";
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
            return type == typeof(bool) ? "no es un valor válido; use true o false"
                : type == typeof(int) || type == typeof(long) ? "no es un número entero que este ajuste admita (solo cifras)"
                : type == typeof(TimeSpan) ? "no es una duración válida (hh:mm:ss)"
                : $"no es un valor válido para este ajuste ({type.Name})";
        }
    }
}
