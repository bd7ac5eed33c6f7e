using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Isolation;

namespace AgendaSearch.Ingest.Tests.Isolation;

/// <summary>The frames a serving child writes: whole ones read back as sent, anything cut off reads as no answer.</summary>
public sealed class ResultFrameTests
{
    [Fact]
    public async Task Frames_read_back_in_order_with_the_last_mark()
    {
        using var stream = new MemoryStream();
        ResultFrame.Write(stream, ExtractionResult.Failed("truncated: no end", PdfReadFailure.Damaged), last: false);
        ResultFrame.Write(stream, ExtractionResult.Failed("parser crashed: out of memory"), last: true);
        stream.Position = 0;

        var first = await ResultFrame.ReadAsync(stream, CancellationToken.None);
        var second = await ResultFrame.ReadAsync(stream, CancellationToken.None);
        var end = await ResultFrame.ReadAsync(stream, CancellationToken.None);

        Assert.Equal((ExtractionResult.Failed("truncated: no end", PdfReadFailure.Damaged), false), first);
        Assert.Equal((ExtractionResult.Failed("parser crashed: out of memory"), true), second);
        Assert.Null(end);
    }

    [Fact]
    public async Task A_frame_cut_off_by_a_dying_child_is_no_answer()
    {
        using var whole = new MemoryStream();
        ResultFrame.Write(whole, ExtractionResult.Failed("encrypted: needs a password"), last: false);
        using var cut = new MemoryStream(whole.ToArray()[..^3]);

        Assert.Null(await ResultFrame.ReadAsync(cut, CancellationToken.None));
    }

    [Fact]
    public async Task Progress_lines_before_a_frame_go_to_the_listener()
    {
        using var stream = new MemoryStream();
        ResultFrame.WriteProgress(stream, new OcrCount(0, 26));
        ResultFrame.WriteProgress(stream, new OcrCount(1, 26));
        ResultFrame.Write(stream, ExtractionResult.Failed("OCR failed on page 2: tesseract timed out after 30 s", PdfReadFailure.OcrFailed), last: false);
        stream.Position = 0;
        var heard = new List<OcrCount>();

        var frame = await ResultFrame.ReadAsync(stream, heard.Add, CancellationToken.None);

        Assert.Equal([new OcrCount(0, 26), new OcrCount(1, 26)], heard);
        Assert.Equal(PdfReadFailure.OcrFailed, frame!.Value.Result.Failure);
    }

    [Theory]
    [InlineData("Stack overflow.\n   at UglyToad.PdfPig")]
    [InlineData("12x\n{}")]
    [InlineData("")]
    public async Task Anything_but_a_frame_is_no_answer(string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Null(await ResultFrame.ReadAsync(stream, CancellationToken.None));
    }
}
