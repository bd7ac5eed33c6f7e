using AgendaSearch.Index.Querying;
using AgendaSearch.Records;

namespace AgendaSearch.Index.Tests.Querying;

public sealed class MeetingOrderTests
{
    [Fact]
    public void Numbered_resolutions_follow_their_numbers_and_lettered_ones_their_letters()
    {
        var minute = Sample.Record("m:minute-12", "Transport", "") with { Type = RecordKind.Minute, MinuteNumber = 12 };
        var numbered = new[] { "(10)", "(2)", "(1)", "(9)", "11." }.Select(Resolution);
        var lettered = new[] { "(b)", "(a)", "(c)" }.Select(Resolution);

        Assert.Equal(["(1)", "(2)", "(9)", "(10)", "11."], numbered.Order(MeetingOrder.Instance).Select(r => r.ResolutionLabel));
        Assert.Equal(["(a)", "(b)", "(c)"], lettered.Order(MeetingOrder.Instance).Select(r => r.ResolutionLabel));
        Assert.Same(minute, new[] { Resolution("(1)"), minute }.Order(MeetingOrder.Instance).First());

        SearchRecord Resolution(string label) => Sample.Record($"m:minute-12:resolution-{label.Trim('(', ')', '.')}", "Transport", "") with
        {
            Type = RecordKind.Resolution,
            MinuteNumber = 12,
            ResolutionLabel = label,
            ParentId = minute.Id,
        };
    }
}
