using AgendaSearch.Ingest.Tests.Packs;

namespace AgendaSearch.Ingest.Tests.Fixtures;

/// <summary>Runs a parser over a fixture and checks its JSON against "name.json" beside "name.txt".</summary>
internal static class FixtureCase
{
    public static void Check<T>(string kind, string name, Func<string, T> parse)
    {
        var actual = ParsedJson.Serialize(parse(name));
        Golden.Verify(actual, FixtureText.PathOf(kind, Path.ChangeExtension(name, ".json")));
    }
}
