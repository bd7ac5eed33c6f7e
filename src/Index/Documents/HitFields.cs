using AgendaSearch.Index.Records;
using Lucene.Net.Index;

namespace AgendaSearch.Index.Documents;

/// <summary>
/// Reads a hit's record for a result list: only the hit fields, which are stored first, and stops
/// there, so the other packs' variants (each with its full text) are neither decoded nor parsed.
/// A document indexed before the hit fields existed is read whole.
/// </summary>
internal sealed class HitFields : StoredFieldVisitor
{
    private string? _hit;
    private string? _text;

    public static SearchRecord Read(AtomicReader reader, int doc)
    {
        var fields = new HitFields();
        reader.Document(doc, fields);
        return RecordDocument.ReadHit(fields._hit, fields._text) ?? RecordDocument.Read(reader.Document(doc));
    }

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        FieldNames.Hit or FieldNames.HitText => Status.YES,
        _ when _hit is not null && _text is not null => Status.STOP,
        _ => Status.NO,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        if (fieldInfo.Name == FieldNames.Hit)
        {
            _hit = value;
        }
        else
        {
            _text = value;
        }
    }
}
