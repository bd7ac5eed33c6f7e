using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Ingest.Scoring;

/// <summary>
/// Scores a parsed pack (the `inspect` JSON) against a hand-checked gold file: the same checks, in the
/// same order and with the same matching rules, as the team's reference scorer `tools/score-pack`, so a
/// fresh clone can measure itself without anything beside the repository. Each check is 0..1; the score
/// is their mean. See <see cref="ScoreChecks"/> for what is compared.
/// </summary>
public static partial class PackScore
{
    private static readonly HashSet<string> Honorifics = ["mr", "mrs", "ms", "miss", "dr", "cc", "jp", "the"];

    /// <summary>
    /// Parses the PDF a gold file names (its "pdf" field, in <paramref name="pdfFolder"/>) and scores the parse:
    /// what the `score` verb and the real-paper tests both do for each gold file.
    /// </summary>
    public static PackScoreResult ScoreGoldFile(string goldPath, string pdfFolder)
    {
        var gold = JsonNode.Parse(File.ReadAllText(goldPath)) ?? throw new InvalidDataException($"{goldPath} is empty");
        var pdf = Path.Combine(pdfFolder, gold["pdf"]?.GetValue<string>() ?? Path.GetFileNameWithoutExtension(goldPath) + ".pdf");
        var parsed = JsonNode.Parse(PackJson.Serialize(PackParser.Parse(PdfTextReader.Read(pdf))))!;
        return Score(gold, parsed);
    }

