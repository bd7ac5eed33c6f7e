using System.Text.RegularExpressions;
using AgendaSearch.Records;
using AgendaSearch.Ingest.Officers;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// People's names as the index keeps them: plain full names without honorifics, roles or
/// post-nominals ("Mr C Tambini" -> "C Tambini"; "Chris Tambini, Director of Corporate Resources"
/// -> "Chris Tambini"; "Mr. M. Hunt CC" -> "M. Hunt"), then the fullest form the pack prints for
/// the same person ("C Tambini" -> "Chris Tambini"), so a facet counts one person once.
/// </summary>
internal sealed partial class OfficerNames
{
    private readonly Dictionary<string, string> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _fullNames = [];

    /// <param name="officers">The pack's officers: the fullest name and the other forms printed.</param>
    /// <param name="otherNames">Further names printed in the pack (report contacts), fullest wins.</param>
    public OfficerNames(IEnumerable<Officer> officers, IEnumerable<string> otherNames)
    {
        foreach (var officer in officers)
        {
            var full = Normalise(officer.Name);
            if (full.Length == 0)
            {
                continue;
            }

            _fullNames.Add(full);
            foreach (var alias in officer.Aliases.Select(Normalise).Append(full).Where(a => a.Length > 0))
            {
                _byAlias.TryAdd(alias, full);
            }
        }

        _fullNames.AddRange(otherNames.Select(Normalise).Where(n => n.Length > 0));
    }

    /// <summary>The name without title, role or letters after it, spaces tidied.</summary>
    public static string Normalise(string printed)
    {
        var name = printed.Split(',')[0];
        name = Honorific().Replace(name, "");
        name = PostNominals().Replace(name, "");
        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>
    /// The fullest known form of <paramref name="printed"/>: an alias the pack gives, else the
    /// longest known name with the same surname whose given names agree (initials allowed) when
    /// exactly one person fits; otherwise the normalised name itself.
    /// </summary>
    public string Resolve(string printed)
    {
        var name = Normalise(printed);
        if (name.Length == 0)
        {
            return name;
        }

        if (_byAlias.TryGetValue(name, out var known))
        {
            return known;
        }

        var fits = _fullNames
            .Where(full => SamePerson(name, full))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(full => full.Length)
            .ToList();
        var people = fits.Where(f => !fits.Any(other => other != f && other.Length > f.Length && SamePerson(f, other))).ToList();
        return people.Count == 1 ? people[0] : name;
    }

    /// <summary>Same surname, and each given name of <paramref name="shorter"/> is the other's or its initial.</summary>
    internal static bool SamePerson(string shorter, string fuller)
    {
        var a = Parts(shorter);
        var b = Parts(fuller);
        if (a.Length == 0 || b.Length == 0 || !a[^1].Equals(b[^1], StringComparison.OrdinalIgnoreCase) || a.Length > b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length - 1; i++)
        {
            var given = a[i];
            var matches = given.Length == 1
                ? char.ToLowerInvariant(given[0]) == char.ToLowerInvariant(b[i][0])
                : given.Equals(b[i], StringComparison.OrdinalIgnoreCase);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Parts(string name) =>
        name.Replace(".", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|County\s+Councillor|Sir|Dame|Rev|Revd|Lord|Lady)\.?\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"(?:\s+(?:CC|MP|MEP|JP|OBE|MBE|CBE|DL|QC|KC|FCA|CPFA|MBA|PhD)\.?)+\s*$")]
    private static partial Regex PostNominals();
}
