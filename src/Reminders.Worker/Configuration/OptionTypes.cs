namespace Reminders.Worker.Configuration;

/// <summary>How an options property's type holds configuration keys, as the binder sees it.</summary>
internal static class OptionTypes
{
    /// <summary>
    /// The type of each child key when <paramref name="type"/> is a collection (a dictionary's values, an array's or a
    /// list's elements); null when it is a single value or an object of named properties.
    /// </summary>
    public static Type? ItemType(Type type)
    {
        var dictionary = type.IsGenericType
            ? type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            : null;
        return dictionary?.GetGenericArguments()[1]
            ?? (type.IsArray ? type.GetElementType()
                : type.IsGenericType && type.GetGenericArguments().Length == 1 ? type.GetGenericArguments()[0] : null);
    }
}
