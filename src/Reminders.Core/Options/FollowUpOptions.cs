namespace Reminders.Core.Options;

/// <summary>
/// The <c>Reminders:FollowUp</c> section: when the follow-up report (seguimiento) goes out after each cut-off
/// (<c>Reminders:Ongoing:CutOffs</c>) and when a plan year closes. See docs/follow-up.md.
/// </summary>
public sealed class FollowUpOptions
{
    /// <summary>Send the report automatically to the coordinator and Control Interno (default true).</summary>
    public bool Send { get; set; } = true;

    /// <summary>The report goes out on this business day after each cut-off (default 1: the first business day).</summary>
    public int SendOnBusinessDay { get; set; } = 1;

    /// <summary>A plan year's last follow-up deadline: this business day of January of the next year (default 10); it closes the day after.</summary>
    public int CloseOnBusinessDay { get; set; } = 10;
}
