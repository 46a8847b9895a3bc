using System.Text;
using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

/// <summary>
/// How <see cref="PlanReader"/> takes its bytes: a file (a stream that knows its length) in one array of that size, any
/// other stream as it comes; the same plan and the same limit either way (docs/benchmarks.md, "Import", round 5).
/// </summary>
public class PlanReaderStreamTests
{
    private static readonly byte[] Plan = Encoding.UTF8.GetBytes(PlanFiles.Table(
        "\t1,1\tPublicar el informe\tInforme\tControl Interno\t31/01/2022",
        "\t1,2\tRevisar el mapa\tMapa\tPlaneación\t28/02/2022"));

    [Fact]
    public void A_stream_that_cannot_seek_gives_the_same_plan_as_a_file()
    {
        var fromFile = PlanReader.Read(new TestStream(Plan, canSeek: true), "paac.tsv");
        var fromPipe = PlanReader.Read(new TestStream(Plan, canSeek: false), "paac.tsv");

        Assert.Equal(PlanFiles.Describe(fromFile), PlanFiles.Describe(fromPipe));
        Assert.Equal(2, fromPipe.Plan!.Activities.Count);
    }

    [Fact]
    public void A_file_is_read_from_where_the_stream_stands()
    {
        var stream = new TestStream([.. "basura"u8, .. Plan], canSeek: true) { Position = 6 };

        Assert.Equal(2, PlanReader.Read(stream, "paac.tsv").Plan!.Activities.Count);
    }

    [Fact]
    public void A_file_that_grows_after_its_length_was_taken_is_still_read_whole()
    {
        var stream = new TestStream(Plan, canSeek: true, reportedLength: Plan.Length / 2);

        Assert.Equal(2, PlanReader.Read(stream, "paac.tsv").Plan!.Activities.Count);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 0)]
    [InlineData(true, 1024 * 1024)]
    [InlineData(true, (1024 * 1024) - 1)]
    public void A_stream_one_byte_over_the_limit_is_refused_and_one_at_the_limit_read(bool canSeek, int reportedLength)
    {
        var limits = new ImportLimits(FileMegabytes: 1);
        // Blank lines of 100 bytes fill the file up to the limit: a blank row is neither data nor an error.
        var padding = (1024 * 1024) - Plan.Length;
        var atLimit = Plan.Concat(Enumerable.Range(0, padding).Select(i => (byte)(i % 100 == 99 ? '\n' : ' '))).ToArray();
        var overLimit = atLimit.Append((byte)' ').ToArray();

        var read = PlanReader.Read(new TestStream(atLimit, canSeek, reportedLength > 0 ? reportedLength : null), "paac.tsv", new PlanReaderOptions(Limits: limits));
        var refused = PlanReader.Read(new TestStream(overLimit, canSeek, reportedLength > 0 ? reportedLength : null), "paac.tsv", new PlanReaderOptions(Limits: limits));

        Assert.Equal(2, read.Plan?.Activities.Count);
        Assert.Equal("archivo", Assert.Single(refused.Errors).Location);
    }

    /// <summary>A stream over bytes that can be told not to seek (a pipe), or to report a length shorter than it holds (a file still being written).</summary>
    private sealed class TestStream(byte[] bytes, bool canSeek, long? reportedLength = null) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => canSeek;

        public override long Length => reportedLength ?? base.Length;
    }
}
