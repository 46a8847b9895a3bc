using Reminders.Core.Text;

namespace Reminders.Core.Tests.Text;

public class SpacesTests
{
    [Theory]
    [InlineData(" Oficina \n de  Control ", "Oficina de Control")]
    [InlineData("Oficina de Control", "Oficina de Control")]
    [InlineData("Oficina\tde\u00A0Control", "Oficina de Control")]
    [InlineData("Oficina \u2003de Control", "Oficina de Control")]
    [InlineData("x ", "x")]
    [InlineData(" ", "")]
    [InlineData("", "")]
    public void Squeeze_makes_every_run_of_white_space_one_space_and_trims(string text, string squeezed) =>
        Assert.Equal(squeezed, Spaces.Squeeze(text));
}
