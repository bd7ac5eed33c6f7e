namespace AgendaSearch.Index.Glossary;

/// <summary>
/// The short built-in list of common local-government acronyms (builtin-acronyms.tsv, embedded; its header says
/// where it came from), which fills in what a council's papers never define. Paper definitions win for their
/// council (<see cref="IndexGlossary"/>).
/// </summary>
internal static class BuiltInAcronyms
{
    private const string ResourceName = "AgendaSearch.Index.Glossary.builtin-acronyms.tsv";

    /// <summary>Acronym and long form, in the file's order.</summary>
    public static IReadOnlyList<(string Acronym, string LongForm)> All { get; } = Load();

    private static List<(string, string)> Load()
    {
        using var stream = typeof(BuiltInAcronyms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var entries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Split('\t') is not [var acronym, var longForm])
            {
                continue;
            }

            entries.Add((acronym.Trim(), longForm.Trim()));
        }

        return entries;
    }
}
