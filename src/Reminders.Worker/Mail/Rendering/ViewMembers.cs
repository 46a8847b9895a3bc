using System.Reflection;
using Fluid;
using Fluid.Values;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>Turns a view's property into a getter of its Liquid value, for <see cref="ViewValue{T}"/>.</summary>
internal static class ViewMembers
{
    /// <summary>
    /// Strings, whole numbers and booleans become Fluid's values directly; a list of views a list of <see cref="ViewValue{T}"/>;
    /// anything else goes through <see cref="FluidValue.Create(object, TemplateOptions)"/>, as Fluid's own member access does.
    /// </summary>
    public static Func<T, TemplateOptions, FluidValue> Getter<T>(PropertyInfo property)
        where T : class
    {
        var getter = property.GetMethod!;
        var type = property.PropertyType;
        if (type == typeof(string))
        {
            var get = getter.CreateDelegate<Func<T, string?>>();
            return (view, _) => get(view) is { } text ? StringValue.Create(text) : NilValue.Instance;
        }

        if (type == typeof(int))
        {
            var get = getter.CreateDelegate<Func<T, int>>();
            return (view, _) => NumberValue.Create(get(view));
        }

        if (type == typeof(bool))
        {
            var get = getter.CreateDelegate<Func<T, bool>>();
            return (view, _) => BooleanValue.Create(get(view));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            && type.GetGenericArguments()[0] is { IsClass: true } item && item.Namespace == typeof(ViewMembers).Namespace)
        {
            return (Func<T, TemplateOptions, FluidValue>)typeof(ViewMembers).GetMethod(nameof(ListGetter), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeof(T), item)
                .Invoke(null, [getter])!;
        }

        return (view, options) => FluidValue.Create(getter.Invoke(view, null), options);
    }

    private static Func<T, TemplateOptions, FluidValue> ListGetter<T, TItem>(MethodInfo getter)
        where T : class
        where TItem : class
    {
        var get = getter.CreateDelegate<Func<T, IReadOnlyList<TItem>?>>();
        return (view, _) => get(view) is { } list ? List(list) : NilValue.Instance;
    }

    private static ArrayValue List<TItem>(IReadOnlyList<TItem> list)
        where TItem : class
    {
        var values = new FluidValue[list.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new ViewValue<TItem>(list[i]);
        }

        return new ArrayValue(values);
    }
}
