namespace AgendaSearch.PackGenerator.Content;

/// <summary>An elected member as packs print them: "Mr. T. J. Richardson CC". <see cref="Name"/> is what ground truth records.</summary>
internal sealed record Councillor(string Title, string Name)
{
    public string Display => $"{Title} {Name} CC";
}
