using AgendaSearch.Records;

namespace AgendaSearch.Index.Trail;

/// <summary>
/// The chain a record belongs to: agenda item → report → minute → resolutions → confirmation of the
/// minutes → later references. The same chain comes back whichever of its records is asked about.
/// </summary>
public sealed record DecisionTrail(SearchRecord Anchor, IReadOnlyList<TrailStep> Steps);
