namespace AgendaSearch.Index.Search;

/// <summary>
/// Why a hit scored what it did, in lines a person can read ("title matched 'budget' (weight 3) → 4.1"), each
/// with its share of <see cref="Total"/> (the hit's score).
/// </summary>
public sealed record HitExplanation(float Total, IReadOnlyList<string> Lines);
