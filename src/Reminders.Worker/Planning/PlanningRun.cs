namespace Reminders.Worker.Planning;

/// <summary>
/// What one planning run decided: how many messages, how many notification keys were new or superseded, and the entities that
/// could not be planned. <see cref="Messages"/> holds the rendered messages of a preview only: a recorded run leaves them in
/// the outbox as it goes, so its memory is bounded by the largest entity, not by the whole run. <see cref="Entities"/> is how
/// many entities the database holds: none means no plan was ever imported, which the run says rather than plan nothing
/// without a word.
/// </summary>
public sealed record PlanningRun(
    DateOnly RunDate,
    IReadOnlyList<PlannedMessage> Messages,
    int MessageCount,
    int Notifications,
    int Superseded,
    bool Recorded,
    IReadOnlyList<EntityFailure> Failures,
    int Entities)
{
    /// <summary>The database holds no entity: no plan was ever imported (not a quiet day).</summary>
    public bool NothingImported => Entities == 0;
}
