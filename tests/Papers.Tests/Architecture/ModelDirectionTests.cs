using System.Reflection;
using System.Reflection.Emit;
using FluentAssertions;
using Papers.Catalog;
using Xunit;

namespace Papers.Tests.Architecture;

/// <summary>
/// The model (a paper, its date and links, a digest, a location) knows no feature: features depend on the model,
/// never the other way round. Checked on the compiled model — its signatures, fields, interfaces, nested
/// (compiler-made) types and every type or member its method bodies name.
/// </summary>
public class ModelDirectionTests
{
    private static readonly Type[] Model = { typeof(Paper), typeof(PaperDate), typeof(PaperLink), typeof(Digest), typeof(SourceLocation), typeof(LinkKind) };

    private static readonly string[] Features = { "Papers.Query", "Papers.Topics", "Papers.Graphs", "Papers.Citations", "Papers.Linq" };

    [Fact]
    public void Model_types_reference_no_feature_namespace()
    {
        var offending = Model
            .SelectMany(type => TypeReferences.Of(type).Select(used => (type, used)))
            .Where(pair => Features.Any(f => IsIn(pair.used, f)))
            .Select(pair => $"{pair.type.Name} -> {pair.used.FullName}")
            .Distinct()
            .ToList();

        offending.Should().BeEmpty();
    }

    [Fact]
    public void The_scan_sees_a_feature_type_named_only_inside_a_method_body()
    {
        // PaperSetFeatures names Taxonomy in its constructor's lambda (a compiler-made closure), not in a signature.
        TypeReferences.Of(typeof(PaperSetFeatures)).Should().Contain(t => t.FullName == "Papers.Topics.Taxonomy");
        TypeReferences.Of(typeof(PaperFactory)).Should().Contain(typeof(Paper));
    }

    private static bool IsIn(Type type, string ns) =>
        type.Namespace is string n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal));

    /// <summary>Every type a type names: in its shape, its nested types, and the IL of its methods.</summary>
    private static class TypeReferences
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        public static IReadOnlySet<Type> Of(Type type)
        {
            var found = new HashSet<Type>();
            Visit(type, found);
            return found;
        }

        private static void Visit(Type type, HashSet<Type> found)
        {
            Add(type.BaseType, found);
            foreach (Type i in type.GetInterfaces())
            {
                Add(i, found);
            }

            foreach (FieldInfo field in type.GetFields(All))
            {
                Add(field.FieldType, found);
            }

            foreach (PropertyInfo property in type.GetProperties(All))
            {
                Add(property.PropertyType, found);
            }

            foreach (MethodBase method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                if (method is MethodInfo m)
                {
                    Add(m.ReturnType, found);
                }

                foreach (ParameterInfo parameter in method.GetParameters())
                {
                    Add(parameter.ParameterType, found);
                }

                ScanBody(method, found);
            }

            foreach (Type nested in type.GetNestedTypes(All))
            {
                Visit(nested, found);
            }
        }

        private static void Add(Type? type, HashSet<Type> found)
        {
            if (type is null || !found.Add(type))
            {
                return;
            }

            if (type.HasElementType)
            {
                Add(type.GetElementType(), found);
            }

            if (type.IsGenericType)
            {
                foreach (Type argument in type.GetGenericArguments())
                {
                    Add(argument, found);
                }
            }
        }

        // Walks the IL and resolves every token operand (calls, fields, types) to the type it names.
        private static void ScanBody(MethodBase method, HashSet<Type> found)
        {
            byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null)
            {
                return;
            }

            Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
            Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
            for (int i = 0; i < il.Length;)
            {
                short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
                i += il[i] == 0xFE ? 2 : 1;
                OpCode op = OpCodesByValue[value];
                switch (op.OperandType)
                {
                    case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                        MemberInfo? member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                        Add(member as Type ?? member?.DeclaringType, found);
                        if (member is FieldInfo f)
                        {
                            Add(f.FieldType, found);
                        }

                        if (member is MethodInfo called)
                        {
                            Add(called.ReturnType, found);
                        }

                        i += 4;
                        break;
                    case OperandType.InlineSwitch:
                        i += 4 + (4 * BitConverter.ToInt32(il, i));
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        i += 8;
                        break;
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        i += 1;
                        break;
                    case OperandType.InlineVar:
                        i += 2;
                        break;
                    default:
                        i += 4;
                        break;
                }
            }
        }
    }
}
