using System.Text.Json;
using System.Text.Json.Serialization;
using AgendaSearch.Ingest.Extraction;

if (args.Length >= 2 && args[0] == "dump")
{
    var text = PdfTextReader.Read(args[1]);
    foreach (var page in text.Pages)
    {
        Console.WriteLine($"=== page {page.Number}");
        foreach (var l in page.Lines)
            Console.WriteLine($"{l.X,6:F1} {l.Y,6:F1} {l.FontSize,4:F1} {(l.Bold ? "B" : " ")} | {l.Text}");
    }
    return 0;
}
Console.Error.WriteLine("usage: inspect FILE.pdf");
return 2;
