namespace AgendaSearch.Ingest.Officers;

/// <summary>One entry of an "Officers to Contact" / "Contact details" block, as printed.</summary>
public sealed record OfficerContact(string Name, string? Role = null, string? Phone = null, string? Email = null);
