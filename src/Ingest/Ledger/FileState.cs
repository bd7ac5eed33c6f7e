using System.Text.Json.Serialization;

namespace AgendaSearch.Ingest.Ledger;

/// <summary>Where a corpus file stands. Written in kebab case ("no-text") in the ledger and the status API alike.</summary>
[JsonConverter(typeof(FileStateJsonConverter))]
public enum FileState
{
    /// <summary>Seen but not yet (re)extracted; a pending file that was indexed before keeps its old records meanwhile.</summary>
    Pending,
    Indexed,
    /// <summary>Could not be read; <see cref="LedgerEntry.Error"/> says why. Retried only when the file changes.</summary>
    Failed,
    /// <summary>Opens but has no text layer (a scanned, image-only pack): reported, not indexed as empty.</summary>
    NoText,
    /// <summary>Same bytes as <see cref="LedgerEntry.DuplicateOf"/>, which is indexed once for both.</summary>
    Duplicate,
}
