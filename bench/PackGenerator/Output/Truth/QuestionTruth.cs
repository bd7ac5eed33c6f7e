namespace AgendaSearch.PackGenerator.Output.Truth;

/// <summary>A question in the minutes: "public" or "member", the minute it is under, who asked and who replied.</summary>
internal sealed record QuestionTruth(string Kind, int Minute, string AskedBy, string AnsweredBy, string StartsWith);
