using System.Text;
using Papers.Parsing;

namespace Papers.Tests.Parsing;

/// <summary>Which encodings a digest may be in, judged from its first bytes or from the text the compiler decoded.</summary>
public class DigestEncodingTests
{
    private static string? Judge(params byte[] head) => DigestEncoding.ProblemInBytes(head, head.Length);

    [Fact]
    public void UTF_32_is_named_by_its_byte_order_mark()
    {
        Judge(0xFF, 0xFE, 0, 0, (byte)'M', 0, 0, 0).Should().Be("UTF-32 LE");
        Judge(0, 0, 0xFE, 0xFF, 0, 0, 0, (byte)'M').Should().Be("UTF-32 BE");
        Judge(0xFF, 0xFE, 0).Should().BeNull("three bytes are a UTF-16 LE mark and a NUL, not a UTF-32 mark");
        Judge(0, 0, 0xFE).Should().BeNull("too short to be anything");
    }

    [Fact]
    public void UTF_16_with_a_byte_order_mark_may_be_read_however_many_NULs_follow()
    {
        byte[] le = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Mar 11\n\nA Title")).ToArray();
        byte[] be = new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes("Mar 11\n\nA Title")).ToArray();

        Judge(le).Should().BeNull();
        Judge(be).Should().BeNull();
        Judge(0xFF, 0x00, 0, 0, 0, 0, 0, 0).Should().Be("UTF-16 or UTF-32 without a byte-order mark", "0xFF alone is no mark");
        Judge(0x00, 0xFE, 0, 0, 0, 0, 0, 0).Should().Be("UTF-16 or UTF-32 without a byte-order mark", "0xFE after 0x00 is no mark");
    }

    [Fact]
    public void Text_with_a_NUL_in_every_third_byte_or_more_is_two_or_four_bytes_per_letter()
    {
        Judge(Encoding.Unicode.GetBytes("Mar 11 A Title")).Should().Be("UTF-16 or UTF-32 without a byte-order mark");
        Judge(Encoding.UTF8.GetBytes("Mar 11\n\nA Title\n\nAn abstract.")).Should().BeNull();
        Judge(new byte[] { 0, (byte)'a', (byte)'b', 0, (byte)'c', (byte)'d', 0, (byte)'e', (byte)'f' }).Should().NotBeNull("3 NULs in 9 bytes is the threshold");
        Judge(new byte[] { 0, (byte)'a', (byte)'b', (byte)'x', 0, (byte)'c', (byte)'d', (byte)'y', 0, (byte)'e' }).Should().BeNull("3 NULs in 10 bytes is text with NULs");
        Judge(0, 0, 0, 0, 0, 0, 0).Should().BeNull("fewer than 8 bytes say nothing");
        Judge(0, 0, 0, 0, 0, 0, 0, 0).Should().NotBeNull();
    }

    [Fact]
    public void Only_the_first_4096_bytes_are_sampled()
    {
        byte[] text = Encoding.UTF8.GetBytes(new string('a', 4096)).Concat(new byte[4096]).ToArray();
        Judge(text).Should().BeNull("the NULs start after the sample");
        DigestEncoding.ProblemInBytes(text, 4000).Should().BeNull();
    }

    [Fact]
    public void Decoded_text_tells_the_same()
    {
        DigestEncoding.ProblemInText("\0M\0a\0r", decodedAsUtf16: true).Should().Be("UTF-32 LE");
        DigestEncoding.ProblemInText("\0", decodedAsUtf16: false).Should().BeNull("one NUL read as UTF-8 is not a mark");
        DigestEncoding.ProblemInText(string.Empty, decodedAsUtf16: true).Should().BeNull();
        DigestEncoding.ProblemInText("M\0a\0r\0 \01\01\0", decodedAsUtf16: false).Should().Be("UTF-16 or UTF-32 without a byte-order mark");
        DigestEncoding.ProblemInText("Mar 11\n\nA Title", decodedAsUtf16: false).Should().BeNull();
        DigestEncoding.ProblemInText(new string('a', 4096) + new string('\0', 4096), decodedAsUtf16: false).Should().BeNull("only the sample counts");
    }
}
