using System.Text.Json;

namespace Reminders.Worker.Tests;

/// <summary>
/// The runtime settings the product ships in <c>reminders.runtimeconfig.json</c> (src/Reminders.Worker/Reminders.Worker.csproj),
/// each measured (docs/benchmarks.md): a build that lost one would still pass every other test and only run slower.
/// </summary>
public class RuntimeSettingsTests
{
    private static readonly JsonElement Settings = Load();

    [Fact]
    public void The_product_collects_garbage_on_every_core()
    {
        Assert.True(Settings.GetProperty("System.GC.Server").GetBoolean());
    }

    [Fact]
    public void The_product_keeps_the_memory_the_collector_frees_for_its_next_allocations()
    {
        Assert.True(Settings.GetProperty("System.GC.RetainVM").GetBoolean());
    }

    [Fact]
    public void The_product_skips_profile_guided_recompilation_and_recompiles_hot_methods_late()
    {
        Assert.False(Settings.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.Equal(2000, Settings.GetProperty("System.Runtime.TieredCompilation.CallCountThreshold").GetInt32());
        Assert.Equal(0, Settings.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }

    private static JsonElement Load()
    {
        // The worker's runtime configuration is copied next to the tests with its assembly.
        var path = Path.Combine(AppContext.BaseDirectory, "reminders.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
