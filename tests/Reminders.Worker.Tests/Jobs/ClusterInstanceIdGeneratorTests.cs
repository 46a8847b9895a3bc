using Reminders.Worker.Jobs;

namespace Reminders.Worker.Tests.Jobs;

public sealed class ClusterInstanceIdGeneratorTests
{
    [Fact]
    public void Processes_started_at_the_same_moment_on_one_machine_get_different_ids()
    {
        // Quartz's default (host name + time) gave three processes started together one id, and a fire ran twice.
        var ids = Enumerable.Range(0, 1000).Select(_ => ClusterInstanceIdGenerator.Create("vm", 4711)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Two_processes_of_one_machine_are_told_apart_by_their_process_id()
    {
        Assert.StartsWith("srv-alcaldia-4711-", ClusterInstanceIdGenerator.Create("srv-alcaldia", 4711), StringComparison.Ordinal);
        Assert.StartsWith("srv-alcaldia-4712-", ClusterInstanceIdGenerator.Create("srv-alcaldia", 4712), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_host_name_is_shortened_so_the_id_fits_the_scheduler_state_column()
    {
        var id = ClusterInstanceIdGenerator.Create(new string('h', 200), int.MaxValue);

        Assert.True(id.Length <= 50, id);
        Assert.StartsWith(new string('h', 24) + "-2147483647-", id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_generator_Quartz_calls_names_this_process()
    {
        var id = await new ClusterInstanceIdGenerator().GenerateInstanceId(TestContext.Current.CancellationToken);

        Assert.Contains($"-{Environment.ProcessId}-", id, StringComparison.Ordinal);
    }
}
