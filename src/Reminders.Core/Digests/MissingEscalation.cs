using Reminders.Core.Plans;

namespace Reminders.Core.Digests;

/// <summary>
/// An escalation level an overdue activity reached whose recipient is not set (an office without a head, a role
/// without an address): that notice could not be sent, so the office's digest says so, with the coordinator copied.
/// </summary>
/// <param name="Role">The role left without an address: <c>OfficeHead</c>, <c>Coordinator</c> or <c>ControlInterno</c>.</param>
public sealed record MissingEscalation(long ActivityId, string Component, ActivityNumber Number, int Level, string Role);
