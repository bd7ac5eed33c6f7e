using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Officers;

/// <summary>
/// People's names as packs print them: "Mr. M. T. Mullaney CC (in the Chair)", "Cllr Jane Smith",
/// "Mrs P. Posnett CC Lead Member for Communities", "Chris Tambini, Director of Corporate Resources".
/// </summary>
internal static partial class PersonName
{
    /// <summary>Words that name a job or a body, never a person: "Assistant Chief Executive".</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "director", "directorate", "assistant", "deputy", "manager", "officer", "officers", "head", "chief", "executive",
        "department", "service", "services", "corporate", "team", "lead", "leader", "council", "county", "borough",
        "district", "policy", "engagement", "consultation", "senior", "principal", "strategic", "strategy", "finance",
        "resources", "programme", "programmes", "unit", "clerk", "solicitor", "adviser", "advisor", "analyst",
        "coordinator", "co-ordinator", "consultant", "specialist", "commissioner", "partner", "business", "change",
        "transformation", "communities", "democratic", "support", "governance", "legal", "planning", "growth",
        "public", "health", "transport", "environment", "children", "adults", "care", "housing", "information",
        "complaints", "group", "board", "committee", "commission", "panel", "secretary", "administrator",
        "accountant", "engineer", "surveyor", "treasurer", "auditor", "inspector", "project", "projects",
        "operations", "development", "member", "cabinet", "chairman", "chair", "vice", "mayor", "tel", "telephone",
        "email", "e-mail", "phone", "mobile", "appendix", "appendices", "report", "background", "papers", "contact",
        "contacts", "name", "the", "and", "of", "for", "with", "to", "interim", "acting", "city", "town", "parish",
    };

    /// <summary>Whether the word names a job, a department or a body ("Director", "Resources").</summary>
    public static bool IsRoleWord(string word) => RoleWords.Contains(word.Trim(',', '.', '(', ')', ':'));

    /// <summary>The name alone: honorifics, post-nominals, notes in brackets and anything after a comma removed.</summary>
    public static string Clean(string text)
    {
        var s = Brackets().Replace(text, " ");
        s = s.Split(',')[0];
        var post = PostNominal().Match(s);
        if (post.Success)
            s = s[..post.Index];
        s = Honorific().Replace(s.Trim(), "");
        return Regex.Replace(s, @"\s+", " ").Trim(' ', '.', ',', ';', ':');
    }

    /// <summary>Whether the text (before any comma) reads as a person's name rather than a job or a sentence.</summary>
    public static bool LooksLikeName(string text)
    {
        var head = text.Split(',')[0].Trim();
        var titled = Honorific().IsMatch(head);
        var name = Clean(head);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 5 || (words.Length == 1 && !titled))
            return false;
        if (words.Any(w => w.Length >= 4 && w.All(char.IsUpper)))
            return false;
        return words.All(w => NameWord().IsMatch(w) && !RoleWords.Contains(w.TrimEnd('.')));
    }

    /// <summary>Whether a listed name carries the chair's mark: "(in the Chair)", "(Chairman)", "(Mayor)".</summary>
    public static bool IsMarkedChair(string text) => ChairMark().IsMatch(text);

    /// <summary>The surname, lower case: the key people are matched on.</summary>
    public static string Surname(string name) =>
        Words.Tokens(Clean(name)).LastOrDefault(t => t.Length > 1) ?? "";

    /// <summary>The first initial, lower case, when the name has a given name or initial.</summary>
    public static char? Initial(string name)
    {
        var words = Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && char.IsLetter(words[0][0]) ? char.ToLowerInvariant(words[0][0]) : null;
    }

    /// <summary>Whether the name carries a given name rather than initials only ("Chris Tambini", not "C Tambini").</summary>
    public static bool HasGivenName(string name)
    {
        var words = Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[0].TrimEnd('.').Length > 1;
    }

    /// <summary>
    /// Names in a list line: "Mr. T. Barkley CC Mr. J. Morgan CC" (two columns merged) or
    /// "Councillors Smith, Jones and Brown".
    /// </summary>
    public static IReadOnlyList<string> SplitList(string text)
    {
        var names = new List<string>();
        foreach (var piece in ListSeparator().Split(ListLead().Replace(text, "")))
        {
            var starts = HonorificStart().Matches(piece).Select(m => m.Index).Where(i => i > 0).Prepend(0).ToList();
            for (var i = 0; i < starts.Count; i++)
            {
                var part = TrailingAnd().Replace(piece[starts[i]..(i + 1 < starts.Count ? starts[i + 1] : piece.Length)], "").Trim(' ', ',', ';', '.');
                if (part.Length > 0)
                    names.Add(part);
            }
        }
        return names;
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"(?:\s+(?:CC|JP|MBE|OBE|CBE|MP|KC|QC|DL|BEM|MEP|FCA|CPFA)\b\.?)+", RegexOptions.None)]
    private static partial Regex PostNominal();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillors?|County Councillor|Council\s?Members?|Rev|Revd|Lord|Lady|Alderman|Alderperson|(?:Deputy\s+)?Mayor|(?:Deputy\s+)?Reeve|Trustee)\.?\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+(?=[A-Z])")]
    private static partial Regex HonorificStart();

    [GeneratedRegex(@"^(?:[A-Z]\.?|[A-Z][a-zA-Z'’\-]+)$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:present|apologies|in attendance|also present|staff present|councillors?|members?)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListLead();

    [GeneratedRegex(@"\((?:in the )?(?:chair|chairman|chairperson|chairwoman|mayor)\)|\bin the chair\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairMark();

    [GeneratedRegex(@"\s+(?:and|&)\s*$")]
    private static partial Regex TrailingAnd();

    [GeneratedRegex(@",\s*(?:and\s+|&\s*)?|\s+and\s+|\s+&\s+|\s*;\s*|(?<=\))\s+(?=[A-Z])")]
    private static partial Regex ListSeparator();
}
