namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// Whether OCR can run here: Tesseract and pdftoppm start, and Tesseract has every language asked for.
/// <see cref="Description"/> says what was found, or what is missing and how to install it.
/// </summary>
internal sealed record OcrTools(bool Available, string Description)
{
    public const string InstallHint = "apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    public static OcrTools Probe(string languages, string tesseract = OcrSettings.TesseractProgram, string pdftoppm = OcrSettings.PdftoppmProgram)
    {
        if (Ask(tesseract, "--version") is not { } version)
            return new OcrTools(false, $"{tesseract} is not installed ({InstallHint})");
        if (Ask(pdftoppm, "-v") is null)
            return new OcrTools(false, $"{pdftoppm} is not installed ({InstallHint})");
        var installed = (Ask(tesseract, "--list-langs") ?? "").Split('\n').Skip(1).Select(l => l.Trim()).ToHashSet();
        var missing = languages.Split('+').Where(l => !installed.Contains(l)).ToList();
        if (missing.Count > 0)
            return new OcrTools(false, $"Tesseract has no data for {string.Join(", ", missing)} (install tesseract-ocr-{missing[0]})");
        return new OcrTools(true, $"{version.Split('\n')[0].Trim()}, languages {languages}");
    }

    /// <summary>What the program prints (stdout and stderr: versions go to either) when it runs and succeeds, else null.</summary>
    private static string? Ask(string program, string argument)
    {
        try
        {
            var outcome = ToolRun.Run(program, [argument], null, ProbeTimeout);
            return outcome.ExitCode == 0 ? outcome.Stdout + outcome.Stderr : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
