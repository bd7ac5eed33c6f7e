using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Contracts;
using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AgendaSearch.SearchApi.Meetings;

internal static class MeetingEndpoints
{
    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var meetings = app.MapGroup("/api/meetings").WithTags("Meetings");
        meetings.MapGet("/", ListMeetings)
            .WithName("ListMeetings");
        meetings.MapGet("/{id}", GetMeeting)
            .WithName("GetMeeting");
        return app;
    }

    /// <summary>Meetings, newest first, optionally of one body and within dates.</summary>
    /// <param name="body">Committee name, e.g. "Scrutiny Commission".</param>
    /// <param name="from">Earliest meeting date, YYYY-MM-DD, inclusive.</param>
    /// <param name="to">Latest meeting date, YYYY-MM-DD, inclusive.</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<Ok<MeetingListResponse>, ValidationProblem> ListMeetings(
        [FromQuery] string? body, [FromQuery] string? from, [FromQuery] string? to, ISearchIndex index)
    {
        var check = new QueryParameters();
        var (start, end) = check.DateRange(from, to);
        if (!check.IsValid)
        {
            return Problems.Invalid(check.Errors, "The meeting list parameters are not valid");
        }

        var meetings = index.Meetings(string.IsNullOrWhiteSpace(body) ? null : body.Trim(), start, end);
        return TypedResults.Ok(new MeetingListResponse(meetings.Select(MeetingSummary.From).ToList()));
    }

    /// <summary>A meeting with its agenda items, minutes, resolutions and questions in order.</summary>
    /// <param name="id">A meeting id, e.g. "scrutiny-commission:2022-01-31".</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<Ok<MeetingResponse>, NotFoundProblem> GetMeeting(string id, ISearchIndex index)
    {
        var meeting = index.Get(id) is { Type: RecordKind.Meeting } found ? found : null;
        var records = index.MeetingRecords(id).Where(r => r.Type != RecordKind.Meeting).ToList();
        if (meeting is null && records.Count == 0)
        {
            return Problems.NotFound(
                "No such meeting",
                $"There is no meeting with id \"{id}\". Meeting ids are listed by /api/meetings and given as meetingId on records.");
        }

        var summary = meeting is not null ? MeetingSummary.From(meeting) : MeetingSummary.Inferred(id, records[0]);
        return TypedResults.Ok(MeetingResponse.From(summary, records));
    }
}
