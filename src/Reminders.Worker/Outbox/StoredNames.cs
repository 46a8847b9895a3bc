using System.Text.Json;
using Reminders.Core.Rules;

namespace Reminders.Worker.Outbox;

/// <summary>
/// The one mapping between typed kinds and states and the words the outbox stores (and <c>outbox list</c>,
/// <c>preview --json</c> show): the member's name in kebab case, <c>FollowUp</c> → <c>follow-up</c>.
/// </summary>
public static class StoredNames
{
    /// <summary>A message kind, a message state or a notification state as stored: <c>digest</c>, <c>pending</c>, <c>superseded</c>, …</summary>
    public static string Of<T>(T value)
        where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    /// <summary>The rule's name as stored: <c>DueSoon</c>, <c>OverdueFirst</c>, …</summary>
    public static string Of(NotificationKind kind) => kind.ToString();

    /// <summary>The kind or state a stored word names.</summary>
    public static T Parse<T>(string stored)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Of(value), stored, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new FormatException($"«{stored}» is not a stored {typeof(T).Name}.");
    }

    /// <summary>Each member's stored word, converted once per type rather than once per row written.</summary>
    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().Distinct()
            .ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));
    }
}
