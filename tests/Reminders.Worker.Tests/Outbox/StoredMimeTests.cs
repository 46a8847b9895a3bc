using System.IO.Compression;
using System.Text;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Tests.Outbox;

public class StoredMimeTests
{
    private static readonly byte[] Mime = Encoding.UTF8.GetBytes(
        "Subject: Planeación\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + string.Concat(Enumerable.Repeat("<td style=\"padding:8px;border-bottom:1px solid #e5e7eb;\">31 de enero de 2022</td>\r\n", 200)));

    [Fact]
    public void A_compressed_body_expands_to_the_identical_bytes_and_is_much_smaller()
    {
        var stored = StoredMime.Compress(Mime);

        Assert.Equal(Mime, StoredMime.Expand(stored, StoredMime.Zlib));
        Assert.True(stored.Length * 10 < Mime.Length, $"{stored.Length} bytes stored for {Mime.Length}");
    }

    [Fact]
    public void The_stored_form_is_plain_zlib_that_any_zlib_reads()
    {
        using var zlib = new ZLibStream(new MemoryStream(StoredMime.Compress(Mime)), CompressionMode.Decompress);
        using var expanded = new MemoryStream();
        zlib.CopyTo(expanded);

        Assert.Equal(Mime, expanded.ToArray());
    }

    [Fact]
    public void A_body_stored_without_compression_is_returned_as_it_is()
    {
        Assert.Same(Mime, StoredMime.Expand(Mime, null));
    }

    [Fact]
    public void An_unknown_compression_is_refused_with_its_name()
    {
        var refused = Assert.Throws<InvalidDataException>(() => StoredMime.Expand([1, 2, 3], "zstd"));

        Assert.Contains("«zstd»", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compressed_body_expands_into_a_pooled_buffer_to_the_identical_bytes()
    {
        var (rented, length) = StoredMime.ExpandPooled(StoredMime.Compress(Mime), StoredMime.Zlib);

        Assert.Equal(Mime, rented.AsSpan(0, length).ToArray());
    }

    [Fact]
    public void A_body_that_expands_more_than_eight_times_its_stored_size_still_expands_whole()
    {
        // 100,000 identical bytes compress to a few hundred: far more than eight times, so the buffer must grow.
        var repetitive = Enumerable.Repeat((byte)'a', 100_000).ToArray();
        var stored = StoredMime.Compress(repetitive);
        Assert.True(stored.Length * 8 < repetitive.Length, $"{stored.Length} bytes stored");

        var (rented, length) = StoredMime.ExpandPooled(stored, StoredMime.Zlib);

        Assert.Equal(100_000, length);
        Assert.True(rented.AsSpan(0, length).IndexOfAnyExcept((byte)'a') < 0);
    }

    [Fact]
    public void An_unknown_compression_is_refused_with_its_name_when_expanding_into_a_pooled_buffer()
    {
        var refused = Assert.Throws<InvalidDataException>(() => StoredMime.ExpandPooled([1, 2, 3], "zstd"));

        Assert.Contains("«zstd»", refused.Message, StringComparison.Ordinal);
    }
}
