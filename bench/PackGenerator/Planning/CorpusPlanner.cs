using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// Plans the whole corpus from one seed, sequentially, before anything is drawn: runs of one to
/// <c>maxRun</c> consecutive meetings of a body. Each pack prints the minutes of the meeting before it, which for
/// all but the first pack of a run is the previous pack in the corpus (the decision trail). A run begins with an
/// unpublished meeting whose minutes the first pack prints. Runs are planned one after another, so the first N
/// packs of a larger corpus with the same seed are the same packs.
/// </summary>
internal static class CorpusPlanner
{
    public static IReadOnlyList<Meeting> Plan(int seed, int packs, int maxRun)
    {
        var random = new Random(seed);
        var departments = Departments.Create(random);
        var bodies = Bodies.Create(random);
        var prose = new Prose(random);
        var meetings = new MeetingPlanner(prose, departments);
        var minutes = new MinutesPlanner(prose, bodies);
        var calendar = new BodyCalendar();
        var contacts = departments["law"].Officers.Where(o => o.Role.Contains("Democratic Services")).ToList();
        var result = new List<Meeting>(packs);
        while (result.Count < packs)
        {
            var body = prose.Pick(bodies);
            // The whole run is planned even when the corpus needs fewer packs, so the random stream, and with it
            // every earlier pack, does not depend on the corpus size.
            var length = random.Next(1, maxRun + 1);
            // Dates: the unpublished meeting's predecessor, the unpublished meeting, the run, the next meeting.
            var gaps = Enumerable.Range(0, length + 2).Select(_ => 7 * random.Next(5, 11)).ToArray();
            var dates = new DateOnly[length + 3];
            dates[0] = calendar.Reserve(body, random, gaps.Sum());
            for (var i = 1; i < dates.Length; i++)
                dates[i] = Working(dates[i - 1].AddDays(gaps[i - 1]));
            var style = prose.Chance(50) ? PackStyle.A : PackStyle.B;
            var number = style == PackStyle.A ? random.Next(1, 60) : random.Next(100, 900);
            var (time, venue, contact) = (prose.Pick(Names.Times), prose.Pick(Names.Venues), prose.Pick(contacts));
            Meeting? previous = null;
            Minutes? previousMinutes = null;
            for (var k = 1; k <= length + 1; k++)
            {
                var slot = new MeetingSlot(body, dates[k], dates[k - 1], dates[k + 1], time, venue, contact, style);
                var meeting = meetings.Plan(slot) with
                {
                    PreviousMinutes = previousMinutes,
                    PreviousFile = previous is null || k == 2 ? null : previous.FileStem + ".pdf",
                };
                previousMinutes = minutes.Plan(meeting, number);
                number += previousMinutes.Entries.Count;
                if (k > 1 && result.Count < packs)
                    result.Add(meeting);
                previous = meeting;
            }
        }
        return result;
    }

    /// <summary>Committees do not meet over Christmas and New Year: such a date moves on a week.</summary>
    private static DateOnly Working(DateOnly date) =>
        (date.Month == 12 && date.Day >= 20) || (date.Month == 1 && date.Day <= 3) ? Working(date.AddDays(7)) : date;
}
