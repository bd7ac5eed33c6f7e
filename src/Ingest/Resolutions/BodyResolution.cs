using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// A decision written as a sentence whose subject is the body: "Committee resolved to note the
/// apologies.", "The Committee resolves in accordance with its powers under section 137 ...". It
/// must open a sentence (a paragraph, or the line after a full stop), so "... which the" /
/// "Council resolved to build in 2019" in discussion is not one; nor is a motion's "This Council
/// resolves to:", which is what was proposed, not what was decided.
/// </summary>
internal static partial class BodyResolution
{
    /// <summary>The decision's words after "resolved"/"resolves" when line <paramref name="i"/> opens one.</summary>
    public static string? Rest(IReadOnlyList<PackLine> lines, int i)
    {
        var m = Resolves().Match(lines[i].Text);
        if (!m.Success || !(i == 0 || lines[i].AfterBreak || Words.EndsSentence(lines[i - 1].Text)))
            return null;
        return lines[i].Text[m.Length..].TrimStart(' ', ':', ';', '–', '—', '-', ',').Trim();
    }

    [GeneratedRegex(@"^(?:The\s+)?(?:(?!This\b|That\b|It\b)[A-Z][\w'’&-]*\s+){0,4}?(?:Committee|Sub-Committee|Commission|Cabinet|Panel|Board|Council|Forum)\s+(?:therefore\s+|unanimously\s+|further\s+)?resolve[sd]\b")]
    private static partial Regex Resolves();
}
