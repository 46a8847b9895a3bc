namespace Reminders.Core.Import;

/// <summary>How reading a Spanish date went.</summary>
public enum SpanishDateStatus
{
    /// <summary>A due date or an ongoing duty was read.</summary>
    Parsed,

    /// <summary>The text is not a date form that is recognised.</summary>
    Unreadable,

    /// <summary>The text has the form of a date that does not exist (<c>31 de febrero de 2022</c>).</summary>
    Impossible,

    /// <summary>The date names no year and no plan year was given.</summary>
    NeedsYear,
}
