namespace Reminders.Worker.Configuration;

/// <summary>Spanish enumerations for messages: "A, B o C".</summary>
public static class Words
{
    public static string Or(IReadOnlyList<string> items) => Join(items, "o");

    public static string And(IReadOnlyList<string> items) => Join(items, "y");

    private static string Join(IReadOnlyList<string> items, string last) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {last} {items[^1]}",
    };
}
