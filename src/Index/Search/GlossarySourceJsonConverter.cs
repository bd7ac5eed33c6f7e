using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgendaSearch.Index.Search;

/// <summary>A glossary source as JSON: "papers" or "built-in".</summary>
public sealed class GlossarySourceJsonConverter() : JsonStringEnumConverter<GlossarySource>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
