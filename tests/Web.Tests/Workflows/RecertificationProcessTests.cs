using System.Text.Json.Nodes;
using Certification.Web.Domain;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Certificates;
using Certification.Web.Infrastructure.Certificates;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Ids = Certification.Workflows.Processes.RecertificationProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

/// <summary>Re-certification (Decree 35 Art 45) of parks and enterprises through every branch, against PostgreSQL, through the host.</summary>
public sealed class RecertificationProcessTests
{
    // Monday 5 October 2026; no public holiday until November.
    private static readonly DateOnly Today = new(2026, 10, 5);
    private static TestClock Clock() => new(new DateTimeOffset(2026, 10, 5, 9, 0, 0, VietnamTime.Offset));

    public enum Held { Nothing, Revoked, ValidForLong }

    public static TheoryData<Held, string> Refusals => new()
    {
        { Held.Nothing, RenewableCertificate.NoCertificateMessage },
        { Held.Revoked, RenewableCertificate.RevokedMessage },
        { Held.ValidForLong, RenewableCertificate.NotYetDueMessage },   // last valid day 181 days ahead, renewal opens 180 days before
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Open_NoRenewableCertificate_RefusedWithTheReason(Held held, string expected)
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await ProcessWorld.CreateAsync(app);
        var issuer = world.Person(ProcessWorld.Committee).OrganisationId;
        if (held == Held.Revoked)
            await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, issuer, new DateOnly(2023, 1, 10), revokedOn: new DateOnly(2025, 1, 1));
        if (held == Held.ValidForLong)
            await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, issuer, new DateOnly(2023, 1, 10), Today.AddDays(181));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => RecertificationWorld.OpenForParkAsync(world));

        Assert.Equal(expected, refusal.Message);
    }

    public static TheoryData<int?> RenewableValidities => new() { null, 180, -30 };   // no end date, renewal window just open, expired

    [Theory]
    [MemberData(nameof(RenewableValidities))]
    public async Task Open_RenewableCertificate_OpensWithoutConsultationAndEvaluationDueIn40WorkingDays(int? daysToLastValidDay)
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await ProcessWorld.CreateAsync(app);
        var old = await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, world.Person(ProcessWorld.Committee).OrganisationId,
            new DateOnly(2023, 1, 10), daysToLastValidDay is { } days ? Today.AddDays(days) : null);

        var id = await RecertificationWorld.OpenForParkAsync(world);
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));

        var instance = await world.InstanceAsync(id);
        var application = await world.ApplicationAsync(id);
        Assert.Equal(RecertificationProcess.ParkName, instance.DefinitionName);
        Assert.Equal(old.Id, application.RenewsCertificateId);
        Assert.Equal(ApplicationStatus.Evaluation, application.Status);
        var open = Assert.Single(instance.Bookmarks);   // straight to the Board's evaluation: no routing, no consultation
        Assert.Equal(Ids.Evaluation, open.ActivityId);
        Assert.Equal(new DateOnly(2026, 11, 30), open.DueOn);   // 40 working days after Mon 5 Oct 2026
    }

    [Fact]
    public async Task Park_IncompleteThenCommitteeApproves_NewNumberAndTheOldCertificateReplaced()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await ProcessWorld.CreateAsync(app);
        var old = await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, world.Person(ProcessWorld.Committee).OrganisationId,
            new DateOnly(2023, 1, 10), Today.AddDays(30));
        var id = await RecertificationWorld.OpenForParkAsync(world);
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Board, id, Ids.CompletenessCheck, ProcessOutcomes.Incomplete,
            new JsonObject { [ProcessDataKeys.MissingItems] = "Thiếu báo cáo giám sát năm 2025" }));
        var returned = await world.ApplicationAsync(id);
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Developer, id, Ids.Resubmit, ProcessOutcomes.Resubmit));
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Board, id, Ids.Evaluation, ProcessOutcomes.Propose));

        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Committee, id, Ids.CommitteeDecision, ProcessOutcomes.Approve));

        Assert.Equal(ApplicationStatus.Incomplete, returned.Status);
        var application = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Certified, application.Status);
        Assert.Equal($"01/2026/GCN-KCNST-{world.Province.Code.ToUpperInvariant()}", application.CertificateNumber);
        var replaced = await RecertificationWorld.CertificateAsync(app, old.Id);
        Assert.Equal(CertificateStatus.Replaced, replaced.StatusOn(Today));
        Assert.Equal(application.CertificateNumber, replaced.ReplacedByNumber);
        Assert.Equal(Today, replaced.ReplacedOn);
        var renewed = await RecertificationWorld.CertificateAsync(app, application.CertificateNumber!);
        Assert.Equal(CertificateStatus.Valid, renewed.StatusOn(Today));
        var verify = PageHtml.Decoded(await app.CreateClient().GetStringAsync($"/Verify/{replaced.VerificationCode}"));
        Assert.Contains("Đã được cấp lại", verify);
        Assert.Contains(application.CertificateNumber!, verify);
        Assert.Equal(CertificateStatus.Valid, (await ParkCertificationAsync(app, world)).Status);
    }

    [Fact]
    public async Task Park_BoardRefusesWithReasons_EndsRefusedAndTheOldCertificateStands()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await ProcessWorld.CreateAsync(app);
        var old = await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, world.Person(ProcessWorld.Committee).OrganisationId,
            new DateOnly(2023, 1, 10), Today.AddDays(30));
        var id = await ReachParkEvaluationAsync(world);

        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Board, id, Ids.Evaluation, ProcessOutcomes.Refuse,
            ProcessWorld.Reasons("Tỷ lệ doanh nghiệp áp dụng RECP năm 2025 chỉ 12 %")));

        var application = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.RefusedByBoard, application.Status);
        Assert.Equal("Tỷ lệ doanh nghiệp áp dụng RECP năm 2025 chỉ 12 %", application.RefusalReasons);
        Assert.Null((await RecertificationWorld.CertificateAsync(app, old.Id)).ReplacedOn);
    }

    [Fact]
    public async Task Park_CommitteeRefuses_EndsRefusedByCommittee()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await ProcessWorld.CreateAsync(app);
        await EnterpriseWorld.CertifyParkAsync(app, world.Province.Id, world.ParkId, world.Person(ProcessWorld.Committee).OrganisationId,
            new DateOnly(2023, 1, 10), Today.AddDays(-1));
        var id = await ReachParkEvaluationAsync(world);
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Board, id, Ids.Evaluation, ProcessOutcomes.Propose));

        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Committee, id, Ids.CommitteeDecision, ProcessOutcomes.Refuse,
            ProcessWorld.Reasons("Chưa khắc phục chỉ tiêu ENV.5")));

        Assert.Equal(ApplicationStatus.RefusedByCommittee, (await world.ApplicationAsync(id)).Status);
        Assert.Equal(ProcessOutcomes.RefusedByCommittee, (await world.InstanceAsync(id)).FinalOutcome);
    }

    [Fact]
    public async Task Enterprise_BoardApprovesWithin20WorkingDays_IssuesANewEnterpriseCertificateReplacingTheOld()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await EnterpriseWorld.CreateAsync(app);
        var old = await RecertificationWorld.CertifyEnterpriseAsync(world, new DateOnly(2023, 5, 2), Today.AddDays(60));
        var id = await RecertificationWorld.OpenForEnterpriseAsync(world);
        ProcessWorld.Done(await world.ActAsync(EnterpriseWorld.Company, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await world.ActAsync(EnterpriseWorld.Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        var evaluation = await world.TaskAsync(id, Ids.Evaluation);

        ProcessWorld.Done(await world.ActAsync(EnterpriseWorld.Board, id, Ids.Evaluation, ProcessOutcomes.Approve));

        Assert.Equal(new DateOnly(2026, 11, 2), evaluation!.DueOn);   // 20 working days after Mon 5 Oct 2026
        var application = await world.ApplicationAsync(id);
        Assert.Equal(RecertificationProcess.EnterpriseName, (await world.InstanceAsync(id)).DefinitionName);
        Assert.Equal(ApplicationStatus.Certified, application.Status);
        Assert.Equal($"01/2026/GCN-DNST-{world.Province.Code.ToUpperInvariant()}", application.CertificateNumber);
        Assert.Equal(application.CertificateNumber, (await RecertificationWorld.CertificateAsync(app, old.Id)).ReplacedByNumber);
        Assert.Equal(world.EnterpriseId, (await RecertificationWorld.CertificateAsync(app, application.CertificateNumber!)).EnterpriseId);
    }

    [Fact]
    public async Task Enterprise_BoardRefuses_NeedsReasonsThenEndsRefusedByBoard()
    {
        await using var app = await TestApp.StartAsync(clock: Clock());
        var world = await EnterpriseWorld.CreateAsync(app);
        await RecertificationWorld.CertifyEnterpriseAsync(world, new DateOnly(2023, 5, 2));
        var id = await RecertificationWorld.OpenForEnterpriseAsync(world);
        ProcessWorld.Done(await world.ActAsync(EnterpriseWorld.Company, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await world.ActAsync(EnterpriseWorld.Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));

        var withoutReasons = await world.ActAsync(EnterpriseWorld.Board, id, Ids.Evaluation, ProcessOutcomes.Refuse);
        ProcessWorld.Done(await world.ActAsync(EnterpriseWorld.Board, id, Ids.Evaluation, ProcessOutcomes.Refuse,
            ProcessWorld.Reasons("Không còn cộng sinh công nghiệp nào hoạt động")));

        Assert.Equal(TaskRefusal.Invalid, withoutReasons.Refusal);
        var application = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.RefusedByBoard, application.Status);
        Assert.Null(application.CertificateNumber);
    }

    private static async Task<Guid> ReachParkEvaluationAsync(ProcessWorld world)
    {
        var id = await RecertificationWorld.OpenForParkAsync(world);
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Developer, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await world.ActAsync(ProcessWorld.Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        return id;
    }

    private static Task<ParkCertification> ParkCertificationAsync(TestApp app, ProcessWorld world) =>
        app.InScopeAsync(s => ParkCertification.OfAsync(s.GetRequiredService<Certification.Web.Data.CertificationDbContext>(), world.ParkId, Today,
            CancellationToken.None));
}
