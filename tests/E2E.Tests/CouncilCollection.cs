namespace AgendaSearch.E2E.Tests;

/// <summary>Page tests against the server with two councils' records (<see cref="CouncilAppServer"/>).</summary>
[CollectionDefinition(Name)]
public sealed class CouncilCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<CouncilAppServer>
{
    public const string Name = "Browser against a server with two councils";
}
