using System.Security.Cryptography;
using System.Text;

namespace AgendaSearch.Ingest.Tests.Worker.Fixtures;

/// <summary>
/// Writes small PDFs by hand (objects, cross-reference table, trailer), so tests can make exactly the broken
/// files they need. With a user password the file is encrypted the PDF 1.4 way (standard security handler,
/// revision 2, 40-bit RC4, PDF 32000-1 7.6.3): an empty user password makes a file every reader opens
/// without asking, any other one a file that needs it.
/// </summary>
internal sealed class PdfBuilder
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    private static readonly byte[] FileId = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");
    private readonly List<(string Dictionary, byte[]? Stream)> objects = [];

    /// <summary>Adds an object ("&lt;&lt; /Type /Page ... &gt;&gt;") and returns its number.</summary>
    public int Add(string body)
    {
        objects.Add((body, null));
        return objects.Count;
    }

    /// <summary>Replaces an object added earlier (a page tree written once its kids are numbered).</summary>
    public void Set(int number, string body) => objects[number - 1] = (body, null);

    /// <summary>Adds a stream: <paramref name="entries"/> are its dictionary's entries other than /Length.</summary>
    public int AddStream(string entries, string data) => AddStream(entries, Encoding.Latin1.GetBytes(data));

    public int AddStream(string entries, byte[] data)
    {
        objects.Add((entries, data));
        return objects.Count;
    }

    /// <param name="root">The catalog's object number.</param>
    /// <param name="userPassword">Encrypts the file (see the class summary); null leaves it plain.</param>
    /// <param name="trailer">More trailer entries, e.g. a hand-made /Encrypt dictionary and /ID.</param>
    public byte[] Build(int root, string? userPassword = null, string trailer = "")
    {
        var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        var key = userPassword is null ? null : EncryptionKey(userPassword);
        var all = objects.ToList();
        if (key is not null)
            all.Add(($"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(Owner("owner", userPassword!))}> /U <{Convert.ToHexString(Rc4(key, Padding))}> /P -4 >>", null));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < all.Count; i++)
        {
            offsets.Add(output.Position);
            var (dictionary, stream) = all[i];
            if (stream is null)
            {
                Write($"{i + 1} 0 obj\n{dictionary}\nendobj\n");
                continue;
            }
            var data = key is null ? stream : Rc4(ObjectKey(key, i + 1), stream);
            Write($"{i + 1} 0 obj\n<< {dictionary} /Length {data.Length} >>\nstream\n");
            output.Write(data);
            Write("\nendstream\nendobj\n");
        }
        var xref = output.Position;
        Write($"xref\n0 {all.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            Write($"{offset:D10} 00000 n \n");
        var encrypt = key is null ? "" : $" /Encrypt {all.Count} 0 R /ID [<{Convert.ToHexString(FileId)}> <{Convert.ToHexString(FileId)}>]";
        Write($"trailer\n<< /Size {all.Count + 1} /Root {root} 0 R{encrypt} {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    // Algorithm 3: the O entry, RC4 of the padded user password under a key from the owner password.
    private static byte[] Owner(string ownerPassword, string userPassword) =>
        Rc4(MD5.HashData(Pad(ownerPassword))[..5], Pad(userPassword));

    // Algorithm 2: the file key from the padded user password, O, P and the first file identifier.
    private static byte[] EncryptionKey(string userPassword) =>
        MD5.HashData([.. Pad(userPassword), .. Owner("owner", userPassword), .. BitConverter.GetBytes(-4), .. FileId])[..5];

    // Algorithm 1: each object's key is the file key with the object and generation numbers, hashed.
    private static byte[] ObjectKey(byte[] key, int number) =>
        MD5.HashData([.. key, (byte)number, (byte)(number >> 8), (byte)(number >> 16), 0, 0])[..Math.Min(key.Length + 5, 16)];

    private static byte[] Pad(string password) =>
        Encoding.Latin1.GetBytes(password).Concat(Padding).Take(32).ToArray();

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var result = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            result[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return result;
    }
}