    public static PackScoreResult Score(JsonNode gold, JsonNode parsed)
    {
        var checks = new List<(string Name, double Value)>();
        void Check(string name, double value) => checks.Add((name, value));

        var gm = gold["meeting"] as JsonObject ?? [];
        var pm = parsed["meeting"] as JsonObject ?? [];
        Check("meeting.body", SameBody(gm, pm) ? 1 : 0);
        var dates = Strings(gm["dateAlso"]).Prepend(Str(gm["date"])).ToList();
        Check("meeting.date", dates.Contains(Date(pm["date"])) ? 1 : 0);

        var goldItems = ByNumber(gold["agendaItems"]);
        var gotItems = ByNumber(parsed["agendaItems"]);
        var titled = goldItems.Count(kv => gotItems.TryGetValue(kv.Key, out var p) && Similar(Str(kv.Value["title"]), Str(p["title"])));
        Check("agendaItems.f1", F1(gotItems.Count, goldItems.Count, titled));
        var withBy = goldItems.Where(kv => Str(kv.Value["reportBy"]).Length > 0).ToList();
        if (withBy.Count > 0)
            Check("agendaItems.reportBy", withBy.Count(kv => Norm(Str(kv.Value["reportBy"])) == Norm(Str(gotItems.GetValueOrDefault(kv.Key)?["reportBy"]))) / (double)withBy.Count);
        var want = goldItems.SelectMany(kv => Strings(kv.Value["officers"]).Select(o => (kv.Key, Person(o)))).ToList();
        var have = gotItems.SelectMany(kv => Strings(kv.Value["officers"]).Select(o => (kv.Key, Person(o)))).ToHashSet();
        if (want.Count > 0)
            Check("agendaItems.officers.recall", want.Count(have.Contains) / (double)want.Count);

        if (gold["minutes"] is JsonObject gmin && gmin.Count > 0)
        {
            var pmin = parsed["minutes"] as JsonObject ?? [];
            Check("minutes.ofMeeting.date", Str(gmin["ofMeeting"]?["date"]) == Date(pmin["ofMeeting"]?["date"]) ? 1 : 0);
            var ge = ByNumber(gmin["entries"]);
            var pe = ByNumber(pmin["entries"]);
            var entries = ge.Count(kv => pe.TryGetValue(kv.Key, out var p) && Similar(Str(kv.Value["title"]), Str(p["title"])));
            Check("minutes.entries.f1", F1(pe.Count, ge.Count, entries));
            int Parts(JsonNode? e) => (e?["resolutions"] as JsonArray)?.Count ?? 0;
            var goldParts = ge.Values.Sum(Parts);
            var gotParts = pe.Values.Sum(Parts);
            var matched = ge.Sum(kv => Math.Min(Parts(kv.Value), Parts(pe.GetValueOrDefault(kv.Key))));
            Check("minutes.resolutions.f1", F1(gotParts, goldParts, matched));
        }

        var gq = (gold["questions"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var pq = (parsed["questions"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var used = new HashSet<int>();
        var found = 0;
        foreach (var q in gq)
        {
            var start = Norm(Str(q["startsWith"]));
            start = start[..Math.Min(40, start.Length)];
            for (var k = 0; k < pq.Count; k++)
            {
                var p = pq[k];
                if (used.Contains(k) || Str(p["kind"]) != Str(q["kind"]))
                    continue;
                var text = Str(p["text"]) is { Length: > 0 } t ? t : Str(p["startsWith"]);
                if (Person(Str(p["askedBy"])) == Person(Str(q["askedBy"])) && Norm(text).StartsWith(start, StringComparison.Ordinal))
                {
                    used.Add(k);
                    found++;
                    break;
                }
            }
        }
        Check("questions.f1", F1(pq.Count, gq.Count, found));

        return new PackScoreResult(checks.Average(c => c.Value), checks);
    }

    /// <summary>Lower case, typographic quotes and dashes made plain, only letters, digits and apostrophes, one space between words.</summary>
    public static string Norm(string? s)
    {
        var text = Compatible(s ?? "").ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2013', '-').Replace('\u2014', '-');
        return string.Join(' ', WordRun().Matches(text).Select(m => m.Value));
    }

    private static bool SameBody(JsonObject gold, JsonObject got)
    {
        var g = Norm(Str(gold["body"]));
        var p = Norm(Str(got["body"]));
        if (g.Length == 0)
            return p.Length == 0;
        var forms = new[] { p, Norm($"{Str(got["council"])} {Str(got["body"])}") };
        foreach (var f in forms.Where(f => f.Length > 0))
        {
            var (shorter, longer) = f.Length <= g.Length ? (f, g) : (g, f);
            if (f == g || (shorter.Contains(' ') && longer.EndsWith(" " + shorter, StringComparison.Ordinal)))
                return true;
        }
        return Strings(gold["bodyAlso"]).Select(Norm).Contains(p);
    }

    private static bool Similar(string a, string b)
    {
        var ta = Tokens(a);
        var tb = Tokens(b);
        if (ta.Count == 0 && tb.Count == 0)
            return true;
        return ta.Intersect(tb).Count() / (double)Math.Max(1, ta.Union(tb).Count()) >= 0.8;
    }

    private static HashSet<string> Tokens(string s) => Norm(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    /// <summary>Surname-ish key: the last word that is not a title or honorific.</summary>
    private static string Person(string s) =>
        Norm(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Honorifics.Contains(w)).LastOrDefault() ?? "";

    private static double F1(int found, int expected, int matched)
    {
        var p = found > 0 ? matched / (double)found : expected == 0 ? 1.0 : 0.0;
        var r = expected > 0 ? matched / (double)expected : 1.0;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The first entry per number, as the reference scorer keeps (numbers compared as printed JSON values).</summary>
    private static Dictionary<string, JsonNode> ByNumber(JsonNode? list)
    {
        var byNumber = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var node in (list as JsonArray ?? []).OfType<JsonObject>())
            byNumber.TryAdd(node["number"]?.ToJsonString() ?? "null", node);
        return byNumber;
    }

    private static string Str(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>The first ten characters of a date value, as printed.</summary>
    private static string Date(JsonNode? node) => node is null ? "None" : Str(node) is var s && s.Length > 10 ? s[..10] : Str(node);

    private static IEnumerable<string> Strings(JsonNode? node) =>
        (node as JsonArray ?? []).Select(Str);

    /// <summary>
    /// The compatibility forms that occur in council PDFs (ligatures, no-break and thin spaces). The
    /// process runs with invariant globalization, where string.Normalize does nothing.
    /// </summary>
    private static string Compatible(string s)
    {
        if (s.All(c => c < 0x80))
            return s;
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            b.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\u00A0' or '\u2009' or '\u202F' => " ",
                _ => c.ToString(CultureInfo.InvariantCulture),
            });
        }
        return b.ToString();
    }

    [GeneratedRegex("[a-z0-9']+")]
    private static partial Regex WordRun();
}
