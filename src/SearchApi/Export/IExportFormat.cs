namespace AgendaSearch.SearchApi.Export;

/// <summary>How exported rows are written: a header (maybe empty), then one line per row.</summary>
internal interface IExportFormat
{
    string ContentType { get; }

    string Extension { get; }

    /// <summary>Whether the file starts with a UTF-8 byte order mark (Excel needs one to read UTF-8 CSV).</summary>
    bool ByteOrderMark { get; }

    string Header();

    /// <summary>One row, with its line ending.</summary>
    string Line(ExportRow row);
}
