namespace Reminders.Worker.Data;

/// <summary>One activity as <c>activities list</c> shows it; the field names are the documented JSON contract.</summary>
/// <param name="Start">The start date the plan gives (<c>Fecha</c> over <c>Inicio | Fin</c>), or null.</param>
/// <param name="Periods">The four-month periods (cuatrimestres 1 to 3) the plan marks it active in, or null when the plan has no such columns.</param>
/// <param name="Closed">True once its plan year is closed (docs/follow-up.md); <see cref="State"/> is then <c>done</c>, <c>not-done</c> or <c>cancelled</c>.</param>
public sealed record ActivityListRow(
    long Id,
    string Entity,
    int Year,
    string Component,
    string Subcomponent,
    string Number,
    string Text,
    string Product,
    IReadOnlyList<string> Offices,
    string? Due,
    string Schedule,
    string? Cadence,
    string State,
    string? CompletedOn,
    string? Evidence,
    bool Closed = false,
    string? Start = null,
    IReadOnlyList<int>? Periods = null);
