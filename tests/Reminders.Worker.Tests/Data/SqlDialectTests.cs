using System.Globalization;
using System.Text.Json;
using Reminders.Worker.Data;

namespace Reminders.Worker.Tests.Data;

public sealed class SqlDialectTests
{
    [Theory]
    [InlineData(new long[0])]
    [InlineData(new long[] { 7 })]
    [InlineData(new long[] { 1, 22, 333, 9_007_199_254_740_993 })]
    public void An_id_list_on_sqlite_is_the_json_array_of_the_ids_in_any_culture(long[] ids)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // A culture whose numbers differ from JSON's: the list must not depend on it.
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA") { NumberFormat = { NegativeSign = "\u2212", NumberGroupSeparator = "." } };
            var list = Assert.IsType<string>(SqlDialect.For(DatabaseProvider.Sqlite).IdList(ids));

            Assert.Equal(ids, JsonSerializer.Deserialize<long[]>(list));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void An_id_list_elsewhere_is_the_ids_themselves()
    {
        long[] ids = [3, 4];

        Assert.Same(ids, SqlDialect.For(DatabaseProvider.Postgres).IdList(ids));
    }
}
