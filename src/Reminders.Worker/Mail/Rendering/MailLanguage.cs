namespace Reminders.Worker.Mail.Rendering;

/// <summary>The two languages mail is written in: Spanish by default, English for offices set to <c>en</c>.</summary>
public static class MailLanguage
{
    public const string Spanish = "es";
    public const string English = "en";

    /// <summary>True for <c>en</c>, <c>en-US</c>, <c>EN</c>…; anything else reads as Spanish.</summary>
    public static bool IsEnglish(string? language) =>
        language is not null
        && (language.Equals(English, StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase));

    /// <summary>The language code templates are named by: <c>en</c> or <c>es</c>.</summary>
    public static string Normalize(string? language) => IsEnglish(language) ? English : Spanish;
}
