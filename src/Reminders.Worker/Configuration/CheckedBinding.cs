using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Reminders.Worker.Configuration;

/// <summary>
/// Binds an options class so that a value of the wrong type becomes a validation failure naming the key (shown as a
/// ✘ line, exit code 2) instead of the configuration binder's exception and stack trace.
/// </summary>
public static class CheckedBinding
{
    public static OptionsBuilder<T> BindChecked<T>(this OptionsBuilder<T> builder, IConfiguration configuration, string sectionPath)
        where T : class
    {
        var section = configuration.GetSection(sectionPath);
        builder.Configure(options =>
        {
            try
            {
                section.Bind(options);
            }
            catch (InvalidOperationException)
            {
                // A value of the wrong type: BindingValidator reports it with the key. The binder stopped there, so
                // bind again without the values that do not convert; they keep their defaults.
                var bad = BindingProblems.FindByKey(section, typeof(T), sectionPath).Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var good = new ConfigurationBuilder()
                    .AddInMemoryCollection(section.AsEnumerable().Where(kv => !bad.Contains(kv.Key)))
                    .Build();
                try
                {
                    good.GetSection(sectionPath).Bind(options);
                }
                catch (InvalidOperationException)
                {
                    // Still not bindable: the defaults stay, and the validator names the key.
                }
            }
        });
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>>(new BindingValidator<T>(section, sectionPath)));
        return builder;
    }

    /// <summary>Binds <paramref name="sectionPath"/> to a new <typeparamref name="T"/>, or null when a value does not convert.</summary>
    public static T? TryGet<T>(IConfiguration configuration, string sectionPath)
        where T : class, new()
    {
        try
        {
            return configuration.GetSection(sectionPath).Get<T>() ?? new T();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private sealed class BindingValidator<T>(IConfigurationSection section, string path) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var problems = BindingProblems.Find(section, typeof(T), path);
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
