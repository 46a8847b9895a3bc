namespace Reminders.Core.Options;

/// <summary>
/// The <c>Reminders</c> configuration section (docs/rules.md §12). Collections start empty because the
/// configuration binder appends to whatever a collection holds; <see cref="ApplyDefaults"/> (run by
/// <see cref="RemindersOptionsDefaults"/> after binding) fills the ones the section left empty.
/// </summary>
public sealed class RemindersOptions
{
    public const string SectionName = "Reminders";

    /// <summary>The default lead days before a due date.</summary>
    public static readonly IReadOnlyList<int> DefaultLeadDays = [30, 15, 7, 3, 1, 0];

    /// <summary>The entity (alcaldía, gobernación…) the service works for.</summary>
    public string Entity { get; set; } = "";

    /// <summary>The IANA or Windows time zone the entity's dates are in.</summary>
    public string TimeZone { get; set; } = "America/Bogota";

    /// <summary>Milestones before a due date (default 30, 15, 7, 3, 1, 0).</summary>
    public int[] LeadDays { get; set; } = [];

    /// <summary>Count lead days in business days instead of calendar days.</summary>
    public bool LeadInBusinessDays { get; set; }

    /// <summary>What the first planning run on a database that never planned does with what is already due.</summary>
    public CatchUpMode CatchUp { get; set; } = CatchUpMode.Send;

    public OverdueOptions Overdue { get; set; } = new();

    public EscalationOptions Escalation { get; set; } = new();

    public OngoingOptions Ongoing { get; set; } = new();

    public RolesOptions Roles { get; set; } = new();

    public CalendarOptions Calendar { get; set; } = new();

    /// <summary>The follow-up report and the closing of a plan year.</summary>
    public FollowUpOptions FollowUp { get; set; } = new();

    /// <summary>Fills the collections the configuration left empty with the defaults of docs/rules.md §12. Idempotent.</summary>
    public RemindersOptions ApplyDefaults()
    {
        if (LeadDays.Length == 0)
        {
            LeadDays = [.. DefaultLeadDays];
        }

        Escalation.ApplyDefaults();
        Ongoing.ApplyDefaults();
        return this;
    }

    /// <summary>The due-soon horizon: the largest lead day.</summary>
    public int Horizon => LeadDays.Length == 0 ? 0 : LeadDays.Max();
}
