using System.Text.Json.Serialization;

namespace Reminders.Worker.Outbox;

/// <summary>One activity in a message, as <c>preview --json</c> shows it (the field names are its JSON).</summary>
/// <param name="Section"><c>overdue</c>, <c>due-soon</c> or <c>ongoing</c>.</param>
/// <param name="Due">The due date (or missed cut-off) as <c>yyyy-MM-dd</c>, or null.</param>
/// <param name="Days">Days left; negative when overdue; null for ongoing duties.</param>
public sealed record MessageItem(string Number, string Component, string Section, string? Due, int? Days)
{
    /// <summary>The activity as the outbox stores it and <c>outbox list</c> shows it: <c>III 1.4</c>.</summary>
    [JsonIgnore]
    public string Activity => $"{Component} {Number}";
}
