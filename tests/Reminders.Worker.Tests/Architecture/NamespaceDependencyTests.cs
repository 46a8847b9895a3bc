using Reminders.Core.Planning;

namespace Reminders.Worker.Tests.Architecture;

/// <summary>
/// The folders (namespaces) of src/ depend on each other in one direction only, and the composition root
/// (<c>Reminders.Worker</c>: <see cref="AppHost"/> and the program) may use everything while nothing uses it.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string CompositionRoot = "Reminders.Worker";

    private static readonly NamespaceGraph Source = AssemblyDependencies.Read(
        "Reminders",
        typeof(Planner).Assembly.Location,
        typeof(AppHost).Assembly.Location);

    [Fact]
    public void No_two_namespaces_of_src_use_each_other()
    {
        var cycles = Source.Cycles();

        Assert.True(cycles.Count == 0, "Namespaces that lead back to themselves:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Nothing_uses_the_composition_root()
    {
        var users = Source.Namespaces.Where(ns => ns != CompositionRoot && Source.UsedBy(ns).Contains(CompositionRoot)).ToList();

        Assert.True(users.Count == 0, "Namespaces that use the composition root: " + string.Join(", ", users));
    }

    [Fact]
    public void The_reading_sees_a_use_inside_a_method_body()
    {
        // Reminders.Worker.Jobs names the planning service only inside method bodies and constructor parameters.
        Assert.Contains("Reminders.Worker.Planning", Source.UsedBy("Reminders.Worker.Jobs"));
    }

    [Fact]
    public void Two_namespaces_that_use_each_other_are_reported()
    {
        var graph = new NamespaceGraph();
        graph.Add("A", "B");
        graph.Add("B", "C");
        graph.Add("C", "A");
        graph.Add("C", "D");

        Assert.Equal(["A → B → C → A", "B → C → A → B", "C → A → B → C"], graph.Cycles());
    }
}
