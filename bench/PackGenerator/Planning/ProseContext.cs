using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>What the slots of a sentence template are filled from: the topic, the body, the department and the date.</summary>
internal sealed record ProseContext(Topic Topic, Body Body, Department Department, DateOnly Date, string Title = "");
