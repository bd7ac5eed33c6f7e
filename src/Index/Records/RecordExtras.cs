namespace AgendaSearch.Index.Records;

/// <summary>Keys of <see cref="SearchRecord.Extra"/> that the index itself reads.</summary>
public static class RecordExtras
{
    /// <summary>Marks a record inferred rather than read (value: from what); the record read from its own pack wins.</summary>
    public const string DerivedFrom = "derivedFrom";
}
