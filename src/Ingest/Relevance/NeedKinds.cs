using System.Diagnostics.CodeAnalysis;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>The one place need kinds' names are spelt ("report-by", "known-title"): <see cref="Name"/> and <see cref="TryParse"/> are inverses.</summary>
public static class NeedKinds
{
    private static readonly Dictionary<string, NeedKind> ByName =
        Enum.GetValues<NeedKind>().ToDictionary(Name, k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every kind's name, comma-separated, for error messages.</summary>
    public static string Names { get; } = string.Join(", ", Enum.GetValues<NeedKind>().Select(Name));

    public static string Name(this NeedKind kind) => kind switch
    {
        NeedKind.Decision => "decision",
        NeedKind.Question => "question",
        NeedKind.ReportBy => "report-by",
        NeedKind.Topic => "topic",
        NeedKind.KnownTitle => "known-title",
        NeedKind.KnownMinute => "known-minute",
        NeedKind.Parish => "parish",
        NeedKind.Acronym => "acronym",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a need kind."),
    };

    public static bool TryParse([NotNullWhen(true)] string? name, out NeedKind kind) =>
        ByName.TryGetValue(name?.Trim() ?? "", out kind);
}
