using Certification.Criteria.Inputs;
using Certification.Web.Domain;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Evidence;
using Certification.Web.Domain.Parks;
using DomainLink = Certification.Web.Domain.Assessment.SymbiosisLink;

namespace Certification.Web.Tests.Domain.Assessment;

/// <summary>The domain methods refuse invalid assessment data with a stable code (plain objects, no database).</summary>
public sealed class AssessmentInvariantTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Investor = Guid.NewGuid();
    private static readonly Park Park = new("KCN Thử", Guid.NewGuid(), Investor, 100m, new DateOnly(2010, 1, 1), ParkEstablishment.Existing);
    private static readonly Park OtherPark = new("KCN Khác", Guid.NewGuid(), Guid.NewGuid(), 100m, new DateOnly(2010, 1, 1), ParkEstablishment.Existing);
    private static readonly Guid EnterpriseOrganisation = Guid.NewGuid();
    private static readonly Enterprise A = new("Công ty A", "0100000001", "Cơ khí", 120, Park.Id, EnterpriseOrganisation);
    private static readonly Enterprise B = new("Công ty B", "0100000002", "Dệt may", 80, Park.Id);
    private static readonly Enterprise Outside = new("Công ty C", "0100000003", "Hóa chất", 50, OtherPark.Id);

    private static EvidenceFile File(Guid owner) => new(new string('c', 64), 1, "application/pdf", "hop-dong.pdf", owner, Guid.NewGuid(), At);

    private static string Code(Action action) => Assert.Throws<DomainException>(action).Code;

    private static DomainLink Link(Enterprise enterprise, Enterprise? partner, string? partnerName, PartnerLocation location,
        EvidenceFile? agreement = null) =>
        new(Park, enterprise, partner, partnerName, SymbiosisType.InputOutputExchange, location, "Trao đổi phế liệu", new DateOnly(2025, 1, 1), agreement);

    [Fact]
    public void SymbiosisLink_SameParkPartnerInAnotherPark_IsRefused() =>
        Assert.Equal("Symbiosis.PartnerOutsidePark", Code(() => Link(A, Outside, null, PartnerLocation.SamePark)));

    [Fact]
    public void SymbiosisLink_SameParkWithoutPartner_IsRefused() =>
        Assert.Equal("Symbiosis.PartnerRequired", Code(() => Link(A, null, "Ai đó", PartnerLocation.SamePark)));

    [Fact]
    public void SymbiosisLink_EnterpriseOfAnotherPark_IsRefused() =>
        Assert.Equal("Symbiosis.EnterpriseOutsidePark", Code(() => Link(Outside, null, "Thị xã", PartnerLocation.Town)));

    [Fact]
    public void SymbiosisLink_TownPartnerWithoutName_IsRefused() =>
        Assert.Equal("Symbiosis.PartnerNameRequired", Code(() => Link(A, null, " ", PartnerLocation.Town)));

    [Fact]
    public void SymbiosisLink_PartnerIsItself_IsRefused() =>
        Assert.Equal("Symbiosis.PartnerIsEnterprise", Code(() => Link(A, A, null, PartnerLocation.SamePark)));

    [Fact]
    public void SymbiosisLink_AgreementOfAThirdOrganisation_IsRefused() =>
        Assert.Equal("Symbiosis.AgreementOfOtherOrganisation", Code(() => Link(A, B, null, PartnerLocation.SamePark, File(Guid.NewGuid()))));

    [Fact]
    public void SymbiosisLink_AgreementOfTheEnterpriseOrInvestor_IsAccepted()
    {
        var byEnterprise = Link(A, B, null, PartnerLocation.SamePark, File(EnterpriseOrganisation));
        var byInvestor = Link(B, null, "KCN Bên cạnh", PartnerLocation.OtherPark, File(Investor));

        Assert.NotNull(byEnterprise.AgreementFileId);
        Assert.Null(byInvestor.PartnerEnterpriseId);
    }

    [Theory]
    [InlineData(2025, 1, 1)]
    [InlineData(2024, 12, 31)]
    public void End_OnOrBeforeStart_IsRefused(int year, int month, int day) =>
        Assert.Equal("Symbiosis.EndBeforeStart", Code(() => Link(A, B, null, PartnerLocation.SamePark).End(new DateOnly(year, month, day))));

    [Fact]
    public void End_Twice_IsRefused()
    {
        var link = Link(A, B, null, PartnerLocation.SamePark);
        link.End(new DateOnly(2026, 1, 1));

        Assert.Equal("Symbiosis.AlreadyEnded", Code(() => link.End(new DateOnly(2026, 2, 1))));
        Assert.False(link.ToEngineLink().IsOperatingOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Report_NegativeSaving_IsRefused() =>
        Assert.Equal("EnterpriseFacts.SavingNegative", Code(() => new EnterpriseFacts(A.Id, 2025)
            .Report(new ReportedFacts { Savings = new RecpSavings { WaterCubicMetres = -1m } }, null, At)));

    [Fact]
    public void Report_NegativeWorkforce_IsRefused() =>
        Assert.Equal("EnterpriseFacts.WorkforceNegative", Code(() => new EnterpriseFacts(A.Id, 2025)
            .Report(new ReportedFacts { Workforce = -3 }, null, At)));

    [Fact]
    public void Report_IsoSystems_RoundTripAndNullStaysNotReported()
    {
        var facts = new EnterpriseFacts(A.Id, 2025);
        facts.Report(new ReportedFacts { IsoSystems = [IsoStandard.Iso50001, IsoStandard.Iso14001] }, null, At);
        var none = new EnterpriseFacts(B.Id, 2025);
        none.Report(new ReportedFacts(), null, At);

        Assert.Equal([IsoStandard.Iso14001, IsoStandard.Iso50001], facts.ToReported().IsoSystems);
        Assert.Null(none.ToReported().IsoSystems);
        Assert.Null(none.ToReported().HasGrievanceProcedure);
    }

    [Fact]
    public void AttachEvidence_FileOfAnotherOrganisation_IsRefused() =>
        Assert.Equal("ParkAnswer.EvidenceOfOtherOrganisation", Code(() => new ParkAnswer(Park, "LEGAL.1").AttachEvidence(File(Guid.NewGuid()), Park)));

    [Theory]
    [InlineData(11, 10)]
    [InlineData(-1, 10)]
    public void AnswerQuantityRatio_PartOutsideTheWhole_IsRefused(int part, int whole) =>
        Assert.Equal("ParkAnswer.PartWithinWhole", Code(() => new ParkAnswer(Park, "ENV.3").AnswerQuantityRatio(part, whole, "m3", null, null, At)));

    [Fact]
    public void AnswerQuantityRatio_ZeroWhole_IsRefused() =>
        Assert.Equal("ParkAnswer.WholePositive", Code(() => new ParkAnswer(Park, "ENV.3").AnswerQuantityRatio(0, 0, "m3", null, null, At)));

    [Fact]
    public void AnswerNumber_AfterYesNo_ClearsTheOldValue()
    {
        var answer = new ParkAnswer(Park, "X.1");
        answer.AnswerYesNo(true, "ghi chú", null, At);
        answer.AnswerNumber(12.5m, "ha", null, null, At);

        Assert.Null(answer.YesNo);
        var number = Assert.IsType<NumberAnswer>(answer.ToEngineAnswer());
        Assert.Equal((12.5m, "ha"), (number.Value, number.Unit));
    }
}
