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

    /// <summary>On an agenda item: the post its report is by, as the agenda prints it ("Chief Executive").</summary>
    public const string ReportBy = "reportBy";

    /// <summary>On an item or a report's section: the post the report's heading says it is of ("Report of the Director of ...").</summary>
    public const string ReportOf = "reportOf";

    /// <summary>
    /// On a section: "true" when its text only repeats headings of records the document holds (numbered minute
    /// or item headings, "(Item 8)", "Question 18 – Name", a contents list). Kept so every word stays findable;
    /// ranking should put it below the records it names.
    /// </summary>
    public const string HeadingsOnly = "headingsOnly";

    /// <summary>The record's pages whose text was read by OCR off a scan ("3,4"): its text may hold misread words.</summary>
    public const string OcrPages = "ocrPages";

    /// <summary>The pages <see cref="OcrPages"/> lists; empty when the record's text came from a text layer.</summary>
    public static IReadOnlySet<int> OcrPagesOf(SearchRecord record) =>
        record.Extra.TryGetValue(OcrPages, out var pages)
            ? pages.Split(',').Select(p => int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0).ToHashSet()
            : new HashSet<int>();
}
