using Certification.Web.Domain;
using Certification.Web.Domain.Monitoring;

namespace Certification.Web.Tests.Domain.Monitoring;

/// <summary>A yearly report's life: what may be written, submitted, returned, accepted and corrected, and when.</summary>
public sealed class AnnualReportTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly AnnualReportContent Content = new(new LandUse(250, 200, 150), "Chấp hành đầy đủ.", null, "Tiết kiệm điện.", "");
    private static readonly ReportEvaluation Met = new("vn-eip-national", 1, new DateOnly(2026, 3, 2), true, 100m, []);

    [Fact]
    public void Submit_Twice_IsRefusedAndWritingAfterSubmitToo()
    {
        var report = Submitted();

        Assert.Throws<DomainException>(() => report.Submit(Guid.NewGuid(), At));
        Assert.Throws<DomainException>(() => report.Write(Content));
    }

    [Fact]
    public void Submit_ParkReportWithoutLandUseOrRecpResults_IsRefused()
    {
        var report = AnnualReport.ForPark(Guid.NewGuid(), 2025, Guid.NewGuid(), At);

        Assert.Throws<DomainException>(() => report.Submit(Guid.NewGuid(), At));
        Assert.Throws<DomainException>(() => report.Write(Content with { LandUse = null }));
        report.Write(Content with { RecpResults = " " });
        Assert.Throws<DomainException>(() => report.Submit(Guid.NewGuid(), At));
    }

    [Fact]
    public void Submit_EnterpriseReportWithoutComplianceDeclaration_IsRefused()
    {
        var report = AnnualReport.ForEnterprise(Guid.NewGuid(), Guid.NewGuid(), 2025, Guid.NewGuid(), At);
        report.Write(Content with { LandUse = null });

        Assert.Throws<DomainException>(() => report.Submit(Guid.NewGuid(), At));
        report.Write(Content with { LandUse = null, CompliedWithLaw = true });
        report.Submit(Guid.NewGuid(), At);
        Assert.Equal(AnnualReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Return_ThenWriteAndSubmit_IsSubmittedAgainWithTheReasonKept()
    {
        var report = Submitted();
        report.Return("Thiếu diện tích cho thuê.", Guid.NewGuid(), At);
        report.Write(Content with { LandUse = new LandUse(250, 200, 160) });
        report.Submit(Guid.NewGuid(), At);

        Assert.Equal((AnnualReportStatus.Submitted, 160m, "Thiếu diện tích cho thuê."), (report.Status, report.LeasedHectares, report.ReturnReason));
    }

    [Fact]
    public void Correct_AcceptedReport_IsNextRevisionDraftWithTheSameContent()
    {
        var report = Submitted();
        Assert.Throws<DomainException>(() => report.Correct(Guid.NewGuid(), At));
        report.Accept(Met, null, Guid.NewGuid(), At);

        var correction = report.Correct(Guid.NewGuid(), At);

        Assert.Equal((2, AnnualReportStatus.Draft, 150m, report.SubjectId), (correction.Revision, correction.Status, correction.LeasedHectares, correction.SubjectId));
    }

    [Theory]
    [InlineData(0, 0, 0, true)]
    [InlineData(250, 260, 0, false)]
    [InlineData(250, 200, 201, false)]
    [InlineData(250, 200, -1, false)]
    public void LandUse_PartsOutsideTheirWhole_AreRefused(decimal total, decimal industrial, decimal leased, bool totalIsZero)
    {
        var land = new LandUse(total, industrial, leased);

        var error = Assert.Throws<DomainException>(land.Validate);
        Assert.Equal(totalIsZero, error.Code == "AnnualReport.TotalAreaPositive");
    }

    private static AnnualReport Submitted()
    {
        var report = AnnualReport.ForPark(Guid.NewGuid(), 2025, Guid.NewGuid(), At);
        report.Write(Content);
        report.Submit(Guid.NewGuid(), At);
        return report;
    }
}
