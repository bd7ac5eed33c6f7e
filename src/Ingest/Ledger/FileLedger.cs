using System.Text.Json;

namespace AgendaSearch.Ingest.Ledger;

/// <summary>
/// Every corpus file the ingest has seen. It is saved in the index's own commit user data, so the ledger
/// and the records it describes are always committed together: after a kill -9 both are as of the same commit.
/// Thread-safe; every write to it goes through <see cref="Worker.IndexGate"/> alongside the index write it describes.
/// </summary>
public sealed class FileLedger
{
    /// <summary>The commit user-data key; the version lets a future format ignore an old ledger (forcing a rebuild).</summary>
    public const string UserDataKey = "agendasearch.ledger.v1";

    private readonly Dictionary<string, LedgerEntry> entries = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    public static FileLedger Load(IReadOnlyDictionary<string, string> userData)
    {
        var ledger = new FileLedger();
        if (userData.TryGetValue(UserDataKey, out var json))
            foreach (var entry in JsonSerializer.Deserialize<LedgerEntry[]>(json, JsonSerializerOptions.Web) ?? [])
                ledger.entries[entry.File] = entry;
        return ledger;
    }

    public Dictionary<string, string> ToUserData()
    {
        lock (sync)
            return new() { [UserDataKey] = JsonSerializer.Serialize(entries.Values.OrderBy(e => e.File, StringComparer.Ordinal), JsonSerializerOptions.Web) };
    }

    public LedgerEntry? this[string file]
    {
        get { lock (sync) return entries.GetValueOrDefault(file); }
    }

    public void Set(LedgerEntry entry)
    {
        lock (sync)
            entries[entry.File] = entry;
    }

    public void Remove(string file)
    {
        lock (sync)
            entries.Remove(file);
    }

    public int Count
    {
        get { lock (sync) return entries.Count; }
    }

    public IReadOnlyList<LedgerEntry> Snapshot()
    {
        lock (sync)
            return entries.Values.OrderBy(e => e.File, StringComparer.Ordinal).ToList();
    }

    /// <summary>The file whose extraction stands for <paramref name="hash"/> (not a duplicate, not pending), if any.</summary>
    public LedgerEntry? OwnerOf(string hash, string except)
    {
        lock (sync)
            return entries.Values
                .Where(e => e.Hash == hash && e.File != except && e.State is not (FileState.Duplicate or FileState.Pending))
                .MinBy(e => e.File, StringComparer.Ordinal);
    }

    public IReadOnlyList<LedgerEntry> DuplicatesOf(string file)
    {
        lock (sync)
            return entries.Values.Where(e => e.DuplicateOf == file).OrderBy(e => e.File, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> FilesUnder(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        lock (sync)
            return entries.Keys.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    public bool PackIdTaken(string packId, string except)
    {
        lock (sync)
            return entries.Values.Any(e => e.File != except && e.PackId == packId);
    }
}
