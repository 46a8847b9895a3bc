namespace Reminders.Core.Options;

/// <summary>
/// <c>Reminders:CatchUp</c>: what the first planning run on a database that has never planned does with what it finds
/// already due — reminders and escalations for past dates included.
/// </summary>
public enum CatchUpMode
{
    /// <summary>Send it (the default): offices hear about everything open, however old.</summary>
    Send,

    /// <summary>Record it as superseded without sending: the service starts quiet and reminds from the next milestone on.</summary>
    Supersede,
}
