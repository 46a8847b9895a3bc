namespace Reminders.Core.Digests;

/// <summary>The section of a digest an item is listed in, in the order they appear.</summary>
public enum DigestSection
{
    /// <summary>Past its due date (or an ongoing duty past a cut-off without progress).</summary>
    Overdue,

    /// <summary>Due within the horizon (the largest lead day).</summary>
    DueSoon,

    /// <summary>An ongoing (PERMANENTE) duty, with its next cut-off.</summary>
    Ongoing,
}
