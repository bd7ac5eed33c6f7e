using System.Globalization;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>The date styles council packs print: "Monday, 12 July 2021", "12th July 2021", "12TH JULY 2021".</summary>
internal static class Dates
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Long(DateOnly date) => date.ToString("dddd, d MMMM yyyy", Culture);

    public static string Plain(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Ordinal(DateOnly date) => $"{date.Day}{Suffix(date.Day)} {date.ToString("MMMM yyyy", Culture)}";

    /// <summary>The report header date: "9 MARCH 2022" or, with ordinals, "12TH JULY 2021".</summary>
    public static string Header(DateOnly date, bool ordinal) =>
        (ordinal ? Ordinal(date) : Plain(date)).ToUpperInvariant();

    private static string Suffix(int day) => day switch
    {
        1 or 21 or 31 => "st",
        2 or 22 => "nd",
        3 or 23 => "rd",
        _ => "th",
    };
}
