using Papers.Tool.Enrich;

namespace Papers.Tool.Tests.Enrich;

/// <summary><see cref="TextHash"/>: a text's hash and prefix read in place, from its bytes alone.</summary>
public class TextHashTests
{
    private const int Longest = 40;

    [Fact]
    public void A_text_hashes_the_same_whatever_bytes_follow_it()
    {
        var random = new Random(16);
        for (int length = 0; length <= Longest; length++)
        {
            byte[] text = Text(random, length);
            byte[] zeros = Room(text, 0x00);
            byte[] ones = Room(text, 0xFF);
            byte[] noise = Room(text, 0x00);
            random.NextBytes(noise.AsSpan(length));

            ulong hash = TextHash.Of(zeros, length);
            TextHash.Of(ones, length).Should().Be(hash, $"a {length}-byte text is hashed from its own bytes");
            TextHash.Of(noise, length).Should().Be(hash);
            TextHash.Prefix(ones, length).Should().Be(TextHash.Prefix(zeros, length));
        }
    }

    [Fact]
    public void Texts_that_differ_in_one_byte_or_in_length_hash_differently()
    {
        var random = new Random(17);
        var seen = new HashSet<ulong>();
        for (int length = 0; length <= Longest; length++)
        {
            byte[] text = Text(random, length);
            seen.Add(TextHash.Of(Room(text, 0), length)).Should().BeTrue($"the {length}-byte text is the first with its hash");

            // One byte longer, by a zero byte: the masked-off room reads as zeros, so only the length tells them apart.
            byte[] longer = Room([.. text, 0], 0);
            TextHash.Of(longer, length + 1).Should().NotBe(TextHash.Of(longer, length));
            for (int at = 0; at < length; at++)
            {
                byte[] other = Room(text, 0);
                other[at] ^= 0x01;
                seen.Add(TextHash.Of(other, length)).Should().BeTrue($"byte {at} of a {length}-byte text counts");
            }
        }
    }

    [Fact]
    public void The_prefix_is_the_first_eight_bytes_with_zeros_after_a_shorter_text()
    {
        byte[] text = Room("abcdefghij"u8.ToArray(), 0xFF);

        TextHash.Prefix(text, 10).Should().Be(0x6867666564636261UL);
        TextHash.Prefix(text, 3).Should().Be(0x636261UL);
        TextHash.Prefix(text, 0).Should().Be(0UL);
    }

    private static byte[] Text(Random random, int length)
    {
        byte[] text = new byte[length];
        random.NextBytes(text);
        return text;
    }

    private static byte[] Room(byte[] text, byte fill)
    {
        byte[] room = Enumerable.Repeat(fill, text.Length + TextHash.RoomAfter).ToArray();
        text.CopyTo(room, 0);
        return room;
    }
}
