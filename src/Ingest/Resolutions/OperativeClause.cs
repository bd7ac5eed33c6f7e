using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// The operative clause of a resolution, which titles a resolution printed without a heading: the
/// "That ..." sentence, or for a resolution with recitals ("WHEREAS ... ; AND WHEREAS ...") the first
/// clause after "NOW THEREFORE" / "BE IT RESOLVED", without that lead-in ("BE IT RESOLVED THAT the
/// Council ..." is "THAT the Council ..."; under "BE IT RESOLVED THAT:" the first numbered part). The
/// clause ends at a sentence end, or at a semicolon or colon closing a line (a list or a further clause
/// follows), not at "dated: June 22" or "2023; totaling" inside a line.
/// </summary>
internal static partial class OperativeClause
{
    public static string Of(IReadOnlyList<string> lines)
    {
        var text = string.Join('\n', lines);
        if (Recital().IsMatch(text) && Operative().Match(text) is { Success: true } operative)
            text = text[operative.Index..];
        text = LeadIn().Replace(text, "");
        text = FirstPart().Replace(text, "");
        var end = SentenceEnd().Match(text);
        var clause = end.Success ? text[..end.Index] : text;
        clause = Regex.Replace(clause, @"\s+", " ").Trim().TrimEnd(';', ':', ',', '.', ' ');
        // A quoted title ends inside its quotes ("Appointing ... Board.”"): keep the closing quote.
        return clause.Count(c => c == '“') > clause.Count(c => c == '”') ? clause + "”" : clause;
    }

    [GeneratedRegex(@"^\s*WHEREAS\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recital();

    [GeneratedRegex(@"\b(?:NOW\s+)?THEREFORE\b|\bBE\s+IT\s+RESOLVED\b")]
    private static partial Regex Operative();

    /// <summary>"NOW THEREFORE BE IT RESOLVED THAT:", "BE IT RESOLVED:", "AND THEREFORE,": a "THAT" opening the clause stays.</summary>
    [GeneratedRegex(@"^\s*(?:AND\s+)?(?:NOW\s+)?(?:THEREFORE,?\s+)?(?:BE\s+IT\s+(?:FURTHER\s+)?RESOLVED,?\s*(?:THAT\s*:|:)?\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^\(?(?:1|a|i)[.)]\s+")]
    private static partial Regex FirstPart();

    /// <summary>A full stop before a capitalised word (not after "No", "St" or an initial), or a semicolon or colon closing a line.</summary>
    [GeneratedRegex(@"(?<!\b(?:No|Nos|St|Mr|Mrs|Ms|Dr|[A-Z]))\.(?=[”""’)]*(?:\s+[A-Z(“""]|[ \t]*\n|\s*$))|[;:](?=[ \t]*\n|\s*$)")]
    private static partial Regex SentenceEnd();
}
