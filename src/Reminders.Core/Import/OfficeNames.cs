using System.Globalization;
using System.Text;

namespace Reminders.Core.Import;

// Placeholder until the plan reader lands; the merge takes the reader's version.
public static class OfficeNames
{
    public static IReadOnlyList<string> Split(string responsable) =>
        responsable.Split([" - ", "/", ";", "\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Normalize(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
