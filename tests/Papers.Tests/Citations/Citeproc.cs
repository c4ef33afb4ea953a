using System.Text.Json;
using Papers.Tests.Shared;

namespace Papers.Tests.Citations;

/// <summary>
/// citeproc-js, the reference CSL processor, installed from npm into a temp folder on first use and run with the
/// CSL files in data/csl on CSL-JSON that this library exported.
/// </summary>
internal static class Citeproc
{
    // The en-US locale comes from @citation-js/plugin-csl; each style gets its own engine over the same items.
    private const string Script = """
        const fs = require('fs');
        const path = require('path');
        const CSL = require('citeproc');
        const locales = require('@citation-js/plugin-csl/lib/locales.json');
        const items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
        const byId = new Map(items.map(i => [i.id, i]));
        const out = {};
        for (const stylePath of process.argv.slice(3)) {
          const sys = { retrieveLocale: l => locales[l] || locales['en-US'], retrieveItem: id => byId.get(id) };
          const engine = new CSL.Engine(sys, fs.readFileSync(stylePath, 'utf8'), 'en-US');
          engine.setOutputFormat('text');
          engine.updateItems(items.map(i => i.id));
          const [meta, entries] = engine.makeBibliography();
          const cites = {};
          for (const it of items) cites[it.id] = engine.makeCitationCluster([{ id: it.id }]);
          out[path.basename(stylePath, '.csl')] = { ids: meta.entry_ids.map(x => x[0]), entries: entries.map(e => e.trim()), cites };
        }
        process.stdout.write(JSON.stringify(out));
        """;

    private static readonly Lazy<string> Folder = new(Install);

    public static string Node => Which("node");

    /// <summary>Runs citeproc-js over CSL-JSON for each style (file names in data/csl without ".csl").</summary>
    public static Dictionary<string, CiteprocOutput> Run(string cslJson, params string[] styles)
    {
        string folder = Folder.Value;
        string items = Path.Combine(folder, $"items-{Guid.NewGuid():N}.json");
        File.WriteAllText(items, cslJson);
        try
        {
            var args = new List<string> { Path.Combine(folder, "run.js"), items };
            args.AddRange(styles.Select(s => RepoPaths.CslStyle(s)));
            // One node process formats every entry in every style: minutes on a busy 2-core machine.
            var (exit, output) = Tool.RunIn(null, TimeSpan.FromMinutes(10), Node, args.ToArray());
            exit.Should().Be(0, output);
            return JsonSerializer.Deserialize<Dictionary<string, CiteprocOutput>>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        }
        finally
        {
            File.Delete(items);
        }
    }

    public static string Which(string program)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Tool.Require("/usr/bin/" + program);
    }

    private static string Install()
    {
        string folder = CiteprocPackage.Install(Which("npm"));
        File.WriteAllText(Path.Combine(folder, "run.js"), Script);
        return folder;
    }
}

/// <summary>One style's output: the bibliography order, its entries, and each item's in-text citation.</summary>
internal sealed record CiteprocOutput(List<string> Ids, List<string> Entries, Dictionary<string, string> Cites);
