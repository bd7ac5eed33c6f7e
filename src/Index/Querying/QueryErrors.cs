using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// Turns the parser's grammar errors into a sentence a person can act on. The parser's own
/// message ("Encountered &lt;EOF&gt; at line 1, column 17") names tokens, not the fix, so the
/// common mistakes are recognised from the query text itself.
/// </summary>
internal static partial class QueryErrors
{
    private const string Escaping =
        "or put a backslash before special characters such as : ( ) [ ] { } ~ ^ \" * ? to search for them";

    public static string Explain(string query, ParseException error)
    {
        var quoted = Quote(query);
        if (CountUnescaped(query, '"') % 2 == 1)
        {
            return $"Unbalanced quote in {quoted}: close the phrase with \".";
        }

        if (CountUnescaped(query, '(') != CountUnescaped(query, ')'))
        {
            return $"Unbalanced brackets in {quoted}: every \"(\" needs a matching \")\".";
        }

        if (CountUnescaped(query, '[') + CountUnescaped(query, '{') != CountUnescaped(query, ']') + CountUnescaped(query, '}'))
        {
            return $"Unfinished range in {quoted}: write a range as [2020 TO 2022].";
        }

        if (DanglingOperator().Match(query) is { Success: true } op)
        {
            return $"\"{op.Groups["op"].Value}\" in {quoted} has nothing to join: put words on both sides, "
                + $"or write it in lower case to search for the word.";
        }

        if (EmptyField().Match(query) is { Success: true } field)
        {
            return $"Nothing after \"{field.Groups["field"].Value}:\" in {quoted}: write a word after the colon, e.g. title:budget.";
        }

        return $"Could not read the query {quoted}: check quotes, brackets and AND/OR/NOT, {Escaping}.";
    }

    public static string UnknownField(string field) =>
        $"Unknown field \"{field}:\". Search within one of "
        + string.Join(", ", UserQueryParser.FriendlyFields.Keys.Select(k => k + ":"))
        + $"; to search for \"{field}\" as a word, put a backslash before the colon ({field}\\:).";

    public static string TooManyClauses(string query) =>
        $"The query {Quote(query)} matches too many different words: make prefixes and wildcards longer "
        + "(\"budg*\" rather than \"b*\") or use fewer terms.";

    private static string Quote(string query) =>
        "\u201c" + (query.Length > 80 ? query[..80] + "\u2026" : query) + "\u201d";

    private static int CountUnescaped(string text, char wanted)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == wanted)
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"(^\s*(?<op>AND|OR)\b)|(\b(?<op>AND|OR|NOT)\s*$)|(\b(?<op>AND|OR|NOT)\s+(AND|OR)\b)")]
    private static partial Regex DanglingOperator();

    [GeneratedRegex(@"(?<field>[\w]+):(\s|$)")]
    private static partial Regex EmptyField();
}
