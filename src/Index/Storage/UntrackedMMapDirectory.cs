using System.Reflection;
using System.Runtime.CompilerServices;
using Lucene.Net.Store;

namespace AgendaSearch.Index.Storage;

/// <summary>
/// MMapDirectory whose inputs do not register their clones. Lucene.Net's ByteBufferIndexInput adds every clone
/// (each postings, terms and doc-values reader a search opens) to a ConditionalWeakTable, so that disposing the
/// file could unset them; each entry is a dependent GC handle, which every collection must trace. Under load that
/// made gen0 collections of the search host pause 4-6 ms each. Readers here are reference counted (SearcherManager)
/// and never use a clone after its file is closed, so the tracking buys nothing. Where the field is not found (a
/// Lucene.Net that changed it) the inputs are left as they are.
/// </summary>
internal sealed class UntrackedMMapDirectory(DirectoryInfo path) : MMapDirectory(path)
{
    private static readonly FieldInfo? Clones = typeof(ByteBufferIndexInput).GetField("clones", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Whether inputs are opened untracked (false: this Lucene.Net has no such field).</summary>
    public static bool Untracks { get; } = Clones is not null && Clones.FieldType.IsGenericType
        && Clones.FieldType.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (Untracks && input is ByteBufferIndexInput buffers)
        {
            Clones!.SetValue(buffers, null);
        }

        return input;
    }
}
