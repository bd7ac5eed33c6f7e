using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AgendaSearch.SearchApi.Contracts;
using AgendaSearch.SearchApi.Hosting;
using AgendaSearch.SearchApi.Tests.Support;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Tests.Hosting;

/// <summary>The generated serialiser writes search pages, and writes them byte for byte as reflection would.</summary>
public sealed class ApiJsonTests
{
    [Fact]
    public void The_generated_context_comes_before_the_reflection_resolver()
    {
        using var api = new TestApi();

        var chain = Options(api).TypeInfoResolverChain.ToList();

        var generated = chain.IndexOf(ApiJsonContext.Default);
        Assert.InRange(generated, 0, chain.Count - 2);
        Assert.IsType<DefaultJsonTypeInfoResolver>(chain[^1]);
    }

    [Theory]
    [InlineData("q=budget")]
    [InlineData("q=%22budget+monitoring%22&type=item")]
    [InlineData("q=&facetLimit=1")]
    [InlineData("q=nothing+matches+this")]
    public async Task A_search_page_is_the_json_reflection_writes(string query)
    {
        using var api = new TestApi();
        api.SeedCouncil();

        var written = await api.Client.GetStringAsync("/api/search?" + query);

        // The same options (encoder, naming) without the generated context: reflection writes the page.
        var reflection = new JsonSerializerOptions(Options(api));
        Assert.True(reflection.TypeInfoResolverChain.Remove(ApiJsonContext.Default));
        var page = JsonSerializer.Deserialize<SearchResponse>(written, reflection)!;
        Assert.Equal(JsonSerializer.Serialize(page, reflection), written);
    }

    private static JsonSerializerOptions Options(TestApi api) =>
        api.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
}
