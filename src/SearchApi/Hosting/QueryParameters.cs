using System.Globalization;

namespace AgendaSearch.SearchApi.Hosting;

/// <summary>
/// Reads query-string values and collects, per parameter, a message saying what is wrong and what
/// to write instead; the endpoint returns them all at once as a ValidationProblem.
/// </summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<string, string[]> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors;

    /// <summary>A whole number in [min, max], or <paramref name="fallback"/> when absent.</summary>
    public int Number(string name, string? value, int fallback, int min, int max, string hint)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        Add(name, $"{name} must be {hint}; got \"{value}\".");
        return fallback;
    }

    /// <summary>true or false (any case), or <paramref name="fallback"/> when absent.</summary>
    public bool Flag(string name, string? value, bool fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (bool.TryParse(value.Trim(), out var flag))
        {
            return flag;
        }

        Add(name, $"{name} must be true or false (default {(fallback ? "true" : "false")}); got \"{value}\".");
        return fallback;
    }

    /// <summary>An ISO date (YYYY-MM-DD), or null when absent.</summary>
    public DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(name, $"{name} must be a date written YYYY-MM-DD, e.g. 2022-01-31; got \"{value}\".");
        return null;
    }

    /// <summary>Both ends of an inclusive date range, checked to be in order.</summary>
    public (DateOnly? From, DateOnly? To) DateRange(string? from, string? to)
    {
        var start = Date("from", from);
        var end = Date("to", to);
        if (start > end)
        {
            Add("from", $"from ({start:yyyy-MM-dd}) is after to ({end:yyyy-MM-dd}): swap them or widen the range.");
        }

        return (start, end);
    }

    /// <summary>The non-blank values, trimmed.</summary>
    public static IReadOnlyList<string> Values(string[]? values) =>
        values is null ? [] : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();

    public void Add(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
