using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Tests.Packs;

public sealed class PackIdTests
{
    [Theory]
    [InlineData("corpus/scrutiny-commission-2021-07-12-agenda-pack.pdf", "scrutiny-commission-2021-07-12-agenda-pack")]
    [InlineData("Scrutiny Commission 2021-07-12 Agenda Pack.PDF", "scrutiny-commission-2021-07-12-agenda-pack")]
    [InlineData("/packs/2022/Cabinet_(draft) v2.pdf", "cabinet--draft--v2")]
    [InlineData("minutes.2022.pdf", "minutes-2022")]
    [InlineData("Comité.pdf", "comit-")]
    public void The_id_is_the_file_name_lower_cased_with_other_characters_as_dashes(string path, string expected)
    {
        Assert.Equal(expected, PackId.FromPath(path));
        Assert.True(PackId.IsWellFormed(expected));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../etc/passwd")]
    [InlineData("..%2Fsecret")]
    [InlineData("Agenda")]
    [InlineData("a b")]
    public void Anything_but_lower_case_letters_digits_and_dashes_is_not_an_id(string value)
    {
        Assert.False(PackId.IsWellFormed(value));
    }
}
