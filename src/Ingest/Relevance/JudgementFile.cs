using System.Globalization;
using System.Text.RegularExpressions;
using AgendaSearch.Index.Search;
using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// Reads a judgement list (bench/relevance/needs.md, heldout.md): Markdown a person can read and edit. Prose before
/// the first need and lines starting with "# " or "&gt;" are notes. Each need is
/// <code>
/// ## mtfs-resolution (decision)
/// Want: what the Scrutiny Commission resolved on the Medium Term Financial Strategy.
/// - query: MTFS resolved
/// - query: medium term financial strategy | type=resolution; council=Leicestershire County Council
/// - 2 scrutiny-commission-2022-03-09-agenda-pack p12 resolution "supports the MTFS"
/// - 0 scrutiny-commission-2022-03-09-agenda-pack p40 "capital programme"
/// </code>
/// Filters after " | " are those of the search API: type (record kinds, comma-separated), council, body, officer,
/// from and to (yyyy-MM-dd). A judgement line is grade (0-2), pack (PDF file name without .pdf), physical page,
/// an optional record kind, and a phrase in double quotes. Every malformed line is an error with its line number.
/// </summary>
public static partial class JudgementFile
{
    public static JudgementList Read(string path) => Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));

    public static JudgementList Parse(string text, string set)
    {
        var needs = new List<InformationNeed>();
        var errors = new List<string>();
        NeedBuilder? current = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var (line, number) = (lines[i].Trim(), i + 1);
            void Error(string message) => errors.Add($"{set}:{number}: {message}");
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Finish(current, needs, errors);
                current = null;
                if (Heading().Match(line) is not { Success: true } heading)
                {
                    Error($"a need's heading is \"## id (kind)\", not \"{line}\"");
                    continue;
                }

                if (!NeedKinds.TryParse(heading.Groups["kind"].Value, out var kind))
                {
                    Error($"\"{heading.Groups["kind"].Value}\" is not a kind of need ({NeedKinds.Names})");
                    continue;
                }

                var id = heading.Groups["id"].Value;
                if (needs.Any(n => n.Id == id))
                {
                    Error($"need {id} is listed twice");
                }

                current = new NeedBuilder(set, id, kind, number);
            }
            else if (current is null || line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith('>'))
            {
                // Notes and prose outside needs.
            }
            else if (line.StartsWith("Want:", StringComparison.Ordinal))
            {
                current.Want = line["Want:".Length..].Trim();
            }
            else if (QueryLine().Match(line) is { Success: true } query)
            {
                if (ReadQuery(query.Groups["text"].Value, query.Groups["filters"].Value, number) is var (parsed, problem) && problem is not null)
                {
                    Error(problem);
                }
                else
                {
                    current.Queries.Add(parsed!);
                }
            }
            else if (JudgementLine().Match(line) is { Success: true } judged)
            {
                var grade = int.Parse(judged.Groups["grade"].Value, CultureInfo.InvariantCulture);
                var page = int.Parse(judged.Groups["page"].Value, CultureInfo.InvariantCulture);
                RecordKind? recordKind = null;
                if (judged.Groups["kind"].Success)
                {
                    recordKind = RecordKinds.TryParse(judged.Groups["kind"].Value, out var k) ? k : null;
                    if (recordKind is null)
                    {
                        Error($"\"{judged.Groups["kind"].Value}\" is not a record kind ({RecordKinds.Names})");
                        continue;
                    }
                }

                if (grade > 2 || page < 1)
                {
                    Error(grade > 2 ? $"grade {grade} is not 0, 1 or 2" : "pages are numbered from 1");
                    continue;
                }

                current.Judgements.Add(new Judgement(grade, judged.Groups["pack"].Value, page, recordKind, judged.Groups["phrase"].Value.Trim(), number));
            }
            else
            {
                Error($"expected a \"Want:\" line, a \"- query:\" line or a judgement (- GRADE PACK pPAGE [KIND] \"PHRASE\"), not \"{line}\"");
            }
        }

        Finish(current, needs, errors);
        // A need's own errors are found at its end; listed in line order, they read as the file does.
        return new JudgementList(needs, errors.OrderBy(LineOf).ToList());
    }

    private static int LineOf(string error) => int.Parse(error.Split(':')[1], CultureInfo.InvariantCulture);

    private static void Finish(NeedBuilder? need, List<InformationNeed> needs, List<string> errors)
    {
        if (need is null)
        {
            return;
        }

        var at = $"{need.Set}:{need.Line}: need {need.Id}";
        if (need.Want.Length == 0)
        {
            errors.Add($"{at} says nothing of what the user wants (a \"Want:\" line)");
        }

        if (need.Queries.Count == 0)
        {
            errors.Add($"{at} has no query");
        }

        if (!need.Judgements.Any(j => j.Grade > 0))
        {
            errors.Add($"{at} has no judgement graded 1 or 2");
        }

        needs.Add(new InformationNeed(need.Set, need.Id, need.Kind, need.Want, need.Queries, need.Judgements, need.Line));
    }

    private static (NeedQuery? Query, string? Error) ReadQuery(string text, string filters, int line)
    {
        var request = new SearchRequest { Query = text.Trim() };
        foreach (var filter in filters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (filter.Split('=', 2) is not [var key, var value] || value.Trim().Length == 0)
            {
                return (null, $"a filter is key=value, not \"{filter}\"");
            }

            value = value.Trim();
            switch (key.Trim())
            {
                case "type":
                    var kinds = new List<RecordKind>();
                    foreach (var name in value.Split(',', StringSplitOptions.TrimEntries))
                    {
                        if (!RecordKinds.TryParse(name, out var kind))
                        {
                            return (null, $"\"{name}\" is not a record kind ({RecordKinds.Names})");
                        }

                        kinds.Add(kind);
                    }

                    request = request with { Types = kinds };
                    break;
                case "council":
                    request = request with { Councils = [value] };
                    break;
                case "body":
                    request = request with { Bodies = [value] };
                    break;
                case "officer":
                    request = request with { Officers = [value] };
                    break;
                case "from" or "to":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return (null, $"{key} is a date yyyy-MM-dd, not \"{value}\"");
                    }

                    request = key == "from" ? request with { From = date } : request with { To = date };
                    break;
                default:
                    return (null, $"\"{key}\" is not a filter (type, council, body, officer, from, to)");
            }
        }

        return request.Query!.Length == 0 && filters.Length == 0
            ? (null, "a query has words or filters")
            : (new NeedQuery(text.Trim(), request, line), null);
    }

    private sealed class NeedBuilder(string set, string id, NeedKind kind, int line)
    {
        public string Set => set;
        public string Id => id;
        public NeedKind Kind => kind;
        public int Line => line;
        public string Want { get; set; } = "";
        public List<NeedQuery> Queries { get; } = [];
        public List<Judgement> Judgements { get; } = [];
    }

    [GeneratedRegex(@"^##\s+(?<id>[a-z0-9][a-z0-9-]*)\s+\((?<kind>[a-z-]+)\)\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^-\s+query:\s*(?<text>.*?)(?:\s+\|\s+(?<filters>.*))?$")]
    private static partial Regex QueryLine();

    [GeneratedRegex(@"^-\s+(?<grade>\d+)\s+(?<pack>[A-Za-z0-9_.-]+)\s+p(?<page>\d+)(?:\s+(?<kind>[a-z]+))?\s+""(?<phrase>[^""]+)""\s*$")]
    private static partial Regex JudgementLine();
}
