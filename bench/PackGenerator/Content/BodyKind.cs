namespace AgendaSearch.PackGenerator.Content;

/// <summary>Decides the standing items on an agenda and the style of the reports.</summary>
internal enum BodyKind
{
    Scrutiny,
    Executive,
    Regulatory,
    Board,
}
