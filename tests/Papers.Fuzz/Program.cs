using System.Diagnostics;
using System.Text;
using Papers;
using Papers.Query;

// Two drivers. "afl <target>": a coverage-guided target for afl-fuzz through SharpFuzz (tests/Papers.Fuzz/afl.sh
// instruments Papers.dll and runs each target for a bounded time). Otherwise: mutates real digests and queries at
// random for a fixed time and reports inputs tried and crashes (tests/Papers.Fuzz/run.sh).
// Usage: dotnet run -c Release --project tests/Papers.Fuzz -- <seconds> <seed-digest> <out-dir>
if (args is ["afl", string target])
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Papers.Fuzz.FuzzTargets.Run(target, buffer.ToArray());
    });
    return 0;
}

int seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 60;
string seedPath = args.Length > 1 ? args[1] : "samples/Papers.Sample/digests/trending-mar11.txt";
string outDir = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "papers-fuzz");
Directory.CreateDirectory(outDir);

byte[] seed = File.ReadAllBytes(seedPath);
string[] queries = ["topic:multimodal has:code -survey", "(a OR b) \"masked video\" title:MAE", "date:2024-03-01..2024-03-15 link:github.com"];
byte[] dictionary = Encoding.UTF8.GetBytes("\n\r\r\n:\"'()-*/\\{}$#<>&`|\u2028\u202E\uFEFF Mar 11 2024-03-11 Authors: arXiv: https:// OR title: has:");
var random = new Random(Environment.TickCount);
var clock = Stopwatch.StartNew();
long digests = 0, queryInputs = 0, crashes = 0;
while (clock.Elapsed.TotalSeconds < seconds)
{
    byte[] input = Mutate(seed, random, dictionary);
    try
    {
        using var reader = new StreamReader(new MemoryStream(input), new UTF8Encoding(false), true);
        DigestLoadResult result = DigestLoader.Parse(reader.ReadToEnd(), "fuzz.txt");
        _ = result.Papers.Sum(p => p.Title.Length + p.Topics.Count);
    }
    catch (Exception e)
    {
        crashes++;
        File.WriteAllBytes(Path.Combine(outDir, $"digest-{crashes}.bin"), input);
        Console.Error.WriteLine($"digest crash {crashes}: {e.GetType().Name}: {e.Message}");
    }

    digests++;
    string query = Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(queries[random.Next(queries.Length)]), random, dictionary));
    try
    {
        _ = PaperQuery.TryParse(query, out _, out _); // only that it returns, whatever the answer
    }
    catch (Exception e)
    {
        crashes++;
        File.WriteAllText(Path.Combine(outDir, $"query-{crashes}.txt"), query);
        Console.Error.WriteLine($"query crash {crashes}: {e.GetType().Name}: {e.Message}");
    }

    queryInputs++;
}

Console.WriteLine($"fuzzed {seconds} s: {digests:N0} digests and {queryInputs:N0} queries tried, {crashes} crashes");
return crashes == 0 ? 0 : 1;

static byte[] Mutate(byte[] source, Random random, byte[] dictionary)
{
    var data = new List<byte>(source);
    int edits = random.Next(1, 16);
    for (int i = 0; i < edits && data.Count > 0; i++)
    {
        int at = random.Next(data.Count);
        switch (random.Next(5))
        {
            case 0: data[at] = (byte)random.Next(256); break;
            case 1: data.RemoveRange(at, Math.Min(random.Next(1, 64), data.Count - at)); break;
            case 2: data.InsertRange(at, Enumerable.Range(0, random.Next(1, 8)).Select(_ => dictionary[random.Next(dictionary.Length)])); break;
            case 3:
                int from = random.Next(data.Count);
                data.InsertRange(at, data.GetRange(from, Math.Min(random.Next(1, 256), data.Count - from)));
                break;
            default: data.Insert(at, (byte)(random.Next(2) == 0 ? '\n' : ':')); break;
        }
    }

    return data.ToArray();
}
