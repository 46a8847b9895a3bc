using Reminders.Worker.Configuration;

namespace Reminders.Worker.Tests.Configuration;

public sealed class ImportOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_200000_rows_and_64_megabytes_and_valid()
    {
        var options = new ImportOptions();

        Assert.Equal((200_000, 64), (options.MaxRows, options.MaxFileMegabytes));
        Assert.True(new ImportOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0, 64, "Import:MaxRows: 0 no es válido; indique un número de filas entre 1 y 2000000 (por defecto 200000).")]
    [InlineData(2_000_001, 64, "Import:MaxRows: 2000001 no es válido; indique un número de filas entre 1 y 2000000 (por defecto 200000).")]
    [InlineData(1000, 0, "Import:MaxFileMegabytes: 0 no es válido; indique un tamaño en MB entre 1 y 1024 (por defecto 64).")]
    [InlineData(1000, 1025, "Import:MaxFileMegabytes: 1025 no es válido; indique un tamaño en MB entre 1 y 1024 (por defecto 64).")]
    public void A_limit_out_of_range_is_refused_naming_the_setting(int rows, int megabytes, string message)
    {
        var result = new ImportOptionsValidator().Validate(null, new ImportOptions { MaxRows = rows, MaxFileMegabytes = megabytes });

        Assert.True(result.Failed);
        Assert.Equal([message], result.Failures);
    }

    [Fact]
    public void The_settings_become_the_reader_limits()
    {
        var limits = new ImportOptions { MaxRows = 300_000, MaxFileMegabytes = 100 }.Limits;

        Assert.Equal((300_000, 100L * 1024 * 1024), (limits.Rows, limits.FileBytes));
    }
}
