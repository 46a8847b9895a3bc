namespace Reminders.Worker.Planning;

/// <summary>What a planning run has decided so far (<see cref="PlanningService"/>); becomes its <see cref="PlanningRun"/>.</summary>
internal sealed class RunTally
{
    /// <summary>Rendered messages a preview returns; a recorded run drops each entity's once they are in the outbox.</summary>
    public List<PlannedMessage> Messages { get; } = [];

    public int Count { get; set; }

    public int Notifications { get; set; }

    public int Superseded { get; set; }

    public List<EntityFailure> Failures { get; } = [];
}
