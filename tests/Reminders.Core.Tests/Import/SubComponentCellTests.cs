using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public class SubComponentCellTests
{
    [Theory]
    [InlineData("Sub-Componente No. 1. INFORMACIÓN (Informar avances).", 1, "INFORMACIÓN (Informar avances).")]
    [InlineData("Subcomponente 1 Información", 1, "Información")]
    [InlineData("Subcomponente/proceso 2 Diálogo", 2, "Diálogo")]
    [InlineData("SUBCOMPONENTE 3: RESPONSABILIDAD", 3, "RESPONSABILIDAD")]
    [InlineData("Subcomponente N° 4 - Evaluación", 4, "Evaluación")]
    [InlineData("Subcomponente IV Seguimiento", 4, "Seguimiento")]
    [InlineData("Subcomponente Información", null, "Información")]
    [InlineData("Sub-Componente No. 3. RESPONSABILIDAD (Responder\nen dos líneas", 3, "RESPONSABILIDAD (Responder en dos líneas")]
    public void Reads_the_number_and_the_name_without_the_prefix(string cell, int? number, string name)
    {
        Assert.True(SubComponentCell.TryParse(cell, out var parsedNumber, out var parsedName));
        Assert.Equal(number, parsedNumber);
        Assert.Equal(name, parsedName);
    }

    [Theory]
    [InlineData("cuentas con acciones correctivas para mejora).")]
    [InlineData("Información")]
    [InlineData("Componente III: Rendición de Cuentas")]
    public void Does_not_take_other_text_for_a_sub_component_start(string cell)
    {
        Assert.False(SubComponentCell.TryParse(cell, out _, out _));
    }
}
