using System.Diagnostics;
using AgendaSearch.Ingest.Tests;

namespace AgendaSearch.Cluster.E2E.Tests.Support;

/// <summary>
/// A corpus folder of its own for a test: the two seed packs, the real papers of tests/fixtures/realpacks/pdfs and one
/// large file (the seed packs joined several times by poppler's pdfunite), which takes seconds to extract, so a worker
/// can be killed while it holds that file's claim.
/// </summary>
internal sealed class TestCorpus : IDisposable
{
    /// <summary>The large file's path in the corpus.</summary>
    public const string Large = "large/joined-seed-packs.pdf";

    private const int Copies = 5;

    public TestCorpus()
    {
        Path = Directory.CreateTempSubdirectory("agendasearch-cluster-corpus-").FullName;
        foreach (var pdf in Directory.GetFiles(System.IO.Path.Combine(Corpus.Root, "corpus"), "*.pdf"))
            System.IO.File.Copy(pdf, File(System.IO.Path.GetFileName(pdf)));
        var real = System.IO.Path.Combine(Corpus.Root, "tests", "fixtures", "realpacks", "pdfs");
        Directory.CreateDirectory(File("realpacks"));
        foreach (var pdf in Directory.GetFiles(real, "*.pdf"))
            System.IO.File.Copy(pdf, File("realpacks/" + System.IO.Path.GetFileName(pdf)));
        JoinLarge();
    }

    public string Path { get; }

    /// <summary>Corpus-relative paths ('/' separators) of every PDF, sorted.</summary>
    public IReadOnlyList<string> Files =>
        Directory.GetFiles(Path, "*.pdf", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private void JoinLarge()
    {
        Directory.CreateDirectory(File("large"));
        var seeds = Directory.GetFiles(System.IO.Path.Combine(Corpus.Root, "corpus"), "*.pdf").Order(StringComparer.Ordinal).ToArray();
        var start = new ProcessStartInfo("pdfunite") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var _ in Enumerable.Range(0, Copies))
            foreach (var seed in seeds)
                start.ArgumentList.Add(seed);
        start.ArgumentList.Add(File(Large));
        Process? join;
        try
        {
            join = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pdfunite is missing: apt-get install poppler-utils (.ci/run installs it)", e);
        }
        join!.WaitForExit();
        if (join.ExitCode != 0)
            throw new InvalidOperationException("pdfunite failed: " + join.StandardError.ReadToEnd());
    }
}
