using System.Text;
using Papers.Corpus;
using Papers.Tool.Enrich;

namespace Papers.Tool.Tests.Enrich;

/// <summary><see cref="SnapshotLine"/>: the plain head scan answers as the JSON reader does, for any line.</summary>
public class SnapshotLineTests
{
    [Fact]
    public void The_head_is_read_as_the_json_reader_reads_it_for_real_and_broken_lines()
    {
        // Real lines, then each broken near its head: bytes that end or escape strings, controls, spaces, nulls
        // and numbers where strings were, bytes beyond ASCII, and lines cut short.
        byte[][] pieces = ["\""u8.ToArray(), "\\"u8.ToArray(), "\\u0041"u8.ToArray(), "\\x"u8.ToArray(), "\t"u8.ToArray(), " "u8.ToArray(),
            "\u0001"u8.ToArray(), "null"u8.ToArray(), "null,"u8.ToArray(), "12,"u8.ToArray(), ":"u8.ToArray(), ","u8.ToArray(), "{"u8.ToArray(),
            "é"u8.ToArray(), [0xFF], "\"id\":\"x\","u8.ToArray(), "\"title\":\"t\","u8.ToArray()];
        var random = new Random(3);
        int plain = 0, refused = 0;
        foreach (SnapshotRecord record in Snapshots.Oai)
        {
            byte[] line = Encoding.UTF8.GetBytes(SnapshotRenderer.Line(record));
            Check(line);
            for (int n = 0; n < 8; n++)
            {
                var broken = line.ToList();
                int at = random.Next(Math.Min(broken.Count, 400));
                switch (random.Next(3))
                {
                    case 0: broken.InsertRange(at, pieces[random.Next(pieces.Length)]); break;
                    case 1: broken.RemoveRange(at, Math.Min(random.Next(1, 4), broken.Count - at)); break;
                    default: broken[at] = pieces[random.Next(pieces.Length)][0]; break;
                }

                Check(broken.ToArray());
            }
        }

        plain.Should().BeGreaterThan(Snapshots.Oai.Count, "real lines are read the plain way");
        refused.Should().BeGreaterThan(1000, "broken heads are refused");

        void Check(byte[] line)
        {
            bool read = SnapshotLine.TryReadHead(line, out SnapshotLine.Head head);
            ReadOnlySpan<byte> trimmed = line.AsSpan().TrimEnd("\r\n\t "u8);
            bool shaped = trimmed.Length >= 2 && trimmed[0] == (byte)'{' && trimmed[^1] == (byte)'}';
            bool byReader = SnapshotLine.TryReadHeadWithReader(trimmed, out SnapshotLine.Head expected);
            string text = Encoding.UTF8.GetString(line.AsSpan(0, Math.Min(line.Length, 300)));
            read.Should().Be(shaped && byReader, text);
            if (read)
            {
                head.Should().Be(expected, text);
                plain += SnapshotLine.TryReadPlainHead(trimmed, out _) ? 1 : 0;
            }
            else
            {
                refused++;
            }
        }
    }
}
