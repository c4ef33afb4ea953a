using Papers.Parsing.Sidecar;

namespace Papers.Tests.Parsing.Sidecar;

/// <summary>The strict JSON reader under CSL-JSON sidecars: every value kind, every escape, every error located.</summary>
public class JsonReaderTests
{
    [Fact]
    public void Values_of_every_kind_are_read()
    {
        var root = (Dictionary<string, object?>)JsonReader.Parse(" { \"t\" : true, \"f\": false, \"n\": null, \"x\": -12.5e1, \"a\": [ 1, \"two\", [] ], \"o\": {} } ")!;

        root["t"].Should().Be(true);
        root["f"].Should().Be(false);
        root.Should().ContainKey("n").WhoseValue.Should().BeNull();
        root["x"].Should().Be(-125.0);
        ((List<object?>)root["a"]!).Should().HaveCount(3).And.HaveElementAt(0, 1.0).And.HaveElementAt(1, "two");
        ((List<object?>)((List<object?>)root["a"]!)[2]!).Should().BeEmpty();
        ((Dictionary<string, object?>)root["o"]!).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\"a\\/b\"", "a/b")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t")]
    [InlineData("\"\\u00e9\\u00C9\\u0041\"", "éÉA")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    public void Escapes_decode(string json, string text) =>
        JsonReader.Parse(json).Should().Be(text);

    [Theory]
    [InlineData("{\"a\": 1} x", 1, 10, "unexpected 'x' after the JSON value")]
    [InlineData("[1, 2", 1, 6, "expected ',' or ']'")]
    [InlineData("[1 2]", 1, 4, "expected ',' or ']'")]
    [InlineData("{a: 1}", 1, 2, "expected a property name in double quotes")]
    [InlineData("{\"a\" 1}", 1, 6, "expected ':' after \"a\"")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}'")]
    [InlineData("\"abc", 1, 5, "the string is never closed")]
    [InlineData("\"a\nb\"", 1, 3, "a control character inside a string must be escaped")]
    [InlineData("\"\\x\"", 1, 4, "'\\x' is not a JSON escape")]
    [InlineData("\"\\u12G4\"", 1, 7, "\\u must be followed by four hex digits")]
    [InlineData("\"\\u12", 1, 6, "\\u must be followed by four hex digits")]
    [InlineData("tru", 1, 4, "expected 'true'")]
    [InlineData("nul", 1, 4, "expected 'null'")]
    [InlineData("fals", 1, 5, "expected 'false'")]
    [InlineData("", 1, 1, "the file ends where a value was expected")]
    [InlineData("[1,\n ?]", 2, 2, "unexpected '?'")]
    public void Errors_say_what_and_where(string json, int line, int column, string message)
    {
        SidecarSyntaxException error = FluentActions.Invoking(() => JsonReader.Parse(json)).Should().Throw<SidecarSyntaxException>().Which;

        error.Message.Should().Contain(message);
        (error.Line, error.Column).Should().Be((line, column));
    }

    [Fact]
    public void Nesting_is_bounded_at_64_levels()
    {
        JsonReader.Parse(new string('[', 65) + new string(']', 65)).Should().NotBeNull();
        FluentActions.Invoking(() => JsonReader.Parse(new string('[', 66) + new string(']', 66)))
            .Should().Throw<SidecarSyntaxException>().WithMessage("*nesting deeper than 64 levels*");
        FluentActions.Invoking(() => JsonReader.Parse("{\"a\":" + new string('[', 65) + new string(']', 65) + "}"))
            .Should().Throw<SidecarSyntaxException>().WithMessage("*nesting deeper than 64 levels*");
    }
}
