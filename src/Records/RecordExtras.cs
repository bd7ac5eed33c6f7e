namespace AgendaSearch.Records;

/// <summary>Keys of <see cref="SearchRecord.Extra"/> that the index itself reads.</summary>
public static class RecordExtras
{
    /// <summary>Marks a record inferred rather than read (value: from what); the record read from its own pack wins.</summary>
    public const string DerivedFrom = "derivedFrom";

    /// <summary>On a minute: the agenda item of the pack that prints it (the later pack's "Minutes of the previous meeting").</summary>
    public const string PrintedUnderItem = "printedUnderItem";

    /// <summary>On a question: the asker's name as printed ("Mrs Sharon Scott") when AskedBy drops a title or honorific.</summary>
    public const string AskedByAsPrinted = "askedByAsPrinted";
}
