using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Papers.Generators.Emit;
using Papers.Generators.Model;
using Papers.Parsing;

namespace Papers.Generators;

/// <summary>
/// Compile-time queries, step three: the member is implemented with the fixed list of matching catalog papers.
/// </summary>
public sealed partial class PaperCatalogGenerator
{
    private static void EmitQuery(SourceProductionContext context, QueryResult result)
    {
        foreach (DiagnosticInfo diagnostic in result.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        QueryModel query = result.Query;
        if (query.ShapeError != null || result.Diagnostics.Any(d => d.Id == DigestRules.QuerySyntax))
        {
            return;
        }

        var code = new CodeWriter();
        code.Header(query.Namespace);
        foreach (string type in query.ContainingTypes)
        {
            code.Open(type);
        }

        string field = "__paperQuery_" + query.MemberName;
        code.Line($"private static {ListType}? {field};");
        code.Line();
        string list = "global::System.Array.AsReadOnly(new global::Papers.Paper[] { " +
            string.Join(", ", result.Members.Select(m => result.CatalogType + "." + m)) + " })";
        string body = $"{field} ??= {list}";
        code.Line($"[global::System.CodeDom.Compiler.GeneratedCode({Code.Literal(GeneratorName)}, {Code.Literal(GeneratorVersion)})]");
        code.Line(query.IsMethod ? $"{query.Declaration} => {body};" : $"{query.Declaration} {{ get => {body}; }}");
        foreach (string _ in query.ContainingTypes)
        {
            code.Close();
        }

        code.Footer(query.Namespace);
        string hint = string.Join(".", query.ContainingTypes.Select(t => t.Split(' ').Last()).Append(query.MemberName)) + ".PaperQuery.g.cs";
        context.AddSource(SafeHintName(query.Namespace, hint), code.ToString());
    }

    private static string SafeHintName(string? ns, string hint)
    {
        var name = new StringBuilder();
        foreach (char c in (ns is null ? string.Empty : ns + ".") + hint)
        {
            name.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
        }

        return name.ToString();
    }
}
