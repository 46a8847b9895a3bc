using System.Text;
using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public class TextDecoderTests
{
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void Decodes_utf8_without_a_byte_order_mark()
    {
        Assert.Equal("Planeación", TextDecoder.Decode(Encoding.UTF8.GetBytes("Planeación"), out _));
    }

    [Fact]
    public void Skips_a_utf8_byte_order_mark()
    {
        Assert.Equal("Planeación", TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Planeación")], out _));
    }

    [Fact]
    public void Falls_back_to_windows_1252_when_the_bytes_are_not_utf8()
    {
        Assert.Equal("Planeación “PDET” – año", TextDecoder.Decode(Windows1252.GetBytes("Planeación “PDET” – año"), out _));
    }

    [Fact]
    public void Decodes_utf16_with_a_byte_order_mark_as_excel_unicode_text_is_saved()
    {
        Assert.Equal("Planeación", TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Planeación")], out _));
    }

    [Fact]
    public void Refuses_a_utf8_file_with_an_invalid_byte_naming_its_line_and_column_instead_of_reading_it_as_windows_1252()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Secretaría\nab"), 0xFF, .. Encoding.UTF8.GetBytes("c\n")];

        Assert.Null(TextDecoder.Decode(bytes, out var invalid));

        Assert.Equal(new InvalidByte(2, 3, 14, 0xFF), invalid);
    }
}
