using System.Globalization;

namespace Reminders.Core.Rules;

/// <summary>
/// The outbox keys (docs/rules.md §2). Their text is a stored contract: never change a format. Each is formatted in the invariant
/// culture straight into one string (<see cref="string.Create(IFormatProvider, ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler)"/>:
/// no <see cref="FormattableString"/>, no boxed arguments; a first run at country scale builds millions of them).
/// </summary>
public static class NotificationKey
{
    public static string DueSoon(long activityId, long officeId, DateOnly due, int milestone) =>
        string.Create(CultureInfo.InvariantCulture, $"due|{activityId}|{officeId}|{due:yyyy-MM-dd}|{milestone}");

    public static string OverdueFirst(long activityId, long officeId, DateOnly due) =>
        string.Create(CultureInfo.InvariantCulture, $"overdue|{activityId}|{officeId}|{due:yyyy-MM-dd}|first");

    /// <summary>The weekly overdue reminder of the ISO week <paramref name="runDate"/> falls in.</summary>
    public static string OverdueWeekly(long activityId, long officeId, DateOnly due, DateOnly runDate)
    {
        var date = runDate.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"overdue|{activityId}|{officeId}|{due:yyyy-MM-dd}|{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    public static string Escalation(long activityId, DateOnly due, int level, string recipient) =>
        string.Create(CultureInfo.InvariantCulture, $"escalation|{activityId}|{due:yyyy-MM-dd}|L{level}|{recipient.ToLowerInvariant()}");

    /// <summary>A reached level whose <paramref name="role"/> has no address, reported to one office's digest.</summary>
    public static string EscalationUnaddressed(long activityId, long officeId, DateOnly due, int level, string role) =>
        string.Create(CultureInfo.InvariantCulture, $"escalation-unaddressed|{activityId}|{officeId}|{due:yyyy-MM-dd}|L{level}|{role.ToLowerInvariant()}");

    public static string OngoingSlot(long activityId, long officeId, DateOnly slotStart) =>
        string.Create(CultureInfo.InvariantCulture, $"ongoing|{activityId}|{officeId}|slot|{slotStart:yyyy-MM-dd}");

    public static string CutOffLead(long activityId, long officeId, DateOnly cutOff, int milestone) =>
        string.Create(CultureInfo.InvariantCulture, $"ongoing|{activityId}|{officeId}|cutoff|{cutOff:yyyy-MM-dd}|{milestone}");

    /// <summary>The key of an office's digest message on a run.</summary>
    public static string DigestMessage(string entity, long officeId, DateOnly runDate) =>
        string.Create(CultureInfo.InvariantCulture, $"digest|{entity}|{officeId}|{runDate:yyyy-MM-dd}");

    /// <summary>The key of a supervisor's escalation message on a run.</summary>
    public static string EscalationMessage(string entity, string recipient, DateOnly runDate) =>
        string.Create(CultureInfo.InvariantCulture, $"escalation-message|{entity}|{recipient.ToLowerInvariant()}|{runDate:yyyy-MM-dd}");
}
