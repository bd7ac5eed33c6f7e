using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Officers;

/// <summary>
/// One identity per person across the forms a pack prints: "Mr C Tambini" with
/// "Chris.Tambini@leics.gov.uk" and "Chris Tambini, Director of Corporate Resources" are one officer,
/// named by the fullest form (a given name from the email address fills in an initial). People are
/// matched on surname and compatible first initial.
/// </summary>
internal static class OfficerDirectory
{
    /// <summary>A printed contact and the agenda item whose report lists it (null for the meeting's own contact).</summary>
    public sealed record Sighting(OfficerContact Contact, int? Item);

    public static IReadOnlyList<Officer> Build(IEnumerable<Sighting> sightings)
    {
        var people = new List<List<Sighting>>();
        foreach (var s in sightings.Where(s => PersonName.Surname(s.Contact.Name).Length > 0))
        {
            var same = people.FirstOrDefault(p => SamePerson(p[0].Contact, s.Contact) && p.All(o => Compatible(o.Contact, s.Contact)));
            if (same is null)
                people.Add([s]);
            else
                same.Add(s);
        }
        return people.Select(ToOfficer).ToList();
    }

    /// <summary>The plain full name for a printed name ("Mr C Tambini" + email to "Chris Tambini").</summary>
    public static string FullName(OfficerContact contact)
    {
        var clean = PersonName.Clean(contact.Name);
        if (PersonName.HasGivenName(clean) || GivenFromEmail(contact) is not string given)
            return clean;
        var surname = clean.Split(' ')[^1];
        return given + " " + surname;
    }

    private static bool SamePerson(OfficerContact a, OfficerContact b) =>
        PersonName.Surname(a.Name) == PersonName.Surname(b.Name) && Compatible(a, b);

    private static bool Compatible(OfficerContact a, OfficerContact b)
    {
        var (x, y) = (Initial(a), Initial(b));
        return x is null || y is null || x == y;
    }

    private static char? Initial(OfficerContact c) =>
        PersonName.Initial(FullName(c));

    /// <summary>"chris.tambini@..." gives "Chris" when the surname matches and the initial agrees.</summary>
    private static string? GivenFromEmail(OfficerContact contact)
    {
        if (contact.Email is null)
            return null;
        var local = contact.Email.Split('@')[0].Split('.', '_', '-');
        if (local.Length != 2 || local[0].Length < 2 || !local[1].Equals(PersonName.Surname(contact.Name), StringComparison.OrdinalIgnoreCase))
            return null;
        var initial = PersonName.Initial(contact.Name);
        if (initial is char c && char.ToLowerInvariant(local[0][0]) != c)
            return null;
        return char.ToUpperInvariant(local[0][0]) + local[0][1..].ToLowerInvariant();
    }

    /// <summary>"Assistant Chief Executive, Chief Executive's Department" is the role "Assistant Chief Executive".</summary>
    private static string WithoutDepartment(string role) =>
        Regex.Replace(role, @",\s*[^,()]*\b(?:Department|Directorate)\s*$", "").Trim();

    private static Officer ToOfficer(List<Sighting> sightings)
    {
        var names = sightings.Select(s => FullName(s.Contact)).ToList();
        var name = names.OrderByDescending(n => PersonName.HasGivenName(n)).ThenByDescending(n => n.Length).First();
        var aliases = sightings.Select(s => s.Contact.Name).Concat(names)
            .Where(n => n != name).Distinct().ToList();
        var roles = sightings.Select(s => s.Contact.Role).OfType<string>().Select(WithoutDepartment).Distinct().ToList();
        var items = sightings.Select(s => s.Item).OfType<int>().Distinct().Order().ToList();
        return new Officer(name, aliases, roles,
            sightings.Select(s => s.Contact.Phone).FirstOrDefault(p => p is not null),
            sightings.Select(s => s.Contact.Email).FirstOrDefault(e => e is not null),
            items.Count > 0 ? items : null);
    }
}
