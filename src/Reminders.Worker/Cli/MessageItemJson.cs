namespace Reminders.Worker.Cli;

/// <summary>One activity of a message in <c>preview --json</c>.</summary>
public sealed record MessageItemJson(string Number, string Component, string Section, string? Due, int? Days);
