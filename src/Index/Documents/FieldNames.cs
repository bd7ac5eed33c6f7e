namespace AgendaSearch.Index.Documents;

/// <summary>
/// Lucene field names. Analysed fields (title, text, names) are for words; the *Key fields hold
/// exact lower-cased values for filters; facet_* are SortedSet doc values for counting.
/// </summary>
internal static class FieldNames
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Title = "title";
    public const string Text = "text";
    /// <summary>Title words lower-cased but not stemmed: where prefix, wildcard and fuzzy terms look.</summary>
    public const string TitleWords = "title_words";
    /// <summary>Text words lower-cased but not stemmed (see <see cref="TitleWords"/>).</summary>
    public const string TextWords = "text_words";
    public const string Body = "body";
    /// <summary>The council's name, lower-cased and as a slug (SearchRecord.Council), for the council filter.</summary>
    public const string CouncilKey = "council_key";
    /// <summary>
    /// The id without the council in front (RecordIds.WithoutCouncil), as ids were before they carried it: a
    /// citation URL given out then is found through it.
    /// </summary>
    public const string LegacyId = "legacy_id";
    public const string BodyKey = "body_key";
    public const string Officer = "officer";
    public const string OfficerKey = "officer_key";
    /// <summary>The post a report is by or of (an item's, a report section's), as printed: words, not a facet.</summary>
    public const string ReportBy = "reportBy";
    public const string AskedBy = "askedBy";
    public const string AnsweredBy = "answeredBy";
    public const string Year = "year";
    /// <summary>Meeting date as an int yyyymmdd, indexed for range filters and sorted on through the field cache.</summary>
    public const string Date = "date";
    public const string ItemNumber = "itemNumber";
    public const string MinuteNumber = "minuteNumber";
    /// <summary>One term per pack that lists the record (SearchRecord.Sources).</summary>
    public const string Source = "source";
    public const string MeetingId = "meetingId";
    public const string ParentId = "parentId";
    /// <summary>Stored JSON of the record as each source pack gave it (all but the shown one, see <see cref="ShownVariant"/>).</summary>
    public const string Variant = "variant";
    /// <summary>
    /// Stored JSON of the shown variant (RecordVariants.Shown) without its text, when other variants were merged
    /// into the hit: its text is the first <see cref="ShownTextLength"/> characters of <see cref="HitText"/>.
    /// </summary>
    public const string ShownVariant = "shown_variant";
    public const string ShownTextLength = "shown_text_length";
    /// <summary>
    /// The record as searched and shown (RecordVariants.Merged, every source listed) without its text (<see cref="HitCodec"/>),
    /// as binary doc values: all a hit list reads, with <see cref="HitText"/> for the snippet.
    /// </summary>
    public const string Hit = "hit";
    /// <summary>The merged record's text in compressed blocks, as binary doc values (<see cref="StoredText"/>).</summary>
    public const string HitText = "hit_text";
    /// <summary>
    /// One term per acronym definition the record prints (Glossary.GlossaryFields): its council, acronym and long
    /// form; the per-council glossary is read from these terms, so it follows the records in and out of the index.
    /// </summary>
    public const string Definition = "definition";
    /// <summary>The acronyms printed in capitals in the title and text, case kept ("SEND", not the verb "send").</summary>
    public const string Acronym = "acronym";
    /// <summary>The council a record's acronyms are read in (Glossary.GlossaryFields.Scope), for expansions kept to their council.</summary>
    public const string GlossaryScope = "glossary_scope";
}
