using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public class HeaderMapTests
{
    private static readonly TableRow Header = Row("Actividades", "Meta o Producto", "Responsable", "Fecha Programada", "");

    [Theory]
    [InlineData(50, 50, true)]
    [InlineData(49, 50, false)]
    [InlineData(1, 0, true)]
    [InlineData(0, 3, false)]
    [InlineData(3000, 1, true)]
    [InlineData(1, 3000, false)]
    public void The_activities_column_holds_numbers_when_at_least_half_of_its_filled_cells_are_numbers(int numbers, int texts, bool holds)
    {
        // Shuffled, with blank cells between: the count decides, wherever the numbers are.
        var random = new Random(numbers * 7919 + texts);
        var cells = Enumerable.Repeat("1,2", numbers).Concat(Enumerable.Repeat("Publicar el informe", texts)).Concat(Enumerable.Repeat(" ", 40))
            .OrderBy(_ => random.Next()).ToList();
        var data = cells.Select(c => Row(c, "Actividad", "Informe", "Oficina", "31/01/2022")).ToList();

        var map = HeaderMap.TryBuild(Header, data, out var missing);

        Assert.Empty(missing);
        Assert.Equal(holds ? 0 : -1, map!.NumberColumn);
    }

    private static TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell(c, 1))], 1, null);
}
