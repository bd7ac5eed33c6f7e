using System.Text.Json;

namespace AgendaSearch.Ingest.Councils;

/// <summary>
/// Reads the council.json that names a document's council: the one in the document's first-level folder of
/// the corpus, else the one at the corpus root. A file that cannot be read or names no council counts as absent
/// (the council is then detected from the document), so a typo never stops a pack from being indexed.
/// </summary>
internal static class CouncilFiles
{
    public const string FileName = "council.json";

    /// <summary>The context of <paramref name="relativePath"/> (a file under <paramref name="root"/>).</summary>
    public static DocumentContext For(string root, string relativePath)
    {
        var context = new DocumentContext(relativePath.Replace('\\', '/'));
        var named = (context.Folder is { } folder ? NameIn(Path.Combine(root, folder)) : null) ?? NameIn(root);
        return context with { NamedCouncil = named };
    }

    /// <summary>The "name" of the council.json in <paramref name="folder"/>, or null.</summary>
    public static string? NameIn(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return json.RootElement.ValueKind == JsonValueKind.Object
                   && json.RootElement.TryGetProperty("name", out var name)
                   && name.ValueKind == JsonValueKind.String
                   && name.GetString()?.Trim() is { Length: > 0 } value
                ? value
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
