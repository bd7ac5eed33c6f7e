namespace AgendaSearch.SearchApi.Trail;

/// <summary>
/// The decision trail of record <see cref="Id"/>, in chain order: agenda item → report (with its
/// officers) → minute → resolutions → confirmation of the minutes in a later pack → later references.
/// Empty for a record outside any chain (a meeting, a question asked outside the minutes).
/// </summary>
internal sealed record TrailResponse(string Id, string Url, IReadOnlyList<TrailStepResponse> Steps);
