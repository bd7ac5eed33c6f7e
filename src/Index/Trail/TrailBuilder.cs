using System.Globalization;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Trail;

/// <summary>
/// Builds a record's decision trail from the index when asked. The links follow from the natural-key
/// ids: a minute of the 31 January 2022 meeting is "…:2022-01-31:minute-61" whichever pack printed
/// it, and the item it cites is "…:2022-01-31:item-8" in that meeting's own pack. So a trail is
/// complete as soon as both packs are indexed, in whatever order they arrived, and no stored link
/// can go stale; where a link cannot be made the step says why instead of guessing.
/// </summary>
public sealed class TrailBuilder(ISearchIndex index)
{
    private readonly Dictionary<string, MeetingContents> _meetings = new(StringComparer.Ordinal);

    /// <summary>The trail of record <paramref name="id"/>; null when there is no such record.</summary>
    public DecisionTrail? Build(string id)
    {
        if (index.Get(id) is not { } anchor)
        {
            return null;
        }

        var steps = new List<TrailStep>();
        var minutes = new List<SearchRecord>();
        if (anchor.Type == RecordKind.Item)
        {
            steps.AddRange(ItemSteps(anchor, linkedBy: null));
            var recorded = Meeting(anchor.MeetingId).MinutesOf(anchor).ToList();
            if (recorded.Count == 0)
            {
                steps.Add(MissingMinute(anchor));
            }

            foreach (var (minute, linkedBy) in recorded)
            {
                steps.AddRange(MinuteSteps(minute, linkedBy));
                minutes.Add(minute);
            }
        }
        else if (MinuteOf(anchor) is { } minute)
        {
            steps.AddRange(ConsideredSteps(minute));
            steps.AddRange(MinuteSteps(minute, minute.Id == anchor.Id ? null : TrailLink.Parent));
            minutes.Add(minute);
        }

        steps.AddRange(new Confirmations(index).Of(minutes));
        steps.AddRange(new LaterReferences(index).Of(steps));
        return new DecisionTrail(anchor, steps);
    }

    /// <summary>"the meeting of 31 January 2022".</summary>
    public static string MeetingText(DateOnly? date) =>
        date is { } d ? "the meeting of " + d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "an undated meeting";

    /// <summary>The minute a record belongs to: itself, or the minute a resolution or question was read under.</summary>
    private SearchRecord? MinuteOf(SearchRecord record) => record.Type switch
    {
        RecordKind.Minute => record,
        _ when record.ParentId is { } parent => index.Get(parent) is { Type: RecordKind.Minute } minute ? minute : null,
        _ => null,
    };

    /// <summary>The item (and report) the minute records, or a step saying why it cannot be linked.</summary>
    private IEnumerable<TrailStep> ConsideredSteps(SearchRecord minute)
    {
        var meeting = Meeting(minute.MeetingId);
        return meeting.ItemOf(minute) is { } link ? ItemSteps(link.Item, link.LinkedBy) : [MissingItem(minute, meeting)];
    }

    /// <summary>The agenda item, then its report when the pack printed one (the report's pages are the item's).</summary>
    private static IEnumerable<TrailStep> ItemSteps(SearchRecord item, string? linkedBy)
    {
        yield return TrailStep.Found(TrailKind.Item, item, linkedBy);
        if (item.Pages.Length > 0)
        {
            yield return TrailStep.Found(TrailKind.Report, item, linkedBy);
        }
    }

    private IEnumerable<TrailStep> MinuteSteps(SearchRecord minute, string? linkedBy)
    {
        yield return TrailStep.Found(TrailKind.Minute, minute, linkedBy);
        foreach (var resolution in Meeting(minute.MeetingId).ResolutionsOf(minute.Id))
        {
            yield return TrailStep.Found(TrailKind.Resolution, resolution, TrailLink.Parent);
        }
    }

    /// <summary>
    /// A minute that cites an item number points at a report ("the report marked 'Agenda Item 8'");
    /// one that cites nothing, at the item it records.
    /// </summary>
    private static TrailStep MissingItem(SearchRecord minute, MeetingContents meeting)
    {
        var when = MeetingText(minute.MeetingDate);
        var status = meeting.HasAgenda ? TrailStatus.NotFound : TrailStatus.NotInCorpus;
        return new TrailStep(minute.ItemNumber is null ? TrailKind.Item : TrailKind.Report, status)
        {
            MeetingId = minute.MeetingId,
            MeetingDate = minute.MeetingDate,
            ItemNumber = minute.ItemNumber,
            LinkedBy = minute.ItemNumber is null ? null : TrailLink.ItemNumber,
            Note = (status, minute.ItemNumber) switch
            {
                (TrailStatus.NotInCorpus, _) => $"The agenda pack for {when} is not in the corpus.",
                (_, { } number) => $"The agenda pack for {when} is indexed but has no item {number}.",
                _ => $"No agenda item of {when} has this minute's title.",
            },
        };
    }

    private TrailStep MissingMinute(SearchRecord item)
    {
        var when = MeetingText(item.MeetingDate);
        var status = Meeting(item.MeetingId).HasMinutes ? TrailStatus.NotFound : TrailStatus.NotInCorpus;
        return new TrailStep(TrailKind.Minute, status)
        {
            MeetingId = item.MeetingId,
            MeetingDate = item.MeetingDate,
            ItemNumber = item.ItemNumber,
            Note = status == TrailStatus.NotInCorpus
                ? $"The minutes of {when} are not in the corpus (they are usually printed in the next meeting's pack)."
                : $"The minutes of {when} are indexed but none of them records this item.",
        };
    }

    private MeetingContents Meeting(string? meetingId)
    {
        if (meetingId is null)
        {
            return new MeetingContents([]);
        }

        if (!_meetings.TryGetValue(meetingId, out var contents))
        {
            _meetings[meetingId] = contents = MeetingContents.Read(index, meetingId);
        }

        return contents;
    }
}
