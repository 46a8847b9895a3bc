using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// The token in a reply link's subject: HMAC-SHA256 with the configured secret over the entity, the office and the
/// activity, first 24 hex digits. Only the service can make one; changing the activity or office id in a subject breaks
/// it. The subject reads <c>Cumplimiento 1.4 [paac:30-7-0a1b2c…]</c>; the reference survives "RE:" and "AW:" prefixes.
/// </summary>
public static partial class ReplyToken
{
    public const int Length = 24;

    /// <summary>The token for <paramref name="officeId"/> reporting on <paramref name="activityId"/> of <paramref name="entity"/>.</summary>
    public static string For(string secret, string entity, long officeId, long activityId)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return For(Encoding.UTF8.GetBytes(secret), entity, officeId, activityId);
    }

    /// <inheritdoc cref="For(string, string, long, long)"/>
    /// <param name="key">The secret in UTF-8.</param>
    internal static string For(ReadOnlySpan<byte> key, string entity, long officeId, long activityId)
    {
        var data = string.Create(CultureInfo.InvariantCulture, $"{entity.Trim().ToUpperInvariant()}|{officeId}|{activityId}");
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data), mac);
        return Convert.ToHexStringLower(mac[..(Length / 2)]);
    }

    /// <summary>True when <paramref name="reference"/>'s token is the one the service made for its office and activity.</summary>
    public static bool IsValid(string secret, string entity, ReplyReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var expected = Encoding.ASCII.GetBytes(For(secret, entity, reference.OfficeId, reference.ActivityId));
        var given = Encoding.ASCII.GetBytes(reference.Token.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The subject of a reply link: "Cumplimiento 1.4 [paac:30-7-token]".</summary>
    public static string Subject(ReplyKind kind, string number, long activityId, long officeId, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"{Word(kind)} {number} [paac:{activityId}-{officeId}-{token}]");

    /// <summary>Reads the reference out of a reply's subject; false when it holds none.</summary>
    public static bool TryParse(string? subject, out ReplyReference? reference)
    {
        reference = null;
        var match = Pattern().Match(subject ?? "");
        if (!match.Success)
        {
            return false;
        }

        var kind = match.Groups["kind"].Value.Equals(Word(ReplyKind.Progress), StringComparison.OrdinalIgnoreCase) ? ReplyKind.Progress : ReplyKind.Completion;
        if (!long.TryParse(match.Groups["activity"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var activity)
            || !long.TryParse(match.Groups["office"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var office))
        {
            return false;
        }

        reference = new ReplyReference(kind, activity, office, match.Groups["token"].Value);
        return true;
    }

    private static string Word(ReplyKind kind) => kind == ReplyKind.Progress ? "Avance" : "Cumplimiento";

    [GeneratedRegex(@"(?<kind>Cumplimiento|Avance)\b.*?\[paac:(?<activity>\d{1,18})-(?<office>\d{1,18})-(?<token>[0-9A-Fa-f]{1,64})\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
