namespace AgendaSearch.PackGenerator.Content;

/// <summary>A question put at a meeting: Kind is "public" (Question Time) or "member" (Standing Order 7(3)).</summary>
internal sealed record Question(string Kind, string AskedBy, string AnsweredBy, IReadOnlyList<string> Text, IReadOnlyList<string> Reply);
