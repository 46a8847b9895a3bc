using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Reminders.Worker.Tests.Architecture;

/// <summary>
/// Reads compiled assemblies and records, for every type, which namespaces of those assemblies its signatures,
/// attributes and method bodies name. Types nested in a class (closures, state machines) count for the class's namespace.
/// </summary>
internal static class AssemblyDependencies
{
    public static NamespaceGraph Read(string prefix, params string[] assemblyPaths)
    {
        var graph = new NamespaceGraph();
        foreach (var path in assemblyPaths)
        {
            using var assembly = AssemblyDefinition.ReadAssembly(path);
            foreach (var type in assembly.MainModule.GetTypes())
            {
                var from = NamespaceOf(type);
                if (!from.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                graph.Add(from, from);
                foreach (var to in Referenced(type).Select(NamespaceOf).Where(ns => ns.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    graph.Add(from, to);
                }
            }
        }

        return graph;
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private static IEnumerable<TypeReference> Referenced(TypeDefinition type)
    {
        var named = new List<TypeReference>();
        if (type.BaseType is not null)
        {
            named.Add(type.BaseType);
        }

        named.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        named.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        named.AddRange(type.GenericParameters.SelectMany(p => p.Constraints).Select(c => c.ConstraintType));
        named.AddRange(type.Fields.Select(f => f.FieldType));
        named.AddRange(type.Properties.Select(p => p.PropertyType));
        named.AddRange(type.Events.Select(e => e.EventType));
        foreach (var method in type.Methods)
        {
            named.AddRange(Signature(method));
            named.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
            if (method.HasBody)
            {
                named.AddRange(method.Body.Variables.Select(v => v.VariableType));
                named.AddRange(method.Body.Instructions.SelectMany(Operand));
            }
        }

        return named.SelectMany(Unwrap);
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => [type],
        MethodReference method => Signature(method),
        FieldReference field => [field.DeclaringType, field.FieldType],
        _ => [],
    };

    private static IEnumerable<TypeReference> Signature(MethodReference method)
    {
        yield return method.DeclaringType;
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters)
        {
            yield return parameter.ParameterType;
        }

        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<TypeReference> Unwrap(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                yield return generic.ElementType;
                foreach (var inner in generic.GenericArguments.SelectMany(Unwrap))
                {
                    yield return inner;
                }

                yield break;
            case TypeSpecification specification:
                foreach (var inner in Unwrap(specification.ElementType))
                {
                    yield return inner;
                }

                yield break;
            default:
                yield return type;
                yield break;
        }
    }
}
