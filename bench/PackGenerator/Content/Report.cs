namespace AgendaSearch.PackGenerator.Content;

/// <summary>
/// An officer report as planned: who wrote it, its title, its body text, its recommendations (which the minutes may
/// adopt as the resolutions), the officers to contact and appendices.
/// <see cref="Summary"/> is the purpose in the past tense, as the minutes of the meeting report it ("which provided
/// an update on ...").
/// </summary>
internal sealed record Report(
    string Title,
    Department Department,
    Topic Topic,
    string Summary,
    IReadOnlyList<Block> Body,
    IReadOnlyList<string> Recommendations,
    IReadOnlyList<Officer> Contacts,
    IReadOnlyList<Appendix> Appendices);
