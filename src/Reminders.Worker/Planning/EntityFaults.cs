using Reminders.Worker.Data;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Planning;

/// <summary>Which failures belong to one entity (the run goes on without it) and how they are recorded.</summary>
internal static class EntityFaults
{
    /// <summary>
    /// A fault in one entity's data or in planning it (an impossible date, a value out of range), as opposed to the
    /// database being unreachable or the run being stopped, which concern every entity and end the run.
    /// </summary>
    public static bool IsEntityFault(Exception e) =>
        e is not (OperationCanceledException or System.Data.Common.DbException or DatabaseUnavailableException or OutOfMemoryException);

    /// <summary>The failure as the run record and <c>reminders outbox runs</c> show it.</summary>
    public static string Describe(Exception e) => e is MailTemplateException ? e.Message : $"{e.GetType().Name}: {e.Message}";

    /// <summary>
    /// Logs the entity's failure: with its stack for a fault in its data or in the code, without it for an administrator's
    /// template that is not valid Liquid (the message names the file and where).
    /// </summary>
    public static void Log(ILogger logger, string entity, DateOnly runDate, Exception e)
    {
        if (e is MailTemplateException template)
        {
            PlanningLog.TemplateFailed(logger, entity, runDate, template.Message);
        }
        else
        {
            PlanningLog.EntityFailed(logger, entity, runDate, e);
        }
    }
}
