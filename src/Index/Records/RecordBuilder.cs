namespace AgendaSearch.Index.Records;

public static class RecordBuilder
{
    /// <summary>Extra key marking a record the builder inferred rather than read (value: from what).</summary>
    public const string DerivedFromKey = "derivedFrom";
}
