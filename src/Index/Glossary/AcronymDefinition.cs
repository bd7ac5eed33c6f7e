namespace AgendaSearch.Index.Glossary;

/// <summary>
/// An acronym and the long form a text prints for it ("MTFS", "Medium Term Financial Strategy"), found at
/// character <see cref="Offset"/> of the text (where the definition starts, to cite its page). The acronym is
/// as printed without a plural "s" ("EHCPs" defines "EHCP").
/// </summary>
internal sealed record AcronymDefinition(string Acronym, string LongForm, int Offset)
{
    /// <summary>The long form's words lower-cased, "&amp;" as "and", punctuation dropped: how two printings are one meaning.</summary>
    public string Key => LongForms.Key(LongForm);
}
