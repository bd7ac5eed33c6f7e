using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// Plausible council report topics with their own vocabulary. Title templates take {fy} (2021/22), {year}, {span}
/// (2022-26), {period} (6), {quarter} (Quarter 2), {town} and {ref} (a planning reference).
/// </summary>
internal static class Topics
{
    public static readonly IReadOnlyList<Topic> All =
    [
        T("Medium Term Financial Strategy", "corporate",
            "revenue budget|capital programme|savings requirement|council tax precept|general fund|earmarked reserves|funding gap|business rates retention|fair funding review|inflationary pressures|growth bids|contingency for inflation",
            "Medium Term Financial Strategy {span}|{fy} Medium Term Financial Strategy Monitoring (Period {period})|Provisional Medium Term Financial Strategy {span}"),
        T("Revenue and Capital Outturn", "corporate",
            "provisional outturn|net underspend|slippage|capital financing|prudential indicators|updated budget|carry forward|variance",
            "{fy} Provisional Revenue and Capital Outturn|Revenue and Capital Outturn {fy}"),
        T("Corporate Ways of Working", "corporate",
            "hybrid working|office accommodation|smarter working|digital skills|desk sharing|staff wellbeing|agile working|estate rationalisation",
            "Corporate Ways of Working Programme - Delivery of Financial Savings|Ways of Working Programme Update"),
        T("Treasury Management", "corporate",
            "treasury management strategy|investment returns|private debt fund|borrowing requirement|minimum revenue provision|counterparty limits",
            "Treasury Management Strategy Statement {fy}|Treasury Management Annual Report {fy}"),
        T("Corporate Asset Investment Fund", "corporate",
            "rural estate|industrial units|rental income|asset valuation|investment portfolio|tenant occupancy",
            "Corporate Asset Investment Fund Annual Performance Report {fy}"),
        T("Strategic Plan", "chief",
            "strategic outcomes|public consultation|community engagement|performance framework|corporate priorities|great communities",
            "Outcome of Consultation on the Strategic Plan|Draft Strategic Plan {span}|Annual Delivery Report and Performance Compendium {year}"),
        T("Communities Strategy", "chief",
            "voluntary and community sector|community groups|shire grants|volunteering|community resilience|communities approach",
            "Draft Communities Strategy {span} - Feedback from Community Engagement|Communities Strategy Annual Update"),
        T("Strategic Warehousing and Logistics", "chief",
            "strategic warehousing|logistics floorspace|distribution centres|freight hubs|local plans|employment land|freeport",
            "Warehousing and Logistics in Wealdshire: Managing Growth and Change|Strategic Growth Plan and Logistics Study"),
        T("Economic Growth", "chief",
            "economic recovery|unemployment|enterprise zone|business support|skills programme|inward investment|high street recovery",
            "Economic Growth Strategy {span}|Economic Recovery Update"),
        T("Special Educational Needs and Disabilities", "children",
            "SEND|education, health and care plans|EHCP|high needs block|special school places|SEND tribunal|dedicated schools grant|transforming SEND and inclusion",
            "High Needs Development Plan and SEND Update|SEND Inspection Outcome and Written Statement of Action|Dedicated Schools Grant High Needs Deficit Recovery Plan"),
        T("Children's Social Care", "children",
            "children in care|placement sufficiency|foster carers|residential placements|care leavers|social worker recruitment|child protection plans",
            "Children's Social Care Placement Sufficiency Strategy {span}|Children in Care Annual Report {fy}"),
        T("School Place Planning", "children",
            "school places|pupil projections|basic need grant|secondary school expansion|admissions|school organisation",
            "School Place Planning and Capital Programme {fy}|Proposed Expansion of {town} Primary School"),
        T("Adult Social Care", "adults",
            "adult social care|care market|domiciliary care|residential care|social care reform|charging reform|fair cost of care|hospital discharge|carers",
            "Adult Social Care Reform and Charging Update|Market Sustainability and Fair Cost of Care|Adults and Communities Department Performance Report {quarter}"),
        T("Libraries and Heritage", "adults",
            "library services|community managed libraries|mobile library|heritage services|museum collections|digital lending|reading well",
            "Library Services Strategy {span}|Community Managed Libraries Annual Report"),
        T("Highways Maintenance", "environment",
            "highways|potholes|carriageway resurfacing|gully cleansing|street lighting|winter gritting|highway asset management|footway repairs",
            "Highways Asset Management Policy and Strategy|Highways Capital Programme {fy}|Winter Maintenance Review {fy}"),
        T("Waste Management", "environment",
            "waste|household waste recycling centres|recycling rates|residual waste|food waste collections|fly tipping|landfill diversion|reuse shops",
            "Municipal Waste Management Strategy {span}|Household Waste Recycling Centres Service Review|Waste Performance Update {quarter}"),
        T("Climate Change and Net Zero", "environment",
            "climate emergency|net zero|carbon emissions|tree planting|solar farm|electric vehicle charging|environment strategy|biodiversity net gain",
            "Net Zero Wealdshire Strategy and Action Plan|Environment Strategy Delivery Plan {span}|Carbon Reduction Annual Report {fy}"),
        T("Passenger Transport", "environment",
            "bus services|bus service improvement plan|concessionary fares|home to school transport|demand responsive transport|bus patronage",
            "Bus Service Improvement Plan|Home to School Transport Policy {fy}|Passenger Transport Policy and Strategy"),
        T("Flood Risk", "environment",
            "flood risk|flood investigations|drainage|sustainable drainage|surface water|lead local flood authority",
            "Local Flood Risk Management Strategy|Flood Risk Management Update {year}"),
        T("Public Health", "health",
            "public health grant|healthy weight|smoking cessation|drug and alcohol services|sexual health|health inequalities|physical activity",
            "Public Health Strategy {span}|Drug and Alcohol Strategy Update|Director of Public Health Annual Report {year}"),
        T("Planning Applications", "environment",
            "planning permission|county matter|mineral extraction|waste transfer station|highway objection|landscaping scheme|conditions",
            "Application {ref} - Extension of Quarry at {town}|Application {ref} - Waste Transfer Station at {town} Industrial Estate|Application {ref} - New Primary School at {town}"),
        T("Governance", "law",
            "constitution|scrutiny work programme|member development|code of conduct|information governance|freedom of information",
            "Overview and Scrutiny Annual Report {fy}|Annual Governance Statement {fy}|Review of the Constitution"),
    ];

    private static Topic T(string name, string department, string terms, string titles) =>
        new(name, department, terms.Split('|'), titles.Split('|'));
}
