using System.Globalization;
using Microsoft.Extensions.Options;
using Reminders.Core.Import;

namespace Reminders.Worker.Configuration;

/// <summary>
/// Checks the <c>Import</c> section at start-up. The upper bounds keep the memory an import may take within what a
/// server has (docs/reliability.md, "The limits").
/// </summary>
public sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        var problems = new List<string>();
        if (options.MaxRows is < 1 or > ImportLimits.MaxRows)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"Import:MaxRows: {options.MaxRows} no es válido; indique un número de filas entre 1 y {ImportLimits.MaxRows} (por defecto {ImportLimits.DefaultRows})."));
        }

        if (options.MaxFileMegabytes is < 1 or > ImportLimits.MaxFileMegabytes)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"Import:MaxFileMegabytes: {options.MaxFileMegabytes} no es válido; indique un tamaño en MB entre 1 y {ImportLimits.MaxFileMegabytes} (por defecto {ImportLimits.DefaultFileMegabytes})."));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
