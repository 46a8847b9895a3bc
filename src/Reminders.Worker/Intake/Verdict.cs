using Reminders.Core.Plans;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Intake;

/// <summary>What a reply is worth: the activity, office and report it carries, or why it is refused (<see cref="Refusal"/> set).</summary>
internal sealed record Verdict(string? Refusal, ReplyReference? Reference = null, Activity? Activity = null, Office? Office = null, ReplyBody? Body = null)
{
    public static Verdict Refuse(string reason, ReplyReference? reference = null, Activity? activity = null, Office? office = null) =>
        new(reason, reference, activity, office);
}
