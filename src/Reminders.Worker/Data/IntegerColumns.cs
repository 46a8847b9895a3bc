using System.Data.Common;
using System.Globalization;

namespace Reminders.Worker.Data;

/// <summary>
/// Reads integer columns as longs whatever integer type the provider gives them (SQLite and PostgreSQL's BIGINT a long, SQL
/// Server's INTEGER an int): a column the reader types as long is read with the typed getter, without asking each value's type or
/// boxing it; any other is converted.
/// </summary>
internal sealed class IntegerColumns(DbDataReader reader)
{
    /// <summary>Per ordinal: 0 not asked yet, 1 typed as long, 2 anything else.</summary>
    private readonly byte[] kinds = new byte[reader.FieldCount];

    public long Read(int ordinal)
    {
        if (kinds[ordinal] == 0)
        {
            kinds[ordinal] = reader.GetFieldType(ordinal) == typeof(long) ? (byte)1 : (byte)2;
        }

        return kinds[ordinal] == 1 ? reader.GetInt64(ordinal) : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
    }
}
