namespace AgendaSearch.E2E.Tests;

/// <summary>The browser and the server are started once and shared by every page test.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<AppServer>
{
    public const string Name = "Browser against a running server";
}
