using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Isolation;

namespace AgendaSearch.Ingest.Tests.Isolation;

/// <summary>Which failures make a serving child hand over to a fresh one: those that leave the process itself broken.</summary>
public sealed class PdfProblemsTests
{
    public static TheoryData<Exception, bool> Failures() => new()
    {
        { new OutOfMemoryException(), true },
        { new InsufficientExecutionStackException(), true },
        { new PdfReadException(PdfReadFailure.Damaged, "damaged: type initializer", new TypeInitializationException("SystemFontFinder", new OutOfMemoryException())), true },
        { new PdfReadException(PdfReadFailure.Damaged, "damaged on page 3: bad xref", new InvalidOperationException("bad xref")), false },
        { new PdfReadException(PdfReadFailure.Encrypted, "encrypted: needs a password"), false },
        { new IOException("gone"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_process_is_unfit_after_running_out_of_memory_or_stack_or_a_failed_type_initializer(Exception failure, bool unfit) =>
        Assert.Equal(unfit, PdfProblems.LeavesProcessUnfit(failure));

    [Theory]
    [InlineData(PdfProblems.OutOfMemory, true)]
    [InlineData(PdfProblems.OutOfMemory + " (limit 1024 MB)", true)]
    [InlineData(PdfProblems.StackOverflow, false)]
    public void Out_of_memory_is_told_by_its_reason(string error, bool outOfMemory) =>
        Assert.Equal(outOfMemory, PdfProblems.IsOutOfMemory(ExtractionResult.Failed(error)));
}
