using System.Globalization;

namespace AgendaSearch.PackGenerator;

/// <summary>
/// Command line: --out DIR (required), --packs N (default 10), --seed S (default 1), --max-run R (default 4: the
/// longest run of consecutive meetings of one body; every pack after the first of a run prints the minutes of the
/// pack before it).
/// </summary>
internal sealed record GeneratorOptions(string Out, int Packs, int Seed, int MaxRun)
{
    public const string Usage = "usage: PackGenerator --out DIR [--packs N=10] [--seed S=1] [--max-run R=4]";

    public static GeneratorOptions? Parse(string[] args, TextWriter error)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                return Fail(error, $"unexpected argument '{args[i]}'");
            values[args[i][2..]] = args[++i];
        }
        var unknown = values.Keys.Except(["out", "packs", "seed", "max-run"]).FirstOrDefault();
        if (unknown is not null)
            return Fail(error, $"unknown option --{unknown}");
        if (!values.TryGetValue("out", out var output))
            return Fail(error, "--out is required");
        int Number(string key, int fallback) =>
            values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        try
        {
            var options = new GeneratorOptions(output, Number("packs", 10), Number("seed", 1), Number("max-run", 4));
            return options.Packs < 1 || options.MaxRun < 1 ? Fail(error, "--packs and --max-run must be at least 1") : options;
        }
        catch (FormatException)
        {
            return Fail(error, "--packs, --seed and --max-run take whole numbers");
        }
    }

    private static GeneratorOptions? Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine(Usage);
        return null;
    }
}
