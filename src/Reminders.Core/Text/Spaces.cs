using System.Text.RegularExpressions;

namespace Reminders.Core.Text;

/// <summary>White space as people type it in cells and names: runs of spaces, tabs and line breaks.</summary>
internal static partial class Spaces
{
    /// <summary>Every run of white space as one space, trimmed: <c>" Oficina \n de  Control "</c> becomes <c>"Oficina de Control"</c>.</summary>
    public static string Squeeze(string text) => IsSqueezed(text) ? text : Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// True when the text has no white space but single plain spaces between other characters: then it is its own
    /// <see cref="Squeeze"/> (every character <c>\s</c> matches is white space to <see cref="char.IsWhiteSpace(char)"/>),
    /// and most cells are, so they skip the regular expression.
    /// </summary>
    private static bool IsSqueezed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
