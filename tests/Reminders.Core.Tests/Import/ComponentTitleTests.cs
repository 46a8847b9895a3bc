using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public class ComponentTitleTests
{
    [Theory]
    [InlineData("Componente III: Rendición de Cuentas", "III", "Rendición de Cuentas")]
    [InlineData("Componente 3 - Rendición de Cuentas", "III", "Rendición de Cuentas")]
    [InlineData("COMPONENTE 3: RENDICIÓN DE CUENTAS", "III", "RENDICIÓN DE CUENTAS")]
    [InlineData("  Componente  5.  Transparencia y Acceso a la Información ", "V", "Transparencia y Acceso a la Información")]
    [InlineData("Componente 3", "III", "")]
    public void Reads_the_number_as_a_roman_numeral_and_the_name(string text, string number, string name)
    {
        Assert.True(ComponentTitle.TryParse(text, out var title));
        Assert.Equal(new ComponentTitle(number, name), title);
    }

    [Theory]
    [InlineData("Sub-Componente No. 1. INFORMACIÓN")]
    [InlineData("Componentes del plan")]
    [InlineData("Componente de rendición de cuentas")]
    [InlineData("")]
    public void Rejects_other_text(string text)
    {
        Assert.False(ComponentTitle.TryParse(text, out _));
    }
}
