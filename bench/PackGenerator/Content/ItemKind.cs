namespace AgendaSearch.PackGenerator.Content;

/// <summary>What an agenda item is; decides the minute written about it at the meeting.</summary>
internal enum ItemKind
{
    Minutes,
    QuestionTime,
    MemberQuestions,
    UrgentNotice,
    Declarations,
    PartyWhip,
    Petitions,
    Report,
    NextMeeting,
    AnyOtherBusiness,
}
