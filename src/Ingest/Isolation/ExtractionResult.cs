using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// What the `extract` verb prints as JSON and the worker reads back: the parsed pack, or an error a person
/// understands ("encrypted: needs a password", "truncated", "parser crashed: stack overflow").
/// </summary>
public sealed record ExtractionResult(AgendaPack? Pack, string? Error)
{
    public static ExtractionResult Parsed(AgendaPack pack) => new(pack, null);

    public static ExtractionResult Failed(string error) => new(null, error);
}
