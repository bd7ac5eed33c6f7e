using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Facets;
using AgendaSearch.Records;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Documents;

/// <summary>Maps a record (with its per-pack variants) to one Lucene document and back.</summary>
internal static class RecordDocument
{
    /// <summary>
    /// The text is indexed with character offsets in its postings, so a snippet finds where the query's
    /// terms stand in a hit without analysing its text again (TextTokens.FromPostings).
    /// </summary>
    private static readonly FieldType TextType = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    };

    /// <summary>
    /// The unstemmed shadow of title and text only serves prefix, wildcard and fuzzy terms, never
    /// phrases, so it keeps no positions (the bulk of a text field's postings).
    /// </summary>
    private static readonly FieldType UnstemmedWords = UnstemmedWordsType();

    public static Document Create(RecordVariants variants)
    {
        var record = variants.Merged();
        var doc = new Document
        {
            // What a hit list reads is in doc values, not stored fields: reading one document's stored fields
            // decompresses its chunk (every document before it in the chunk, and the other variants' texts).
            new BinaryDocValuesField(FieldNames.Hit, new BytesRef(HitCodec.Write(record))),
            new BinaryDocValuesField(FieldNames.HitText, StoredText.Encode(record.Text)),
            new StringField(FieldNames.Id, record.Id, Field.Store.NO),
            new StringField(FieldNames.Type, record.Type.Name(), Field.Store.NO),
            new TextField(FieldNames.Title, record.Title, Field.Store.NO),
            new Field(FieldNames.Text, record.Text, TextType),
            new Field(FieldNames.TitleWords, record.Title, UnstemmedWords),
            new Field(FieldNames.TextWords, record.Text, UnstemmedWords),
            new TextField(FieldNames.Body, record.Body, Field.Store.NO),
            new SortedSetDocValuesField(FacetDimension.Type.DocValuesField, new BytesRef(record.Type.Name())),
            new SortedSetDocValuesField(FacetDimension.Body.DocValuesField, new BytesRef(record.Body)),
        };
        AddKeys(doc, FieldNames.BodyKey, record.Body);
        Glossary.GlossaryFields.Add(doc, record);
        if (!string.IsNullOrWhiteSpace(record.Council))
        {
            AddKeys(doc, FieldNames.CouncilKey, record.Council);
            doc.Add(new SortedSetDocValuesField(FacetDimension.Council.DocValuesField, new BytesRef(record.Council)));
            doc.Add(new StringField(FieldNames.LegacyId, RecordIds.WithoutCouncil(record.Id, record.Council), Field.Store.NO));
        }

        foreach (var officer in record.Officers.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            doc.Add(new TextField(FieldNames.Officer, officer, Field.Store.NO));
            AddKeys(doc, FieldNames.OfficerKey, officer);
            doc.Add(new SortedSetDocValuesField(FacetDimension.Officer.DocValuesField, new BytesRef(officer)));
        }

        AddOptionalText(doc, FieldNames.AskedBy, record.AskedBy);
        // AskedBy is the bare name (one asker however printed); the printed form is searchable too, so "Mrs Scott" finds her.
        AddOptionalText(doc, FieldNames.AskedBy, record.Extra.GetValueOrDefault(RecordExtras.AskedByAsPrinted));
        AddOptionalText(doc, FieldNames.AnsweredBy, record.AnsweredBy);
        // The post a report is by is printed on the agenda, not always in the report's text or its contacts.
        AddOptionalText(doc, FieldNames.ReportBy, record.Extra.GetValueOrDefault(RecordExtras.ReportBy));
        AddOptionalText(doc, FieldNames.ReportBy, record.Extra.GetValueOrDefault(RecordExtras.ReportOf));
        AddOptionalKey(doc, FieldNames.ItemNumber, record.ItemNumber?.ToString());
        AddOptionalKey(doc, FieldNames.MinuteNumber, record.MinuteNumber?.ToString());
        AddOptionalKey(doc, FieldNames.MeetingId, record.MeetingId);
        AddOptionalKey(doc, FieldNames.ParentId, record.ParentId);

        if (record.MeetingDate is { } date)
        {
            var year = date.Year.ToString();
            doc.Add(new StringField(FieldNames.Year, year, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(FacetDimension.Year.DocValuesField, new BytesRef(year)));
            // Indexed for date ranges; sorting reads the same terms through the field cache (RecordSearcher.ByDate).
            doc.Add(new Int32Field(FieldNames.Date, DateKey(date), Field.Store.NO));
        }

        foreach (var source in record.Sources)
        {
            doc.Add(new StringField(FieldNames.Source, source, Field.Store.NO));
        }

        // The shown variant's text is the start of the hit text; storing it again would double the largest
        // stored data. Alone, the variant is the hit itself; merged with others, its own fields are kept apart.
        var others = variants.All.Where(v => v.PackId != record.PackId).ToList();
        if (others.Count > 0)
        {
            var shown = variants.Shown();
            doc.Add(new StoredField(FieldNames.ShownVariant, RecordJson.Write(shown with { Text = "" })));
            doc.Add(new StoredField(FieldNames.ShownTextLength, shown.Text.Length));
        }

        foreach (var variant in others)
        {
            doc.Add(new StoredField(FieldNames.Variant, RecordJson.Write(variant)));
        }

        return doc;
    }

    /// <summary>Every variant of document <paramref name="doc"/> (a top-level document number of <paramref name="reader"/>).</summary>
    public static RecordVariants ReadVariants(IndexReader reader, int doc)
    {
        var (segment, local) = Segment(reader, doc);
        var variants = new RecordVariants();
        var stored = segment.Document(local);
        var text = Text(segment, local).ToString();
        var shown = stored.Get(FieldNames.ShownVariant) is { } shownJson
            ? RecordJson.Read(shownJson) with { Text = text[..stored.GetField(FieldNames.ShownTextLength).GetInt32Value()!.Value] }
            : Hit(segment, local) with { Text = text };
        variants.Set(shown.PackId, shown);

        foreach (var json in stored.GetValues(FieldNames.Variant))
        {
            var record = RecordJson.Read(json);
            variants.Set(record.PackId, record);
        }

        return variants;
    }

    /// <summary>The record as searched and shown (the variants merged), text included.</summary>
    public static SearchRecord Read(IndexReader reader, int doc)
    {
        var (segment, local) = Segment(reader, doc);
        return Hit(segment, local) with { Text = Text(segment, local).ToString() };
    }

    /// <summary>
    /// The shown variant without its text. Every document of this layout has one: an index written by
    /// another layout opens empty (<see cref="Storage.IndexSchema"/>), so a missing value is a broken index.
    /// </summary>
    public static SearchRecord Hit(AtomicReader segment, int doc) =>
        Value(segment, FieldNames.Hit, doc) is { } hit
            ? HitCodec.Read(hit.Bytes, hit.Offset, hit.Length)
            : throw new InvalidOperationException(
                $"Document {doc} of segment {segment} has no hit record: the index is not of layout {Storage.IndexSchema.Version}.");

    /// <summary>The shown variant's text, read lazily; empty when the record has none.</summary>
    public static StoredText Text(AtomicReader segment, int doc) =>
        Value(segment, FieldNames.HitText, doc) is { } value ? StoredText.Decode(value) : StoredText.Of("");

    /// <summary>A binary doc value; null when the segment or the document has none (never empty when written).</summary>
    private static BytesRef? Value(AtomicReader segment, string field, int doc)
    {
        if (segment.GetBinaryDocValues(field) is not { } values)
        {
            return null;
        }

        var value = new BytesRef();
        values.Get(doc, value);
        return value.Length > 0 ? value : null;
    }

    /// <summary>The segment holding top-level document <paramref name="doc"/>, and its number there.</summary>
    public static (AtomicReader Segment, int Doc) Segment(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return (leaf.AtomicReader, doc - leaf.DocBase);
    }

    /// <summary>yyyymmdd: sorts and ranges like the date itself.</summary>
    public static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>
    /// A name is findable by its lower-cased form and by its slug, so a filter taken from a facet
    /// value ("Chris Tambini") or from a URL ("chris-tambini") both match.
    /// </summary>
    public static IEnumerable<string> KeysOf(string value) =>
        new[] { KeyAnalyzer.Normalise(value), RecordIds.Slug(value) }.Where(k => k.Length > 0).Distinct();

    private static FieldType UnstemmedWordsType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS,
        };
        type.Freeze();
        return type;
    }

    private static void AddKeys(Document doc, string field, string value)
    {
        foreach (var key in KeysOf(value))
        {
            doc.Add(new StringField(field, key, Field.Store.NO));
        }
    }

    private static void AddOptionalText(Document doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void AddOptionalKey(Document doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new StringField(field, KeyAnalyzer.Normalise(value), Field.Store.NO));
        }
    }
}
