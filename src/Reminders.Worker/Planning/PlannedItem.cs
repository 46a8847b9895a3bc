namespace Reminders.Worker.Planning;

/// <summary>One activity in a planned message, as <c>preview --json</c> shows it (the field names are its JSON).</summary>
/// <param name="Section"><c>overdue</c>, <c>due-soon</c> or <c>ongoing</c>.</param>
/// <param name="Due">The due date (or missed cut-off) as <c>yyyy-MM-dd</c>, or null.</param>
/// <param name="Days">Days left; negative when overdue; null for ongoing duties.</param>
public sealed record PlannedItem(string Number, string Component, string Section, string? Due, int? Days);
