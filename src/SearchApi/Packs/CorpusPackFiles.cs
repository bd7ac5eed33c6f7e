using AgendaSearch.Ingest.Packs;
using AgendaSearch.SearchApi.Corpus;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Packs;

/// <summary>
/// The default registry: the *.pdf files under Corpus:Path as they are now, keyed by
/// <see cref="PackId"/>. Scanned on each lookup so a file added while the service runs is found;
/// when two files give the same id the first in ordinal path order wins.
/// </summary>
internal sealed class CorpusPackFiles(IOptions<CorpusOptions> options) : IPackFiles
{
    private static readonly EnumerationOptions PdfFiles = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = true,
    };

    public string? PathOf(string packId)
    {
        var root = options.Value.FullPath;
        if (!PackId.IsWellFormed(packId) || !Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateFiles(root, "*.pdf", PdfFiles)
            .Where(path => PackId.FromPath(path) == packId)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
