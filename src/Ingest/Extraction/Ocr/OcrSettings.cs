using System.Globalization;

namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// How scanned pages are read: Tesseract <see cref="Languages"/> ("eng", "eng+fra"), where recognised pages are
/// kept by file hash (<see cref="CacheDirectory"/>, none: not kept), the address-space cap of each Tesseract
/// and pdftoppm run in MB (the extraction child's own memory cap) and the wall-clock limit for one page.
/// <see cref="Tesseract"/> and <see cref="Pdftoppm"/> name the programs (tests put a failing one in their place).
/// The extraction child gets these as arguments (<see cref="Arguments"/>, <see cref="TryParse"/>).
/// </summary>
public sealed record OcrSettings(
    string Languages,
    string? CacheDirectory,
    int MemoryLimitMb,
    TimeSpan PageTimeout,
    string Tesseract = OcrSettings.TesseractProgram,
    string Pdftoppm = OcrSettings.PdftoppmProgram)
{
    public const string TesseractProgram = "tesseract";
    public const string PdftoppmProgram = "pdftoppm";

    /// <summary>
    /// Pages are rendered at this resolution: Tesseract's own advice, and on the seed packs' pages it read
    /// slightly more words right than at 200 dpi for a fifth more CPU (README, "OCR of scanned pages").
    /// </summary>
    public const int Dpi = 300;

    public const string DefaultLanguages = "eng";

    /// <summary>
    /// A page takes about a second of one core at 300 dpi; the limit leaves room for a busy machine and dense
    /// pages while a page that hangs Tesseract still fails its file within a minute.
    /// </summary>
    public static readonly TimeSpan DefaultPageTimeout = TimeSpan.FromSeconds(30);

    /// <summary>What the command-line verbs use: English, nothing kept, a gigabyte per program.</summary>
    public static OcrSettings CommandLine { get; } = new(DefaultLanguages, null, 1024, DefaultPageTimeout);

    private const string Flag = "--ocr";

    public IEnumerable<string> Arguments()
    {
        yield return Flag;
        yield return Languages;
        yield return CacheDirectory ?? "";
        yield return MemoryLimitMb.ToString(CultureInfo.InvariantCulture);
        yield return PageTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        yield return Tesseract;
        yield return Pdftoppm;
    }

    /// <summary>Settings written by <see cref="Arguments"/> at <paramref name="args"/>[0], and the arguments after them.</summary>
    public static (OcrSettings? Settings, string[] Others) TryParse(string[] args)
    {
        if (args is not [Flag, var languages, var cache, var memory, var seconds, var tesseract, var pdftoppm, .. var rest]
            || !int.TryParse(memory, NumberStyles.None, CultureInfo.InvariantCulture, out var memoryMb)
            || !double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var pageSeconds))
            return (null, args);
        var settings = new OcrSettings(languages, cache.Length > 0 ? cache : null, memoryMb, TimeSpan.FromSeconds(pageSeconds), tesseract, pdftoppm);
        return (settings, rest);
    }
}
