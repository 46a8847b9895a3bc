namespace Reminders.Core.Import;

/// <summary>
/// A sub-component being read: its number (from its cell, or the first activity's number) and the pieces of
/// its name, which a merged cell split across rows gives one row at a time.
/// </summary>
internal sealed class SubComponentGroup(int? number)
{
    private readonly List<string> pieces = [];

    public int? Number { get; set; } = number;

    /// <summary>True when the group was opened by a cell (a name or prefix), not implied by activity numbers.</summary>
    public bool Named { get; init; }

    public string Name => string.Join(' ', pieces);

    public void Append(string piece)
    {
        var words = piece.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0)
        {
            pieces.Add(string.Join(' ', words));
        }
    }
}
