using System.Globalization;

namespace Reminders.Core.Rules;

/// <summary>The outbox keys (docs/rules.md §2). Their text is a stored contract: never change a format.</summary>
public static class NotificationKey
{
    public static string DueSoon(long activityId, long officeId, DateOnly due, int milestone) =>
        Format($"due|{activityId}|{officeId}|{Day(due)}|{milestone}");

    public static string OverdueFirst(long activityId, long officeId, DateOnly due) =>
        Format($"overdue|{activityId}|{officeId}|{Day(due)}|first");

    /// <summary>The weekly overdue reminder of the ISO week <paramref name="runDate"/> falls in.</summary>
    public static string OverdueWeekly(long activityId, long officeId, DateOnly due, DateOnly runDate)
    {
        var date = runDate.ToDateTime(TimeOnly.MinValue);
        return Format($"overdue|{activityId}|{officeId}|{Day(due)}|{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    public static string Escalation(long activityId, DateOnly due, int level, string recipient) =>
        Format($"escalation|{activityId}|{Day(due)}|L{level}|{recipient.ToLowerInvariant()}");

    /// <summary>A reached level whose <paramref name="role"/> has no address, reported to one office's digest.</summary>
    public static string EscalationUnaddressed(long activityId, long officeId, DateOnly due, int level, string role) =>
        Format($"escalation-unaddressed|{activityId}|{officeId}|{Day(due)}|L{level}|{role.ToLowerInvariant()}");

    public static string OngoingSlot(long activityId, long officeId, DateOnly slotStart) =>
        Format($"ongoing|{activityId}|{officeId}|slot|{Day(slotStart)}");

    public static string CutOffLead(long activityId, long officeId, DateOnly cutOff, int milestone) =>
        Format($"ongoing|{activityId}|{officeId}|cutoff|{Day(cutOff)}|{milestone}");

    /// <summary>The key of an office's digest message on a run.</summary>
    public static string DigestMessage(string entity, long officeId, DateOnly runDate) =>
        Format($"digest|{entity}|{officeId}|{Day(runDate)}");

    /// <summary>The key of a supervisor's escalation message on a run.</summary>
    public static string EscalationMessage(string entity, string recipient, DateOnly runDate) =>
        Format($"escalation-message|{entity}|{recipient.ToLowerInvariant()}|{Day(runDate)}");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
