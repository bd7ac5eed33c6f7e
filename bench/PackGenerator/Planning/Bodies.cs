using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>The committees of the county. Members come from one pool, so a councillor sits on several bodies.</summary>
internal static class Bodies
{
    private static readonly (string Name, string Short, BodyKind Kind, string Chair, string Remit)[] Catalog =
    [
        ("Cabinet", "Cabinet", BodyKind.Executive, "Leader", "corporate chief children adults environment"),
        ("Scrutiny Commission", "Commission", BodyKind.Scrutiny, "Chairman", "corporate chief law"),
        ("Children and Families Overview and Scrutiny Committee", "Committee", BodyKind.Scrutiny, "Chairman", "children"),
        ("Adults and Communities Overview and Scrutiny Committee", "Committee", BodyKind.Scrutiny, "Chairman", "adults"),
        ("Health Overview and Scrutiny Committee", "Committee", BodyKind.Scrutiny, "Chairman", "health adults"),
        ("Environment and Climate Change Overview and Scrutiny Committee", "Committee", BodyKind.Scrutiny, "Chairman", "environment"),
        ("Highways and Transport Overview and Scrutiny Committee", "Committee", BodyKind.Scrutiny, "Chairman", "environment"),
        ("Planning Committee", "Committee", BodyKind.Regulatory, "Chairman", "environment"),
        ("Development Control and Regulatory Board", "Board", BodyKind.Regulatory, "Chairman", "environment"),
        ("Corporate Governance Committee", "Committee", BodyKind.Board, "Chairman", "corporate law"),
        ("Employment Committee", "Committee", BodyKind.Board, "Chairman", "corporate chief"),
        ("Health and Wellbeing Board", "Board", BodyKind.Board, "Chairman", "health adults children"),
        ("Local Pension Committee", "Committee", BodyKind.Board, "Chairman", "corporate"),
        ("Police and Crime Panel", "Panel", BodyKind.Board, "Chairman", "chief law"),
    ];

    public static IReadOnlyList<Body> Create(Random random)
    {
        var pool = Councillors(random, 110);
        return Catalog.Select(b =>
        {
            var members = pool.OrderBy(_ => random.Next()).Take(random.Next(8, 14)).ToList();
            return new Body(b.Name, b.Short, b.Kind, members, b.Chair, b.Remit.Split(' '));
        }).ToList();
    }

    /// <summary>Topics a body hears: planning bodies hear applications, the rest hear their departments' topics.</summary>
    public static IReadOnlyList<Topic> TopicsFor(Body body) =>
        body.Kind == BodyKind.Regulatory
            ? Topics.All.Where(t => t.Name == "Planning Applications").ToList()
            : Topics.All.Where(t => t.Name != "Planning Applications" && body.Remit.Contains(t.DepartmentKey)).ToList();

    private static List<Councillor> Councillors(Random random, int count)
    {
        var names = new HashSet<string>();
        var result = new List<Councillor>();
        while (result.Count < count)
        {
            var female = random.Next(2) == 0;
            var first = female ? Names.Female[random.Next(Names.Female.Length)] : Names.Male[random.Next(Names.Male.Length)];
            var surname = Names.Surnames[random.Next(Names.Surnames.Length)];
            // Most packs print initials ("Mr. T. J. Richardson CC"); a few print a forename ("Mr. Max Hunt CC").
            var name = random.Next(8) == 0 ? $"{first} {surname}" : $"{Names.Initials(random, first)} {surname}";
            if (!names.Add(name))
                continue;
            var title = random.Next(12) == 0 ? "Dr." : female ? (random.Next(3) == 0 ? "Ms." : "Mrs.") : "Mr.";
            result.Add(new Councillor(title, name));
        }
        return result;
    }
}
