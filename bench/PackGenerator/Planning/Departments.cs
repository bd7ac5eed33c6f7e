using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// The directorates and their officers. Built once per seed: the same officer names, phones and emails recur in every
/// pack, which is what lets a search for an officer find all their reports.
/// </summary>
internal static class Departments
{
    private static readonly (string Key, string Name, string Director, string[] Roles)[] Catalog =
    [
        ("corporate", "Corporate Resources Department", "Director of Corporate Resources",
            ["Assistant Director (Finance, Strategic Property and Commissioning)", "Head of Finance", "Head of Strategic Property",
             "Assistant Director (Strategic Finance and Property)", "Head of ICT", "Head of Internal Audit and Assurance"]),
        ("chief", "Chief Executive's Department", "Chief Executive",
            ["Assistant Chief Executive", "Senior Policy Officer", "Head of Communities, Policy and Resilience",
             "Head of Planning, Historic and Natural Environment", "Business Partner, Economic Growth"]),
        ("children", "Children and Family Services Department", "Director of Children and Family Services",
            ["Assistant Director (Education and SEND)", "Head of SEND Services", "Assistant Director (Children's Social Care)",
             "Head of Service, Early Help", "Finance Business Partner"]),
        ("adults", "Adults and Communities Department", "Director of Adults and Communities",
            ["Assistant Director (Strategic Commissioning)", "Head of Communities and Wellbeing", "Head of Service, Care Pathway",
             "Head of Libraries and Heritage", "Finance Business Partner"]),
        ("environment", "Environment and Transport Department", "Director of Environment and Transport",
            ["Assistant Director (Highways and Transportation)", "Head of Waste Management", "Head of Highways Delivery",
             "Head of Passenger Transport", "Team Manager, Flood Risk Management", "Head of Net Zero and Environment"]),
        ("health", "Public Health Department", "Director of Public Health",
            ["Consultant in Public Health", "Strategic Lead, Healthy Communities", "Public Health Commissioning Manager"]),
        ("law", "Law and Governance", "Director of Law and Governance",
            ["Head of Democratic Services", "Democratic Services Officer", "Senior Democratic Services Officer",
             "Head of Information Governance"]),
    ];

    public static IReadOnlyDictionary<string, Department> Create(Random random)
    {
        var used = new HashSet<string>();
        var phones = new HashSet<int>();
        var result = new Dictionary<string, Department>();
        foreach (var (key, name, director, roles) in Catalog)
        {
            var officers = new List<Officer> { NewOfficer(random, director, name, used, phones) };
            officers.AddRange(roles.Select(role => NewOfficer(random, role, name, used, phones)));
            result[key] = new Department(name, director, officers);
        }
        return result;
    }

    private static Officer NewOfficer(Random random, string role, string department, HashSet<string> used, HashSet<int> phones)
    {
        string first, last;
        do
        {
            first = random.Next(2) == 0 ? Pick(random, Names.Female) : Pick(random, Names.Male);
            last = Pick(random, Names.Surnames);
        }
        while (!used.Add(first + " " + last));
        int phone;
        do phone = random.Next(1000);
        while (!phones.Add(phone));
        // 01632 960xxx numbers are reserved for fiction, so no real line is printed.
        var email = $"{first}.{last.Replace("'", "")}@{Names.MailDomain}".ToLowerInvariant();
        return new Officer($"{first} {last}", role, department, $"01632 960 {phone:D3}", email);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
