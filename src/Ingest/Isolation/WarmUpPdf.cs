namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// A one-page PDF (standard font, one line of text) a serving child reads before its first real file, so the
/// runtime has loaded and compiled the reading and parsing code by the time a pack arrives: a new pack dropped
/// into the folder does not wait for that (about 0.4 s of a child's first file, bench/run nrt).
/// </summary>
internal static class WarmUpPdf
{
    public static byte[] Bytes() => System.Text.Encoding.ASCII.GetBytes(Text);

    // Byte offsets in the xref table count "\n" line ends: keep this file's line ends as they are.
    private const string Text = """
        %PDF-1.4
        1 0 obj
        << /Type /Catalog /Pages 2 0 R >>
        endobj
        2 0 obj
        << /Type /Pages /Kids [3 0 R] /Count 1 >>
        endobj
        3 0 obj
        << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>
        endobj
        4 0 obj
        << /Length 57 >>
        stream
        BT /F1 12 Tf 72 720 Td (Scrutiny Commission agenda) Tj ET
        endstream
        endobj
        5 0 obj
        << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
        endobj
        xref
        0 6
        0000000000 65535 f 
        0000000009 00000 n 
        0000000058 00000 n 
        0000000115 00000 n 
        0000000241 00000 n 
        0000000348 00000 n 
        trailer
        << /Size 6 /Root 1 0 R >>
        startxref
        418
        %%EOF
        """;
}
