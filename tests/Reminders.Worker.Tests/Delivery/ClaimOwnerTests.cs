using System.Diagnostics;
using Reminders.Worker.Delivery;

namespace Reminders.Worker.Tests.Delivery;

public class ClaimOwnerTests
{
    [Fact]
    public void A_claim_of_a_process_of_this_machine_that_has_exited_is_provably_dead()
    {
        // A process that outlives the reading of its start time (a short-lived one can exit before it, seen under load).
        using var process = Process.Start(new ProcessStartInfo("sleep", ["30"]))!;
        var start = process.StartTime.ToUniversalTime().Ticks;
        process.Kill();
        process.WaitForExit();

        Assert.True(ClaimOwner.IsProvablyDead(ClaimOwner.Describe(Environment.MachineName, process.Id, start, Guid.NewGuid())));
    }

    [Fact]
    public void A_claim_of_a_running_process_is_not_dead_unless_its_pid_now_belongs_to_a_process_started_later()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", ["30"]))!;
        try
        {
            var start = process.StartTime.ToUniversalTime().Ticks;

            Assert.False(ClaimOwner.IsProvablyDead(ClaimOwner.Describe(Environment.MachineName, process.Id, start, Guid.NewGuid())));
            Assert.True(ClaimOwner.IsProvablyDead(ClaimOwner.Describe(Environment.MachineName, process.Id, start - TimeSpan.FromMinutes(5).Ticks, Guid.NewGuid())));
        }
        finally
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    [Theory]
    [InlineData("otra-maquina:1:0:0123456789abcdef0123456789abcdef")]
    [InlineData("instancia-antigua")]
    [InlineData(null)]
    public void A_claim_from_another_machine_or_of_unknown_form_is_never_taken_for_dead(string? owner)
    {
        Assert.False(ClaimOwner.IsProvablyDead(owner));
    }

    [Fact]
    public void This_process_is_not_dead()
    {
        Assert.False(ClaimOwner.IsProvablyDead(ClaimOwner.Current));
    }
}
