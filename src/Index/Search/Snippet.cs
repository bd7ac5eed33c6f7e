namespace AgendaSearch.Index.Search;

/// <summary>HTML-escaped passage with matched terms wrapped in &lt;mark&gt;, and the physical page it is on.</summary>
public sealed record Snippet(string Html, int? Page);
