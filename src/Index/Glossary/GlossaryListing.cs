using AgendaSearch.Index.Facets;
using AgendaSearch.Index.Search;
using Lucene.Net.Index;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// The glossary as listed to people: per council, the meanings its papers print (with where) and the built-in
/// meanings of the acronyms they never define; for every council at once, each council's printed meanings and the
/// built-in list once.
/// </summary>
internal static class GlossaryListing
{
    public static IReadOnlyList<GlossaryEntry> List(IndexReader reader, string? council, int places)
    {
        var glossary = IndexGlossary.For(reader);
        string? named = null;
        if (!string.IsNullOrWhiteSpace(council))
        {
            var councils = FacetOrdinals.For(reader).Values[FacetDimension.Council.Index];
            named = councils.FirstOrDefault(c => IndexGlossary.InCouncils(c, [council.Trim()]));
            if (named is null)
            {
                return [];
            }
        }

        var papers = glossary.Papers.Where(m => named is null || m.Scope == named).ToList();
        var defined = papers.Select(m => m.Acronym).ToHashSet(StringComparer.Ordinal);
        var builtIns = IndexGlossary.BuiltIn.Where(m => named is null || !defined.Contains(m.Acronym));
        return papers
            .Select(m => new GlossaryEntry(m.Acronym, m.LongForm, m.Council, m.Source, m.Records, DefinitionPlaces.Find(reader, m, places)))
            .Concat(builtIns.Select(m => new GlossaryEntry(m.Acronym, m.LongForm, named, m.Source, 0, [])))
            .OrderBy(e => e.Acronym, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Council, StringComparer.Ordinal)
            .ThenBy(e => e.Source)
            .ThenByDescending(e => e.Places)
            .ToList();
    }
}
