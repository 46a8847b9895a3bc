using System.Collections.Frozen;
using System.Reflection;
using Fluid;
using Fluid.Values;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// A mail view (<see cref="DigestView"/>, <see cref="DigestRowView"/>…) as a Liquid object: <c>{{ row.due_soon_count }}</c>
/// reads the property <c>DueSoonCount</c>, the same snake-case names and values Fluid's own member access gives
/// (<see cref="MemberNameStrategies.SnakeCase"/>). Each view type's members are looked up once in a frozen table of
/// getters, and a list of views becomes a list of these values, so rendering a row costs no general lookup by type and
/// name and no conversion of each value through every converter Fluid knows: that was about a fifth of the templates'
/// cost in a country's first run (docs/benchmarks.md, "Planning a country", round 11).
/// </summary>
internal sealed class ViewValue<T> : ObjectValueBase
    where T : class
{
    private static readonly FrozenDictionary<string, Func<T, TemplateOptions, FluidValue>> Members =
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToFrozenDictionary(p => MemberNameStrategies.SnakeCase(p), ViewMembers.Getter<T>, StringComparer.Ordinal);

    public ViewValue(T view)
        : base(view)
    {
    }

    /// <summary>The names templates may use on this view type (the properties' snake-case names).</summary>
    public static IEnumerable<string> Names => Members.Keys;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Members.TryGetValue(name, out var get)
            ? new ValueTask<FluidValue>(get((T)Value, context.Options))
            : new ValueTask<FluidValue>(NilValue.Instance);
    }
}
