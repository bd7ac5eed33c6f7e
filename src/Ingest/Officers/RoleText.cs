using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Officers;

/// <summary>
/// Job titles as agendas and reports print them: "Chief Executive", "Director of Corporate Resources",
/// "Head of Democratic Services", "Cabinet Member for Highways", "Town Clerk".
/// </summary>
internal static partial class RoleText
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "for", "the", "&", "-", "–" };

    /// <summary>Whether the whole text is a job title.</summary>
    public static bool IsRole(string text)
    {
        var t = text.Trim().TrimEnd('.', ',');
        // "Health Commissioner's Report" is a paper of the commissioner, not a job title.
        if (Words.Count(t) > 10 || !Start().IsMatch(t) || t.Contains("'s ") || t.Contains("’s ") || t.EndsWith("'s") || t.EndsWith("’s"))
            return false;
        return t.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Connectors.Contains(w) || !char.IsLower(w[0]));
    }

    /// <summary>Where, in a line of words, a job title starts that runs to the end of the line; -1 if none.</summary>
    public static int StartIn(IReadOnlyList<string> words)
    {
        for (var p = 1; p < words.Count; p++)
            if (IsRole(string.Join(' ', words.Skip(p))) && !Words.EndsOpen(string.Join(' ', words.Take(p))))
                return p;
        return -1;
    }

    /// <summary>A title that needs more words ("Director of", "Director of Corporate").</summary>
    public static bool IsOpen(string role) =>
        Words.EndsOpen(role) || Adjective().IsMatch(role);

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:assistant|deputy|executive|corporate|strategic|interim|acting|chief|senior|service|group|county|borough|city|town)\s+)*(?:chief\s+executive|director|head\s+of|monitoring\s+officer|chief\s+(?:finance\s+|legal\s+|operating\s+)?officer|clerk|solicitor|treasurer|cabinet\s+member|lead\s+member|leader|manager|commissioner|secretary|administrator|attorney)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Start();

    [GeneratedRegex(@"\b(?:corporate|public|adults?|children'?s?|chief|assistant|deputy|strategic|environment|democratic|legal)$", RegexOptions.IgnoreCase)]
    private static partial Regex Adjective();
}
