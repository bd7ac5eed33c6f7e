namespace AgendaSearch.PackGenerator.Content;

/// <summary>
/// One numbered minute. <see cref="AgendaItem"/> is the item of the minuted meeting it records (layout B prints it
/// as "(Item N)"); <see cref="Resolutions"/> are the labels of its RESOLVED parts ("" for a single resolution).
/// </summary>
internal sealed record Minute(
    int Number,
    string Title,
    int AgendaItem,
    IReadOnlyList<Block> Body,
    IReadOnlyList<string> Resolutions,
    IReadOnlyList<Question> Questions,
    int? ReportFiled);
