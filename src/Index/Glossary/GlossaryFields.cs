using System.Text.RegularExpressions;
using AgendaSearch.Index.Documents;
using AgendaSearch.Records;
using Lucene.Net.Documents;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// The fields a record's acronyms are searched and learned through: the definitions it prints
/// (<see cref="DefinitionExtractor"/>) as terms naming its council, the acronyms it prints in capitals, and its
/// council as the scope an expansion is kept to. Written with the record, so removing or replacing a pack
/// removes or replaces what it taught, on every node that indexes the same packs.
/// </summary>
internal static partial class GlossaryFields
{
    /// <summary>The scope of records without a council (a pack read outside a corpus): their own glossary.</summary>
    public const string NoCouncil = "-";

    /// <summary>Separates council, acronym and long form in a definition term (no printed text holds it).</summary>
    private const char Separator = '\u001F';

    public static string Scope(string? council) => string.IsNullOrWhiteSpace(council) ? NoCouncil : council;

    public static void Add(Document doc, SearchRecord record)
    {
        var scope = Scope(record.Council);
        doc.Add(new StringField(FieldNames.GlossaryScope, scope, Field.Store.NO));
        foreach (var definition in DefinitionExtractor.Extract(record.Text))
        {
            doc.Add(new StringField(FieldNames.Definition, Term(scope, definition.Acronym, definition.LongForm), Field.Store.NO));
        }

        foreach (var acronym in Acronyms(record.Title).Concat(Acronyms(record.Text)).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(FieldNames.Acronym, acronym, Field.Store.NO));
        }
    }

    public static string Term(string scope, string acronym, string longForm) => string.Join(Separator, scope, acronym, longForm);

    public static (string Scope, string Acronym, string LongForm) Parse(string term) =>
        term.Split(Separator) is [var scope, var acronym, var longForm] ? (scope, acronym, longForm) : (NoCouncil, "", "");

    /// <summary>
    /// The acronym-shaped words of <paramref name="text"/> as printed, plural "s" dropped ("EHCPs" → "EHCP"), and a
    /// letter dotted before a number as the acronym it abbreviates ("s.106", "S. 106" → "S106").
    /// </summary>
    public static IEnumerable<string> Acronyms(string text) =>
        CapitalWord().Matches(text).Select(m => LongForms.Singular(m.Value)).Where(LongForms.IsAcronym)
            .Concat(DottedSection().Matches(text).Select(m => char.ToUpperInvariant(m.Groups[1].Value[0]) + m.Groups[2].Value));

    /// <summary>A typed acronym as the acronym field holds it: no plural "s", no dot ("s.106" → "s106").</summary>
    public static string Typed(string word) => LongForms.Singular(word.Replace(".", "").Replace(" ", ""));

    [GeneratedRegex(@"(?<![\w&])[A-Z][A-Za-z0-9&]{1,10}(?![\w&])")]
    private static partial Regex CapitalWord();

    [GeneratedRegex(@"(?<![\w.])([A-Za-z])\.\s?(\d{1,4})(?![\w.])")]
    private static partial Regex DottedSection();
}
