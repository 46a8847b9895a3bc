namespace Reminders.Core.Calendar;

/// <summary>A national holiday: the day it is observed and its Spanish name.</summary>
public sealed record Holiday(DateOnly Date, string Name);
