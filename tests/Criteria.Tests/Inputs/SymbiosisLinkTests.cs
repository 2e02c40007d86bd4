using Certification.Criteria.Inputs;
using Certification.Criteria.Tests.Fixtures;

namespace Certification.Criteria.Tests.Inputs;

public class SymbiosisLinkTests
{
    [Theory]
    [InlineData("2025-01-01", null, "2024-12-31", false)]
    [InlineData("2025-01-01", null, "2025-01-01", true)]
    [InlineData("2025-01-01", "2025-02-01", "2025-01-31", true)]
    [InlineData("2025-01-01", "2025-02-01", "2025-02-01", false)]
    [InlineData("2025-03-01", "2025-02-01", "2025-02-15", false)]
    public void IsOperatingOn_Date_StartInclusiveEndExclusive(string start, string? end, string date, bool expected)
    {
        var link = Parks.Link("L", start: DateOnly.Parse(start), end: end is null ? null : DateOnly.Parse(end));

        Assert.Equal(expected, link.IsOperatingOn(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("E1", true)]
    [InlineData("E2", true)]
    [InlineData("E3", false)]
    [InlineData("e1", false)]
    public void Involves_EnterpriseId_MatchesEitherPartyOrdinally(string enterpriseId, bool expected)
    {
        Assert.Equal(expected, Parks.Link("L", enterpriseId: "E1").Involves(enterpriseId));
    }
}
