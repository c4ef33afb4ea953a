using System.Diagnostics;
using System.Globalization;
using Papers.Citations;

namespace Papers.Benchmarks;

/// <summary>
/// citeproc-js 2.4.63 doing <see cref="CitationBenchmarks"/>' job on the same CSL-JSON: per style, one engine, then
/// (updateItems, makeBibliography, one makeCitationCluster per item) timed after warm-up, median of 10 runs.
/// Installed from npm into the temp folder the agreement tests use (<c>tests/Shared/CiteprocPackage.cs</c>).
/// </summary>
internal static class CiteprocTiming
{
    private const string Script = """
        const fs = require('fs');
        const path = require('path');
        const CSL = require('citeproc');
        const locales = require('@citation-js/plugin-csl/lib/locales.json');
        const items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
        const byId = new Map(items.map(i => [i.id, i]));
        for (const stylePath of process.argv.slice(3)) {
          const sys = { retrieveLocale: l => locales[l] || locales['en-US'], retrieveItem: id => byId.get(id) };
          const engine = new CSL.Engine(sys, fs.readFileSync(stylePath, 'utf8'), 'en-US');
          engine.setOutputFormat('text');
          const run = () => {
            engine.updateItems(items.map(i => i.id));
            let n = engine.makeBibliography()[1].join('').length;
            for (const it of items) n += engine.makeCitationCluster([{ id: it.id }]).length;
            return n;
          };
          for (let i = 0; i < 3; i++) run();
          const times = [];
          for (let i = 0; i < 10; i++) { const t = process.hrtime.bigint(); run(); times.push(Number(process.hrtime.bigint() - t) / 1e6); }
          times.sort((a, b) => a - b);
          console.log(path.basename(stylePath, '.csl') + ' ' + ((times[4] + times[5]) / 2).toFixed(1));
        }
        """;

    public static readonly (CitationStyle Style, string Csl)[] Styles =
    [
        (CitationStyle.Apa, "apa"), (CitationStyle.Mla, "modern-language-association"), (CitationStyle.ChicagoAuthorDate, "chicago-author-date"),
        (CitationStyle.Ieee, "ieee"), (CitationStyle.Harvard, "harvard-cite-them-right"), (CitationStyle.Vancouver, "nlm-citation-sequence"),
    ];

    /// <summary>Median milliseconds per style.</summary>
    public static Dictionary<CitationStyle, double> Measure(IReadOnlyList<Paper> papers)
    {
        string folder = Papers.Tests.Shared.CiteprocPackage.Install("npm");
        File.WriteAllText(Path.Combine(folder, "time.js"), Script);
        string items = Path.Combine(folder, "timing-items.json");
        File.WriteAllText(items, papers.Export(ExportFormat.CslJson));
        var args = new List<string> { Path.Combine(folder, "time.js"), items };
        args.AddRange(Styles.Select(s => Path.Combine(Paths.Data, "csl", s.Csl + ".csl")));
        string output = Run("node", args.ToArray());
        var result = new Dictionary<CitationStyle, double>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = line.Split(' ');
            result[Styles.Single(s => s.Csl == parts[0]).Style] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} failed: {error}");
    }
}
