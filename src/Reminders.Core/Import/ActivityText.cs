using Reminders.Core.Text;

namespace Reminders.Core.Import;

/// <summary>The identity of an activity a table does not number: its text, ignoring case, accents, spacing and punctuation.</summary>
public static class ActivityText
{
    /// <summary><c>Divulgar  la información.</c> and <c>divulgar la informacion</c> give the same key.</summary>
    public static string Key(string text) => TextKey.Compact(text ?? string.Empty);
}
