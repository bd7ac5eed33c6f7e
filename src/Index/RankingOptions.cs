namespace AgendaSearch.Index;

/// <summary>
/// How relevance is scored: <see cref="IndexOptions.Ranking"/>, bound with it (settings "Index:Ranking:TitleWeight"
/// and so on). The defaults are the values the
/// judgement list scored best with (bench/run relevance; the table of what each setting did is in
/// docs/benchmarks.md, "Relevance"). Changing them changes only how hits are ordered, never which records match
/// (except <see cref="RelaxedFallback"/>, which only acts when nothing matched).
/// </summary>
public sealed class RankingOptions
{
    /// <summary>How a word's matches are weighed. Default <see cref="RankingSimilarity.Bm25"/>.</summary>
    public RankingSimilarity Similarity { get; set; } = RankingSimilarity.Bm25;

    /// <summary>BM25's term-frequency saturation: higher lets repeated words count for longer. Default 1.2.</summary>
    public float Bm25K1 { get; set; } = 1.2f;

    /// <summary>BM25's length normalisation, 0 (none) to 1 (full). Default 0.75.</summary>
    public float Bm25B { get; set; } = 0.75f;

    /// <summary>
    /// Weight of a word in the title against one in the text. Default 2: a heavier title ranked minutes titled with an
    /// officer's post ("Chief Executive's Department") above that officer's reports.
    /// </summary>
    public float TitleWeight { get; set; } = 2f;

    /// <summary>Weight of a word in the text. Default 1.</summary>
    public float TextWeight { get; set; } = 1f;

    /// <summary>Weight of a word in an officer's name. Default 1.</summary>
    public float OfficerWeight { get; set; } = 1f;

    /// <summary>Weight of a word in a questioner's or answerer's name. Default 1.</summary>
    public float NameWeight { get; set; } = 1f;

    /// <summary>
    /// Weight of a typed number matching an item or minute of that number ("minute 62"). 0: numbers match text only.
    /// Default 2.
    /// </summary>
    public float NumberWeight { get; set; } = 2f;

    /// <summary>
    /// Weight of a word that names a kind of record ("minute", "questions") matching records of that kind. 0: such
    /// words match text only. Default 2.
    /// </summary>
    public float KindWordWeight { get; set; } = 2f;

    /// <summary>
    /// Whether question words of a plain-words query ("what did ... resolve") are left out of the words every hit
    /// must have, when other words remain: they say nothing of the subject. Default true.
    /// </summary>
    public bool SkipQuestionWords { get; set; } = true;

    /// <summary>
    /// Whether decision words of a plain-words query ("workplace parking levy decision") are left out of the words
    /// every hit must have, when other words remain: a resolution rarely repeats "resolved", so requiring the word
    /// missed the very records asked for; the words still raise resolutions and minutes (<see cref="DecisionWeight"/>).
    /// Default true.
    /// </summary>
    public bool SkipDecisionWords { get; set; } = true;

    /// <summary>
    /// Weight of a word in the committee's name ("what did the Scrutiny Commission resolve"). 0: unscoped words do not
    /// search the committee name (body: still does). Default 0.5.
    /// </summary>
    public float BodyWeight { get; set; } = 0.5f;

    /// <summary>
    /// Added weight of the query's words as one phrase in the title or text, for a query of several plain words
    /// ("village green"): a record that has the words together outranks one that has them apart. 0 adds none.
    /// Default 1.
    /// </summary>
    public float PhraseWeight { get; set; } = 1f;

    /// <summary>
    /// Added weight of the query's words near one another in the text (<see cref="ProximitySlop"/>); 0 adds none.
    /// Default 0: on the judgement list it did no better than the phrase alone and it is the dearest clause.
    /// </summary>
    public float ProximityWeight { get; set; }

    /// <summary>How far apart (word moves) the words may be for <see cref="ProximityWeight"/>. Default 8.</summary>
    public int ProximitySlop { get; set; } = 8;

    /// <summary>
    /// Score multiplier of "section" records (text of a pack no other record holds): a structured record that
    /// matches as well should come first. 1 leaves them alone. Default 0.4.
    /// </summary>
    public float SectionWeight { get; set; } = 0.4f;

    /// <summary>
    /// Score multiplier of resolutions and minutes when the query asks what was decided (a word such as resolved,
    /// agreed, decided or approved). 1 leaves them alone. Default 1.5.
    /// </summary>
    public float DecisionWeight { get; set; } = 1.5f;

    /// <summary>
    /// When a query of plain words with three or more subject words (question and decision words aside) matches
    /// nothing with every word required, search again for records with most of them and flag the results as relaxed.
    /// Default true.
    /// </summary>
    public bool RelaxedFallback { get; set; } = true;

    /// <summary>Share of the content words a relaxed search requires, rounded up (at least one). Default 0.5.</summary>
    public float RelaxedShare { get; set; } = 0.5f;
}
