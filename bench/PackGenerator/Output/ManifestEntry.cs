namespace AgendaSearch.PackGenerator.Output;

/// <summary>A line of manifest.json: one generated pack, its physical page count and size.</summary>
internal sealed record ManifestEntry(string Pdf, string Layout, int Pages, long Bytes, string? PreviousPack);
