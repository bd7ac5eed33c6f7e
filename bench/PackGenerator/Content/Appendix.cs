namespace AgendaSearch.PackGenerator.Content;

/// <summary>An appendix printed after a report, starting on a new page ("APPENDIX A" and its title).</summary>
internal sealed record Appendix(string Letter, string Title, IReadOnlyList<Block> Body);
