using System.Text.RegularExpressions;

namespace Reminders.Core.Text;

/// <summary>White space as people type it in cells and names: runs of spaces, tabs and line breaks.</summary>
internal static partial class Spaces
{
    /// <summary>Every run of white space as one space, trimmed: <c>" Oficina \n de  Control "</c> becomes <c>"Oficina de Control"</c>.</summary>
    public static string Squeeze(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
