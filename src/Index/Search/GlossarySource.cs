using System.Text.Json.Serialization;

namespace AgendaSearch.Index.Search;

/// <summary>Where an acronym's meaning comes from.</summary>
[JsonConverter(typeof(GlossarySourceJsonConverter))]
public enum GlossarySource
{
    /// <summary>Printed in the council's own papers ("Medium Term Financial Strategy (MTFS)").</summary>
    Papers,

    /// <summary>The short built-in list of common local-government acronyms, for what the papers never define.</summary>
    BuiltIn,
}
