using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Search;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// Classic Lucene syntax over the fields a person thinks in. Unscoped words search title (x3),
/// text, officer and question names; several words must all match (default operator AND: people
/// expect more words to narrow, as in web search; OR is there to type). Friendly field names
/// (title:, text:, officer:, body:, askedBy: ...) map to the internal ones, case-insensitively;
/// an unknown field is an error that lists the known ones rather than a silent empty result.
/// </summary>
internal sealed class UserQueryParser : MultiFieldQueryParser
{
    private static readonly string[] DefaultFields =
        [FieldNames.Title, FieldNames.Text, FieldNames.Officer, FieldNames.AskedBy, FieldNames.AnsweredBy];

    /// <summary>Every default field is listed: the Lucene.Net parser looks each one up.</summary>
    private static readonly Dictionary<string, float> Boosts = new()
    {
        [FieldNames.Title] = 3f,
        [FieldNames.Text] = 1f,
        [FieldNames.Officer] = 1f,
        [FieldNames.AskedBy] = 1f,
        [FieldNames.AnsweredBy] = 1f,
    };

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

    private UserQueryParser(Analyzer analyzer)
        : base(IndexAnalyzers.Version, DefaultFields, analyzer, Boosts)
    {
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = true;
    }

    /// <summary>
    /// Each word or phrase typed without a field, as typed, by the query parsed for it (reference keys): what
    /// acronym expansion (Glossary.AcronymExpansion) reads, since the parsed terms are lower-cased and stemmed.
    /// </summary>
    private readonly Dictionary<Query, TypedText> _typed = new(ReferenceEqualityComparer.Instance);

    /// <summary>The query for <paramref name="text"/>; blank means every record.</summary>
    /// <exception cref="QuerySyntaxException">The text cannot be parsed.</exception>
    public static Query Parse(string? text, Analyzer analyzer) => ParseTyped(text, analyzer).Query;

    /// <summary>The query for <paramref name="text"/> and its words and phrases typed without a field.</summary>
    /// <exception cref="QuerySyntaxException">The text cannot be parsed.</exception>
    public static (Query Query, IReadOnlyDictionary<Query, TypedText> Typed) ParseTyped(string? text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (new MatchAllDocsQuery(), new Dictionary<Query, TypedText>());
        }

        try
        {
            var parser = new UserQueryParser(analyzer);
            return (WithPositiveClause(parser.Parse(text)), parser._typed);
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
        if (field is null && query is not null)
        {
            _typed[query] = new TypedText(queryText, quoted);
        }

        return query!;
    }

    /// <summary>A quoted phrase comes here (with its slop, 0 when none is typed).</summary>
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        var query = base.GetFieldQuery(Map(field), queryText, slop);
        if (field is null && query is not null)
        {
            _typed[query] = new TypedText(queryText, Quoted: true);
        }

        return query!;
    }

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
}
