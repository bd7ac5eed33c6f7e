using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Search;
using AgendaSearch.Records;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using System.Text.RegularExpressions;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// Classic Lucene syntax over the fields a person thinks in. Unscoped words search title, text,
/// officer and question names, each with its weight (<see cref="RankingOptions"/>); several words must all match (default operator AND: people
/// expect more words to narrow, as in web search; OR is there to type). Friendly field names
/// (title:, text:, officer:, body:, askedBy: ...) map to the internal ones, case-insensitively;
/// an unknown field is an error that lists the known ones rather than a silent empty result.
/// </summary>
internal sealed partial class UserQueryParser : MultiFieldQueryParser
{
    private static readonly string[] DefaultFields =
        [FieldNames.Title, FieldNames.Text, FieldNames.Officer, FieldNames.AskedBy, FieldNames.AnsweredBy];

    private static readonly string[] DefaultFieldsWithBody = [.. DefaultFields, FieldNames.Body];

    /// <summary>What a person may type before ':' and the field it searches.</summary>
    public static readonly IReadOnlyDictionary<string, string> FriendlyFields =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["title"] = FieldNames.Title,
            ["text"] = FieldNames.Text,
            ["officer"] = FieldNames.Officer,
            ["officers"] = FieldNames.Officer,
            ["body"] = FieldNames.Body,
            ["committee"] = FieldNames.Body,
            ["askedBy"] = FieldNames.AskedBy,
            ["answeredBy"] = FieldNames.AnsweredBy,
            ["type"] = FieldNames.Type,
            ["year"] = FieldNames.Year,
            ["item"] = FieldNames.ItemNumber,
            ["minute"] = FieldNames.MinuteNumber,
        };

    private readonly RankingOptions _ranking;

    private UserQueryParser(Analyzer analyzer, RankingOptions ranking, Operator words)
        : base(IndexAnalyzers.Version, ranking.BodyWeight > 0 ? DefaultFieldsWithBody : DefaultFields, analyzer, Boosts(ranking))
    {
        _ranking = ranking;
        DefaultOperator = words;
        AllowLeadingWildcard = true;
    }

    /// <summary>The query for <paramref name="text"/>; blank means every record.</summary>
    /// <exception cref="QuerySyntaxException">The text cannot be parsed.</exception>
    /// <param name="ranking">The field weights; null: the defaults.</param>
    public static Query Parse(string? text, Analyzer analyzer, RankingOptions? ranking = null) =>
        string.IsNullOrWhiteSpace(text)
            ? new MatchAllDocsQuery()
            : Parse(text, new UserQueryParser(analyzer, ranking ?? new RankingOptions(), Operator.AND));

    /// <summary>
    /// Plain <paramref name="words"/> of which at least <paramref name="share"/> (rounded up, at least one) must
    /// match: the relaxed search of a query that found nothing with every word required.
    /// </summary>
    public static Query ParseAny(IReadOnlyList<string> words, float share, Analyzer analyzer, RankingOptions ranking)
    {
        var query = Parse(string.Join(' ', words), new UserQueryParser(analyzer, ranking, Operator.OR));
        if (query is BooleanQuery { Clauses.Count: > 1 } any)
        {
            any.MinimumNumberShouldMatch = Math.Clamp((int)Math.Ceiling(share * any.Clauses.Count), 1, any.Clauses.Count);
        }

        return query;
    }

    /// <summary>The weight of each default field (the Lucene.Net parser looks every one up).</summary>
    private static Dictionary<string, float> Boosts(RankingOptions ranking) => new()
    {
        [FieldNames.Title] = ranking.TitleWeight,
        [FieldNames.Text] = ranking.TextWeight,
        [FieldNames.Officer] = ranking.OfficerWeight,
        [FieldNames.AskedBy] = ranking.NameWeight,
        [FieldNames.AnsweredBy] = ranking.NameWeight,
        [FieldNames.Body] = ranking.BodyWeight,
    };

    private static Query Parse(string text, UserQueryParser parser)
    {
        try
        {
            return WithPositiveClause(parser.Parse(WordSlash().Replace(text, @"\/")));
        }
        catch (ParseException e) when (e.InnerException is BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException(QueryErrors.TooManyClauses(text), e);
        }
        catch (ParseException e)
        {
            throw new QuerySyntaxException(QueryErrors.Explain(text, e), e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new QuerySyntaxException(QueryErrors.TooManyClauses(text), e);
        }
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        var query = base.GetFieldQuery(Map(field), queryText, quoted);
        return field is null && !quoted ? WithRecordFields(query, queryText) : query;
    }

    /// <summary>
    /// An unscoped word that names a kind of record ("minute", "questions") also matches records of that kind, and
    /// a number also matches the item or minute of that number (<see cref="RankingOptions.KindWordWeight"/>,
    /// <see cref="RankingOptions.NumberWeight"/>): "minute 62" finds minute 62 though its text never says so.
    /// </summary>
    private Query WithRecordFields(Query? query, string word)
    {
        var extra = new List<Query>();
        var digits = word.TrimEnd('.', ',', ':', ')');
        if (_ranking.NumberWeight > 0 && digits.Length is > 0 and <= 4 && digits.All(char.IsAsciiDigit))
        {
            var number = digits.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
            extra.Add(new TermQuery(new Term(FieldNames.MinuteNumber, number)) { Boost = _ranking.NumberWeight });
            extra.Add(new TermQuery(new Term(FieldNames.ItemNumber, number)) { Boost = _ranking.NumberWeight });
        }

        if (_ranking.KindWordWeight > 0 && KindWord(word) is { } kind)
        {
            extra.Add(new TermQuery(new Term(FieldNames.Type, kind.Name())) { Boost = _ranking.KindWordWeight });
        }

        if (extra.Count == 0)
        {
            return query!;
        }

        var any = query as BooleanQuery is { } fields && fields.Clauses.All(c => c.Occur == Occur.SHOULD) && fields.MinimumNumberShouldMatch == 0
            ? fields
            : new BooleanQuery(disableCoord: true);
        if (!ReferenceEquals(any, query) && query is not null)
        {
            any.Add(query, Occur.SHOULD);
        }

        foreach (var clause in extra)
        {
            any.Add(clause, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>
    /// The kind a word names, singular or plural ("minutes"; a "report" is an item's); meetings are listed, not
    /// searched, so not them.
    /// </summary>
    private static RecordKind? KindWord(string word)
    {
        var singular = word.EndsWith('s') ? word[..^1] : word;
        if (singular.Equals("report", StringComparison.OrdinalIgnoreCase))
        {
            return RecordKind.Item;
        }

        return (RecordKinds.TryParse(word, out var kind) || RecordKinds.TryParse(singular, out kind)) && kind != RecordKind.Meeting
            ? kind
            : null;
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Map(field), queryText, slop);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Unstemmed(Map(field)), termStr, minSimilarity);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(Unstemmed(Map(field)), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(Unstemmed(Map(field)), termStr);

    protected override Query GetRegexpQuery(string field, string termStr) =>
        base.GetRegexpQuery(Unstemmed(Map(field)), termStr);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(Map(field), part1, part2, startInclusive, endInclusive);

    /// <summary>Null (no field typed) expands over the default fields in the base parser.</summary>
    private static string Map(string field)
    {
        if (field is null || field == "*")
        {
            return field!;
        }

        return FriendlyFields.TryGetValue(field, out var mapped)
            ? mapped
            : throw new QuerySyntaxException(QueryErrors.UnknownField(field));
    }

    /// <summary>
    /// Prefix, wildcard, fuzzy and regexp terms are typed as words and cannot be stemmed ("warehous*"
    /// is no stem), so on title and text they search the unstemmed words: matching them against stems
    /// missed words whose stem is shorter than the prefix ("warehousing" is indexed as "wareh").
    /// Null (no field typed) stays null: the base parser calls back once per default field.
    /// </summary>
    private static string Unstemmed(string field) => field switch
    {
        FieldNames.Title => FieldNames.TitleWords,
        FieldNames.Text => FieldNames.TextWords,
        _ => field,
    };

    /// <summary>"-budget" alone means "everything without budget", not nothing.</summary>
    private static Query WithPositiveClause(Query query)
    {
        if (query is BooleanQuery { Clauses.Count: > 0 } boolean && boolean.Clauses.All(c => c.IsProhibited))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    /// <summary>
    /// A slash between two letters or digits ("2022/23", "24/00096") is part of a word, not the start of a /regexp/
    /// (which follows a space, a colon or a bracket): escaped, the word is searched instead of being a syntax error.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}])/(?=[\p{L}\p{N}])")]
    private static partial Regex WordSlash();
}
