using System.Globalization;
using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Packs;

/// <summary>Small word-level tests the parsers share: case, sentence ends, matching keys.</summary>
internal static partial class Words
{
    private static readonly HashSet<string> Small =
        ["of", "and", "the", "for", "on", "in", "to", "a", "an", "at", "by", "with", "from", "or"];

    /// <summary>Lower-case alphanumeric tokens, for comparing titles and names.</summary>
    public static string[] Tokens(string? text) =>
        Token().Matches((text ?? "").ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value).ToArray();

    public static int Count(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static string Key(string? text) => string.Join(' ', Tokens(text));

    /// <summary>The first letter, skipping quotes and brackets, is lower case.</summary>
    public static bool StartsLower(string text) => FirstLetter(text) is char c && char.IsLower(c);

    public static bool StartsUpper(string text) => FirstLetter(text) is char c && char.IsUpper(c);

    /// <summary>Has letters and none of them lower case.</summary>
    public static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    public static bool EndsSentence(string text) => text.TrimEnd('”', '"', '’', '\'', ')', ' ') is { Length: > 0 } t && ".?!".Contains(t[^1]);

    /// <summary>Ends with a word that cannot end a title ("of", "and", "-"): the text goes on.</summary>
    public static bool EndsOpen(string text)
    {
        var t = text.TrimEnd();
        if (t.EndsWith('-') || t.EndsWith('–') || t.EndsWith('&') || t.EndsWith(','))
            return true;
        var last = t.Split(' ').LastOrDefault()?.ToLowerInvariant();
        return last is not null && Small.Contains(last);
    }

    /// <summary>"DIRECTOR OF CORPORATE RESOURCES" to "Director of Corporate Resources".</summary>
    public static string TitleCase(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
            if (i == 0 || !Small.Contains(words[i]))
                words[i] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words[i]);
        return string.Join(' ', words);
    }

    /// <summary>Title-cases text only when it is printed in capitals.</summary>
    public static string Readable(string text) => IsAllCaps(text) ? TitleCase(text) : text;

    /// <summary>Share of <paramref name="wanted"/>'s tokens found in <paramref name="found"/>.</summary>
    public static double Coverage(string? wanted, string? found)
    {
        var w = Tokens(wanted).ToHashSet();
        if (w.Count == 0)
            return 0;
        var f = Tokens(found).ToHashSet();
        return w.Count(f.Contains) / (double)w.Count;
    }

    /// <summary>Removes one trailing full stop and surrounding spaces from a heading.</summary>
    public static string TrimHeading(string text) => text.Trim().TrimEnd('.', ':', ' ').Trim();

    private static char? FirstLetter(string text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c))
                return char.IsLetter(c) ? c : null;
        return null;
    }

    [GeneratedRegex(@"[a-z0-9]+(?:'[a-z]+)?")]
    private static partial Regex Token();
}
