using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary>The documented JSON of one activity in <c>activities list --json</c>.</summary>
public sealed record ActivityJson(
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
    string? Evidence)
{
    public static ActivityJson From(ActivityListRow row) => new(
        row.Entity, row.Year, row.Component, row.Subcomponent, row.Number, row.Text, row.Product, row.Offices,
        row.Due, row.Schedule, row.Cadence, row.State, row.CompletedOn, row.Evidence);
}
