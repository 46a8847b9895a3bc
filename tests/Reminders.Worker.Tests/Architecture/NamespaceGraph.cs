namespace Reminders.Worker.Tests.Architecture;

/// <summary>Which namespace uses which, and the cycles among them.</summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedSet<string>> uses = new(StringComparer.Ordinal);

    public IEnumerable<string> Namespaces => uses.Keys;

    public void Add(string from, string to)
    {
        Node(to);
        if (from != to)
        {
            Node(from).Add(to);
        }
    }

    public IReadOnlySet<string> UsedBy(string from) => uses.TryGetValue(from, out var used) ? used : new SortedSet<string>();

    /// <summary>Every way back: for each use A → B where B leads back to A, the path A → B → … → A.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        foreach (var (from, used) in uses)
        {
            foreach (var to in used)
            {
                var back = PathBetween(to, from);
                if (back is not null)
                {
                    cycles.Add(string.Join(" → ", new[] { from }.Concat(back)));
                }
            }
        }

        return cycles;
    }

    private SortedSet<string> Node(string name)
    {
        if (!uses.TryGetValue(name, out var used))
        {
            used = new SortedSet<string>(StringComparer.Ordinal);
            uses[name] = used;
        }

        return used;
    }

    private List<string>? PathBetween(string start, string goal)
    {
        var cameFrom = new Dictionary<string, string?>(StringComparer.Ordinal) { [start] = null };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == goal)
            {
                var path = new List<string>();
                for (string? step = current; step is not null; step = cameFrom[step])
                {
                    path.Add(step);
                }

                path.Reverse();
                return path;
            }

            foreach (var next in UsedBy(current).Where(next => !cameFrom.ContainsKey(next)))
            {
                cameFrom[next] = current;
                queue.Enqueue(next);
            }
        }

        return null;
    }
}
