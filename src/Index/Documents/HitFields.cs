using AgendaSearch.Index.Records;
using Lucene.Net.Index;

namespace AgendaSearch.Index.Documents;

/// <summary>
/// Reads a hit's record for a result list: only the hit field, which is stored first, and stops there,
/// so the other packs' variants (each with its full text) are neither decoded nor parsed. The record's
/// text is not in it (see <see cref="StoredText"/>).
/// </summary>
internal sealed class HitFields : StoredFieldVisitor
{
    private string? _hit;

    /// <summary>The shown variant without its text; null for a document indexed before the hit field existed.</summary>
    public static SearchRecord? Read(AtomicReader segment, int doc)
    {
        var fields = new HitFields();
        segment.Document(doc, fields);
        return fields._hit is { } json ? RecordJson.Read(json) : null;
    }

    public override Status NeedsField(FieldInfo fieldInfo) =>
        _hit is not null ? Status.STOP : fieldInfo.Name == FieldNames.Hit ? Status.YES : Status.NO;

    public override void StringField(FieldInfo fieldInfo, string value) => _hit = value;
}
