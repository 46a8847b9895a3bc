using Reminders.Core.Plans;

namespace Reminders.Core.Rules;

/// <summary>Everything a run plans from.</summary>
/// <param name="RunDate">The run's date in the entity's time zone.</param>
/// <param name="Activities">The entity's activities, of any plan year and state.</param>
/// <param name="Offices">The entity's offices.</param>
/// <param name="TakenKeys">Every notification key already in the outbox, in any state.</param>
public sealed record PlanningInput(
    DateOnly RunDate,
    string Entity,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<Office> Offices,
    EntityRoles Roles,
    IReadOnlySet<string> TakenKeys);
