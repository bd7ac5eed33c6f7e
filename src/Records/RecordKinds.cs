using System.Diagnostics.CodeAnalysis;

namespace AgendaSearch.Records;

/// <summary>The one place the kinds' names are spelt: <see cref="Name"/> and <see cref="TryParse"/> are inverses.</summary>
public static class RecordKinds
{
    private static readonly Dictionary<string, RecordKind> ByName =
        Enum.GetValues<RecordKind>().ToDictionary(Name, k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every kind, in declaration order (the order the meeting view lists them).</summary>
    public static IReadOnlyList<RecordKind> All { get; } = Enum.GetValues<RecordKind>();

    /// <summary>Every kind's name, comma-separated, for error messages.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(Name));

    /// <summary>"meeting", "item", "minute", "resolution", "question", "section".</summary>
    public static string Name(this RecordKind kind) => kind switch
    {
        RecordKind.Meeting => "meeting",
        RecordKind.Item => "item",
        RecordKind.Minute => "minute",
        RecordKind.Resolution => "resolution",
        RecordKind.Question => "question",
        RecordKind.Section => "section",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a record kind."),
    };

    /// <summary>The kind named <paramref name="name"/> in any case; false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out RecordKind kind) =>
        ByName.TryGetValue(name?.Trim() ?? "", out kind);

    /// <summary>The kind named <paramref name="name"/>; a stored name this version does not know is a corrupt index.</summary>
    public static RecordKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new InvalidDataException($"\"{name}\" is not a record kind ({Names}).");
}
