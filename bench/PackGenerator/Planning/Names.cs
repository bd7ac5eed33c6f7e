namespace AgendaSearch.PackGenerator.Planning;

/// <summary>Fictional people and places of "Wealdshire", the county the corpus is about.</summary>
internal static class Names
{
    public static readonly string[] Female =
    [
        "Sharon", "Joanne", "Helen", "Rosemary", "Deborah", "Pamela", "Amanda", "Claire", "Louise", "Sarah",
        "Jennifer", "Margaret", "Elaine", "Rachel", "Fiona", "Gillian", "Katherine", "Nicola", "Susan", "Anita",
        "Priya", "Zainab", "Bernadette", "Hazel", "Lynne", "Tracey", "Yvonne", "Alison", "Judith", "Carol",
    ];

    public static readonly string[] Male =
    [
        "Michael", "Terence", "Simon", "Thomas", "John", "Richard", "Jonathan", "Leon", "Nicholas", "Declan",
        "Christopher", "Gordon", "David", "Ashley", "Zafar", "Peter", "Stephen", "Andrew", "Graham", "Ivan",
        "Kevin", "Trevor", "Max", "Raj", "Neil", "Martin", "Philip", "Bernard", "Colin", "Dominic",
    ];

    public static readonly string[] Surnames =
    [
        "Mullaney", "Barkley", "Fryer", "Galton", "Gillard", "Hunt", "Morgan", "Page", "Pendleton", "Poland",
        "Richardson", "Phillimore", "Breckon", "Taylor", "Rushton", "Posnett", "Twomey", "Scott", "Tambini", "Keegan",
        "Purnell", "Epps", "Saleem", "McFarlane", "Ashworth", "Bentley", "Carrington", "Dalby", "Ellison", "Fairbrother",
        "Greaves", "Hallam", "Ingram", "Jessop", "Kirkland", "Lambert", "Mowbray", "Newbold", "Oakley", "Pritchard",
        "Quenby", "Radford", "Sherwood", "Thorpe", "Underwood", "Vaughan", "Whitaker", "Yates", "Ahmed", "Bhatti",
        "Chauhan", "Doyle", "Everitt", "Fenwick", "Gorton", "Hewitt", "Iqbal", "Jarvis", "Kaur", "Lovell",
        "Marsden", "Nuttall", "O'Shea", "Parmar", "Redfern", "Sutcliffe", "Tandy", "Upton", "Wragg", "Coupland",
    ];

    public static readonly string[] Towns =
    [
        "Kingsbridge", "Ashby Marsh", "Hollowfield", "Market Wenlow", "Oakham Vale", "Broughton Lacey", "Castle Dene",
        "Sapley", "Stoney Carrow", "Thurnby Magna", "Wigston Parva", "Lutterfold", "Coalbrook", "Melford Hatch",
    ];

    public static readonly string[] Venues =
    [
        "County Hall, Kingsbridge",
        "the Council Chamber, County Hall, Kingsbridge",
        "Committee Room 1, County Hall, Kingsbridge",
        "the Sparkenhoe Committee Room, County Hall, Kingsbridge",
        "Hollowfield Civic Centre",
    ];

    public static readonly string[] Times = ["10.00 am", "10.30 am", "2.00 pm", "2.30 pm", "5.30 pm", "9.30 am"];

    public const string Council = "Wealdshire County Council";

    public const string MailDomain = "wealdshire.gov.uk";

    public static string Initials(Random random, string first) =>
        random.Next(3) == 0 ? $"{first[0]}. {(char)('A' + random.Next(26))}." : $"{first[0]}.";
}
