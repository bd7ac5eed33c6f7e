using System.Text.Json.Nodes;

namespace AgendaSearch.Cluster.E2E.Tests.Support;

/// <summary>
/// A node's whole index as /api/search.ndjson gives it (every record type, blank query, the export's full limit),
/// normalised to what must be equal between nodes: the score is dropped (a blank query's score depends on the
/// index's segments, not the record) and the node's own address leaves the absolute links and the citation; the
/// lines are sorted by
/// their text (the order of records with the same date follows each index's document order).
/// </summary>
internal static class Exports
{
    private const string Everything =
        "/api/search.ndjson?type=meeting&type=item&type=minute&type=resolution&type=question&type=section&limit=100000";

    public static async Task<IReadOnlyList<string>> ReadAsync(SearchApiProcess node)
    {
        var answer = await node.GetAsync(Everything) ?? throw new InvalidOperationException($"{node.Name} did not answer the export");
        if (answer.Status != System.Net.HttpStatusCode.OK)
            throw new InvalidOperationException($"{node.Name} answered the export with {answer.Status}: {answer.Body}");
        var origin = node.Address.GetLeftPart(UriPartial.Authority);
        return answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Normalise(JsonNode.Parse(line.Replace(origin, "", StringComparison.Ordinal))!.AsObject()))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The pack id of an exported line.</summary>
    public static string PackId(string line) => JsonNode.Parse(line)!["packId"]!.GetValue<string>();

    /// <summary>Fails with the count and the first few lines each side lacks when two exports differ.</summary>
    public static void Equal(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        Assert.True(expected.Count > 0, $"{what}: the expected export is empty");
        if (expected.SequenceEqual(actual))
            return;
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.Fail($"{what}: {actual.Count} records against {expected.Count} expected, {missing.Count} missing or different; " +
                    $"missing or different: {string.Join(", ", missing.Take(3).Select(Id))}; unexpected or different: {string.Join(", ", extra.Take(3).Select(Id))}" +
                    FirstDifference(missing, extra));
    }

    /// <summary>For the first record on both sides with different content, the fields that differ.</summary>
    private static string FirstDifference(List<string> expected, List<string> actual)
    {
        var theirs = actual.ToLookup(Id);
        foreach (var line in expected)
        {
            if (theirs[Id(line)].FirstOrDefault() is not { } other)
                continue;
            var a = JsonNode.Parse(line)!.AsObject();
            var b = JsonNode.Parse(other)!.AsObject();
            var fields = a.Select(p => p.Key).Union(b.Select(p => p.Key))
                .Where(k => a[k]?.ToJsonString() != b[k]?.ToJsonString())
                .Select(k => $"\n  {k}: expected {Cut(a[k]?.ToJsonString())}\n  {new string(' ', k.Length)}  actual   {Cut(b[k]?.ToJsonString())}");
            return $"\nfirst difference, {Id(line)}:{string.Concat(fields)}";
        }
        return "";
    }

    private static string? Cut(string? text) => text is { Length: > 300 } ? text[..300] + "..." : text;

    private static string Id(string line) => JsonNode.Parse(line)!["id"]!.GetValue<string>();

    private static string Normalise(JsonObject row)
    {
        row.Remove("score");
        return row.ToJsonString();
    }
}
