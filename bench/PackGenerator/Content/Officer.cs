namespace AgendaSearch.PackGenerator.Content;

/// <summary>A council officer; the same officers recur across packs and years, as in real packs.</summary>
internal sealed record Officer(string Name, string Role, string Department, string Phone, string Email);
