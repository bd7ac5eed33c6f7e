using System.Security.Cryptography;

namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// Tesseract's output for the pages of one file, kept on disk by the SHA-256 of the file's bytes, the languages
/// and the resolution: a restart, a rebuilt index or the same scan under another name never recognises a page
/// twice. A page is written to a temporary name and renamed, so a killed child leaves no half page behind.
/// Without a directory nothing is kept.
/// </summary>
internal sealed class OcrCache
{
    private readonly string? folder;

    private OcrCache(string? folder) => this.folder = folder;

    public static OcrCache For(string? directory, string languages, byte[] pdf)
    {
        if (directory is null)
            return new OcrCache(null);
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf));
        return new OcrCache(Path.Combine(directory, hash[..2], hash, $"{languages}-{OcrSettings.Dpi}dpi"));
    }

    public string? Get(int page) =>
        folder is not null && File.Exists(PagePath(page)) ? File.ReadAllText(PagePath(page)) : null;

    public void Put(int page, string tsv)
    {
        if (folder is null)
            return;
        Directory.CreateDirectory(folder);
        var path = PagePath(page);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, tsv);
        File.Move(temporary, path, overwrite: true);
    }

    private string PagePath(int page) => Path.Combine(folder!, $"page-{page}.tsv");
}
