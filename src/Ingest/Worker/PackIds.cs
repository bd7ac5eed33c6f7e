using System.Security.Cryptography;
using System.Text;
using AgendaSearch.Ingest.Ledger;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// A pack's id: the slug of its corpus-relative path without ".pdf" ("2021/Scrutiny Pack.pdf" ->
/// "2021-scrutiny-pack"), stable across content changes so a changed file replaces its own records. Two paths
/// with the same slug (they differ only in case or punctuation) are told apart by a hash of the path.
/// </summary>
internal static class PackIds
{
    public static string For(string file, FileLedger ledger)
    {
        var slug = Slug(file);
        return ledger.PackIdTaken(slug, except: file) ? slug + "-" + PathHash(file) : slug;
    }

    public static string Slug(string file)
    {
        var name = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? file[..^4] : file;
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c))
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        return slug.ToString().TrimEnd('-') is { Length: > 0 } s ? s : "pack";
    }

    private static string PathHash(string file) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..8];
}
