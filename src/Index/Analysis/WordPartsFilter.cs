using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AgendaSearch.Index.Analysis;

/// <summary>
/// Adds the parts of a word joined by dots, apostrophes or underscores, at the word's own position, so
/// each part is findable on its own: "leics" finds "chris.tambini@leics.gov.uk", "donnell" finds
/// "O'Donnell", "clevedon" finds "Hotwells.Clevedon" (a missing space the tokenizer reads as one word).
/// The whole token stays, so a search for the address as printed still matches. Numbers ("1.5") are not
/// split: a part of a number is not something anyone searches for. Parts of one letter are left out.
/// </summary>
internal sealed class WordPartsFilter : TokenFilter
{
    private const int ShortestPart = 2;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<(string Text, int Start)> _parts = new();
    private State? _whole;
    private int _wholeStart;

    public WordPartsFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_whole);
            var (text, start) = _parts.Dequeue();
            _term.SetEmpty().Append(text);
            _offset.SetOffset(_wholeStart + start, _wholeStart + start + text.Length);
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var term = _term.ToString();
        if (term.Any(IsJoiner) && term.Any(char.IsLetter) && _offset.EndOffset - _offset.StartOffset == term.Length)
        {
            Split(term);
            if (_parts.Count > 0)
            {
                _whole = CaptureState();
                _wholeStart = _offset.StartOffset;
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _whole = null;
    }

    private void Split(string term)
    {
        var start = 0;
        for (var i = 0; i <= term.Length; i++)
        {
            if (i < term.Length && !IsJoiner(term[i]))
            {
                continue;
            }

            if (i - start >= ShortestPart && i - start < term.Length)
            {
                _parts.Enqueue((term[start..i], start));
            }

            start = i + 1;
        }
    }

    private static bool IsJoiner(char c) => c is '.' or '\'' or '\u2019' or '_' or ':';
}
