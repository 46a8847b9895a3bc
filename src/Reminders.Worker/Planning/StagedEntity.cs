using Reminders.Worker.Data;

namespace Reminders.Worker.Planning;

/// <summary>An entity written into an open group-commit transaction: what it adds to the run once committed.</summary>
/// <param name="Error">Why it could not be planned (its failure record is in the transaction), or null.</param>
internal sealed record StagedEntity(EntityRow Entity, int Messages, int Notifications, int Superseded, string? Error);
