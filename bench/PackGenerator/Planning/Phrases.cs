namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// Sentence templates in the register of council reports and minutes. Slots: {term} {term2} (topic phrases),
/// {topic}, {body} ("the Committee"), {dept}, {partner}, {town} {town2}, {money} {money2}, {pct}, {fy}, {year},
/// {future}, {month}, {quarter}, {count} {count2}, {govdept}, {letter}, {director}.
/// </summary>
internal static class Phrases
{
    public static readonly string[] Report =
    [
        "The {dept} continues to work closely with {partner} to improve {term} across the county.",
        "During {fy}, demand for {term} increased by {pct} compared with the previous year.",
        "The forecast outturn for {term} is {money}, which represents a variance of {money2} against the updated budget.",
        "A further update on {term} will be brought to {body} in {month} {future}.",
        "Members will recall that {body} considered a report on {term} at its meeting in {month} {year}.",
        "The approach to {term} has been reviewed in the light of national guidance and local pressures on {term2}.",
        "It is anticipated that the changes to {term} will deliver savings of {money} over the period of the Medium Term Financial Strategy.",
        "Consultation on the proposals for {term} ran for {count} weeks and received {count2} responses.",
        "Of those who responded, {pct} agreed with the proposed approach to {term}.",
        "The main risks relate to {term}, {term2} and the availability of external funding.",
        "Performance on {term} remains in the top quartile when compared with similar county councils.",
        "There has been a significant increase in the cost of {term}, driven largely by inflation and market conditions.",
        "{town} and {town2} have been identified as priority areas for {term}.",
        "The Council has been awarded {money} of grant funding from the Department for {govdept} to support {term}.",
        "Officers have engaged with {partner} and local members on {term}.",
        "The proposals for {term} are consistent with the Council's Strategic Plan and its commitment to {term2}.",
        "Work is under way to develop a business case for {term}, which will be reported to the Cabinet in due course.",
        "Since {month} {year}, {count2} additional places have been provided through the {term} programme.",
        "The number of complaints relating to {term} fell by {pct} over the same period.",
        "The Government has announced a review of {term}, the outcome of which is not expected until {future}.",
        "A pilot scheme for {term} in {town} has been evaluated positively by residents and partners.",
        "The service continues to face pressures from {term}, and mitigating actions are set out in Appendix {letter}.",
        "Progress against each of the actions in the plan for {term} is set out in Appendix {letter} to this report.",
        "The figures for {term} are provisional and remain subject to audit.",
        "The {director} has established a project board to oversee {term} and to monitor the delivery of {term2}.",
        "Spending on {term} in {fy} was {money}, of which {money2} was met from earmarked reserves.",
        "The county's performance on {term} is in line with the national average, although {town} remains an outlier.",
        "Partners including {partner} have agreed to share data on {term} so that the position can be understood more quickly.",
        "It should be noted that {term} is a statutory duty and that the Council has limited discretion over the level of service.",
        "An Equality Impact Assessment of the changes to {term} has been completed and is available as a background paper.",
    ];

    /// <summary>Report sentences that also work when spoken: no references to appendices or "this report".</summary>
    public static readonly string[] Spoken = Report.Where(t => !t.Contains("Appendix") && !t.Contains("report")).ToArray();

    public static readonly string[] Discussion =
    [
        "Members welcomed the report and the progress made on {term}.",
        "A member asked whether {term} would be affected by the proposed changes to {term2}. The {director} reported that the position would be monitored closely.",
        "In response to a question, the {director} confirmed that {term} would be kept under review and that an update would be provided to {body}.",
        "Concern was raised about the impact of {term} on residents in {town}. Officers undertook to provide members with further information after the meeting.",
        "Members noted that the cost of {term} had risen by {pct} and asked that future reports include a breakdown by district.",
        "A member questioned the level of engagement with {partner} on {term}. It was explained that regular meetings were held and that feedback had been positive.",
        "The Lead Member for {topic} thanked officers for their work on {term} during a challenging year.",
        "Members asked that the lessons learned from the pilot in {town} be shared with other areas before {term} was rolled out more widely.",
    ];

    public static readonly string[] Resolution =
    [
        "That the report on {title} be noted.",
        "That the comments now made be forwarded to the Cabinet for consideration at its meeting on {date}.",
        "That the {director} be requested to provide a further report on {term} to a future meeting of {body}.",
        "That the proposed approach to {term} be supported.",
        "That officers be requested to circulate further information on {term} to all members of {body}.",
        "That the progress made in delivering {term} be welcomed.",
    ];

    public static readonly string[] PlanningResolution =
    [
        "That planning permission be granted subject to the conditions set out in the report.",
        "That planning permission be refused for the reasons set out in the report.",
        "That the {director} be authorised to agree the final wording of the conditions.",
    ];

    public static readonly string[] PublicQuestion =
    [
        "Please can the {chair} explain why the approach to {term} is considered appropriate for residents of {town}?",
        "Would the {chair} agree that the proposals for {term} do not take sufficient account of {term2}?",
        "Please can the {chair} confirm how much the Council has spent on {term} since {year}, and what it has achieved?",
        "Will the {chair} commit to reviewing {term} in {town} before any further decision is taken?",
    ];

    public static readonly string[] Partners =
    [
        "the NHS Integrated Care Board", "district councils", "the Local Enterprise Partnership", "Wealdshire Police",
        "the voluntary and community sector", "parish and town councils", "schools and academy trusts",
        "the Environment Agency", "bus operators", "care providers",
    ];

    public static readonly string[] GovernmentDepartments =
    [
        "Education", "Transport", "Levelling Up, Housing and Communities", "Health and Social Care",
        "Environment, Food and Rural Affairs", "Energy Security and Net Zero",
    ];

    public static readonly string[] SectionHeadings =
    [
        "Background", "Current Position", "Financial Implications", "Consultation", "Performance", "Risks",
        "Proposals", "Next Steps", "Progress to Date", "Key Issues", "Options Considered", "Conclusion",
    ];
}
