using Certification.Workflows.Clocks;

namespace Certification.Workflows.Tests.Clocks;

public class VietnamTimeTests
{
    [Theory]
    [InlineData("2025-01-01T16:59:59Z", "2025-01-01")]
    [InlineData("2025-01-01T17:00:00Z", "2025-01-02")] // midnight in Hà Nội
    public void DateOf_UtcInstant_IsTheVietnamDate(string instant, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), VietnamTime.DateOf(DateTimeOffset.Parse(instant)));

    [Fact]
    public void StartOf_Date_IsMidnightAtPlusSeven() =>
        Assert.Equal(DateTimeOffset.Parse("2025-01-01T17:00:00Z"), VietnamTime.StartOf(new DateOnly(2025, 1, 2)));
}
