using System.Text.Json;
using System.Text.Json.Serialization;
using AgendaSearch.SearchApi.Contracts;

namespace AgendaSearch.SearchApi.Hosting;

/// <summary>
/// Serialisation code generated at build time for the responses written most often (a search page), in the web
/// defaults the other responses get by reflection (camelCase names). Every search writes about 20 hits and four
/// facet lists; the generated writer skips the reflection-based one's per-property indirection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(GlossaryResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
