namespace AgendaSearch.Ingest.Worker;

/// <summary>Which files of the corpus folder are read: PDFs (by extension, any case), anywhere below it.</summary>
public static class CorpusPdfs
{
    public static bool IsPdf(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Corpus-relative paths ('/' separators) of the PDFs under <paramref name="folder"/>, unreadable folders skipped.</summary>
    public static IEnumerable<string> Under(string root, string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(IsPdf)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));
}
