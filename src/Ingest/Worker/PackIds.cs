using System.Security.Cryptography;
using System.Text;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// A file's pack id: <see cref="PackId.FromPath"/> of its name, stable across content changes so a changed
/// file replaces its own records. Two files with the same name in different folders would share it, so
/// the second one to be planned gets a hash of its path appended; the ledger maps every id to its file.
/// </summary>
public static class PackIds
{
    internal static string For(string file, FileLedger ledger) => For(file, id => ledger.PackIdTaken(id, except: file));

    /// <summary>The id of <paramref name="file"/>, given whether an id is taken by another file.</summary>
    public static string For(string file, Func<string, bool> takenByAnother)
    {
        var id = PackId.FromPath(file);
        return takenByAnother(id) ? id + "-" + PathHash(file) : id;
    }

    private static string PathHash(string file) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..8];
}
