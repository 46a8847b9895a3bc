using Reminders.Core.Text;

namespace Reminders.Core.Tests.Text;

public class TextKeyTests
{
    [Theory]
    [InlineData("SECRETARÍA DE PLANEACIÓN", "secretaria de planeacion")]
    [InlineData("Año Ñandú: ÁÉÍÓÚ üÜ çÇ", "ano nandu: aeiou uu cc")]
    [InlineData("Æsir ß Ø ð µ ª º ¼", "æsir ß ø ð µ ª º ¼")]
    [InlineData("Gestión 2022 – Calidad", "gestion 2022 – calidad")]
    public void Fold_lowers_case_and_removes_accents_keeping_other_characters(string text, string folded) =>
        Assert.Equal(folded, TextKey.Fold(text));

    [Theory]
    [InlineData("Sub-Componente", "subcomponente")]
    [InlineData("Fecha Programada (día/mes)", "fechaprogramadadiames")]
    [InlineData("  N°  ", "n")]
    public void Compact_keeps_only_folded_letters_and_digits(string text, string key) =>
        Assert.Equal(key, TextKey.Compact(text));

    [Fact]
    public void Fold_of_latin1_text_by_table_equals_the_unicode_folding_for_every_character_and_mixed_text()
    {
        var latin1 = new string([.. Enumerable.Range(0, 256).Select(c => (char)c)]);
        var random = new Random(10);
        var samples = Enumerable.Range(0, 200).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => latin1[random.Next(256)])]));

        foreach (var text in samples.Append(latin1).Concat(latin1.Select(c => c.ToString())))
        {
            Assert.Equal(TextKey.FoldUnicode(text), TextKey.Fold(text));
        }
    }

    [Theory]
    [InlineData("Fecha Programada (día/mes)", 60, "fechaprogramadadiames")]
    [InlineData("SUB-COMPONENTE Ñ", 14, "subcomponenten")]
    [InlineData("SUB-COMPONENTE Ñ", 13, null)]
    [InlineData(" - ", 5, "")]
    public void CompactLatin1_writes_the_key_into_the_buffer_or_tells_it_is_longer(string text, int size, string? key)
    {
        var buffer = new char[size];

        var length = TextKey.CompactLatin1(text, buffer);

        Assert.Equal(key, length < 0 ? null : new string(buffer, 0, length));
    }

    [Fact]
    public void CompactLatin1_equals_Compact_for_every_latin1_character_and_mixed_text()
    {
        var latin1 = new string([.. Enumerable.Range(0, 256).Select(c => (char)c)]);
        var random = new Random(11);
        var buffer = new char[1000];

        foreach (var text in Enumerable.Range(0, 200).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 60)).Select(_ => latin1[random.Next(256)])])).Append(latin1))
        {
            Assert.Equal(TextKey.Compact(text), new string(buffer, 0, TextKey.CompactLatin1(text, buffer)));
        }
    }
}
