using System.Text.Json.Nodes;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Applications;
using Certification.Web.Domain.Certificates;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Certificates;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Clocks;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Workflows.EnterpriseWorld;
using Ids = Certification.Workflows.Processes.EcoEnterpriseProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

/// <summary>The eco-enterprise process (Decree 35 Art 42) through every branch, against PostgreSQL, through the host.</summary>
public sealed class EcoEnterpriseProcessTests
{
    public enum ParkStanding { NeverCertified, Revoked, Expired }

    public static TheoryData<ParkStanding, string> Standings => new()
    {
        { ParkStanding.NeverCertified, ParkCertification.NotCertifiedMessage },
        { ParkStanding.Revoked, ParkCertification.RevokedMessage },
        { ParkStanding.Expired, ParkCertification.ExpiredMessage },
    };

    [Theory]
    [MemberData(nameof(Standings))]
    public async Task Open_EnterpriseOutsideACertifiedPark_RefusedWithTheReasonAndNothingStored(ParkStanding standing, string expected)
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app, certified: false);
        if (standing == ParkStanding.Revoked)
            await world.CertifyParkAsync(new DateOnly(2024, 6, 14), revokedOn: new DateOnly(2025, 3, 1));
        if (standing == ParkStanding.Expired)
            await world.CertifyParkAsync(new DateOnly(2022, 6, 14), validUntil: new DateOnly(2025, 6, 13));

        var refusal = await Assert.ThrowsAsync<DomainException>(world.OpenAsync);

        Assert.Equal("Application.ParkNotCertified", refusal.Code);
        Assert.Equal(expected, refusal.Message);
        Assert.False(await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Applications.AnyAsync(a => a.EnterpriseId == world.EnterpriseId)));
    }

    [Fact]
    public async Task Open_ParkWithARevokedAndANewerValidCertificate_Accepted()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app, certified: false);
        await world.CertifyParkAsync(new DateOnly(2022, 6, 14), revokedOn: new DateOnly(2023, 3, 1));
        await world.CertifyParkAsync(new DateOnly(2024, 6, 14));

        var id = await world.OpenAsync();

        Assert.Equal(ApplicationStatus.Draft, (await world.ApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task CompletenessCheck_Incomplete_ReturnsToEnterpriseAndResubmitReturnsToBoard()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        ProcessWorld.Done(await world.ActAsync(Company, id, Ids.Draft, ProcessOutcomes.Submit));

        ProcessWorld.Done(await world.ActAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Incomplete,
            new JsonObject { [ProcessDataKeys.MissingItems] = "Thiếu báo cáo đánh giá RECP năm 2025" }));
        var returned = await world.ApplicationAsync(id);
        ProcessWorld.Done(await world.ActAsync(Company, id, Ids.Resubmit, ProcessOutcomes.Resubmit));
        var resubmitted = await world.ApplicationAsync(id);
        ProcessWorld.Done(await world.ActAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));

        Assert.Equal(ApplicationStatus.Incomplete, returned.Status);
        Assert.Equal("Thiếu báo cáo đánh giá RECP năm 2025", returned.MissingItems);
        Assert.Equal(ApplicationStatus.Submitted, resubmitted.Status);
        Assert.Equal(ApplicationStatus.Routing, (await world.ApplicationAsync(id)).Status);
        Assert.NotNull(await world.TaskAsync(id, Ids.Forward));
    }

    public static TheoryData<string, string> CommentOrders => new() { { Dae, Doit }, { Doit, Dae } };

    [Theory]
    [MemberData(nameof(CommentOrders))]
    public async Task Comments_InEitherOrder_OpenEvaluationOnlyAfterTheLast(string first, string second)
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndForwardAsync();

        ProcessWorld.Done(await world.ActAsync(first, id, Ids.Comment, ProcessOutcomes.Reject, new JsonObject { ["comment"] = "Chưa có giấy phép môi trường" },
            world.BodyOf(first).ToString()));
        var afterFirst = await world.ApplicationAsync(id);
        var evaluationAfterFirst = await world.TaskAsync(id, Ids.Evaluation);
        ProcessWorld.Done(await world.ActAsync(second, id, Ids.Comment, ProcessOutcomes.Approve, itemKey: world.BodyOf(second).ToString()));

        Assert.Equal(ApplicationStatus.UnderReview, afterFirst.Status);
        Assert.Null(evaluationAfterFirst);
        Assert.NotNull(await world.TaskAsync(id, Ids.Evaluation));
        var routes = (await world.ApplicationAsync(id)).Routes.ToDictionary(r => r.ReviewingBodyId);
        Assert.Equal(ProcessOutcomes.Reject, routes[world.BodyOf(first)].Decision);
        Assert.Equal("Chưa có giấy phép môi trường", routes[world.BodyOf(first)].Comment);
        Assert.Equal(ProcessOutcomes.Approve, routes[world.BodyOf(second)].Decision);
    }

    [Fact]
    public async Task Deadlines_CommentClockSetTo4_ForwardIn3CommentIn4EvaluationIn20WorkingDays()
    {
        // Monday 5 October 2026; no public holiday until November.
        var clock = new TestClock(new DateTimeOffset(2026, 10, 5, 9, 0, 0, VietnamTime.Offset));
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Workflows:EcoEnterprise:CommentWorkingDays"] = "4" }, clock);
        var world = await CreateAsync(app);
        var id = await world.OpenAsync();
        ProcessWorld.Done(await world.ActAsync(Company, id, Ids.Draft, ProcessOutcomes.Submit));
        ProcessWorld.Done(await world.ActAsync(Board, id, Ids.CompletenessCheck, ProcessOutcomes.Complete));
        var forward = await world.TaskAsync(id, Ids.Forward);
        ProcessWorld.Done(await world.ActAsync(Board, id, Ids.Forward, ProcessOutcomes.Routed, world.Departments()));
        var comment = await world.TaskAsync(id, Ids.Comment, world.BodyOf(Dae).ToString());
        ProcessWorld.Done(await world.ActAsync(Dae, id, Ids.Comment, ProcessOutcomes.Approve, itemKey: world.BodyOf(Dae).ToString()));
        ProcessWorld.Done(await world.ActAsync(Doit, id, Ids.Comment, ProcessOutcomes.Approve, itemKey: world.BodyOf(Doit).ToString()));
        var evaluation = await world.TaskAsync(id, Ids.Evaluation);

        Assert.Equal(new DateOnly(2026, 10, 8), forward!.DueOn);      // Thu: 3 working days after Mon 5 Oct
        Assert.Equal(new DateOnly(2026, 10, 9), comment!.DueOn);      // Fri: 4 working days (the setting), not the default 10
        Assert.Equal(new DateOnly(2026, 11, 2), evaluation!.DueOn);   // Mon: 20 working days from the complete dossier
    }

    [Fact]
    public async Task Evaluation_BoardApproves_IssuesTheEnterpriseCertificateThatVerifyShows()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();

        ProcessWorld.Done(await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Approve));

        var application = await world.ApplicationAsync(id);
        var year = application.CertificateIssuedOn!.Value.Year;
        Assert.Equal(ApplicationStatus.Certified, application.Status);
        Assert.Equal($"01/{year}/GCN-DNST-{world.Province.Code.ToUpperInvariant()}", application.CertificateNumber);
        var certificate = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Certificates.SingleAsync(c => c.Number == application.CertificateNumber));
        var enterpriseName = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Enterprises
            .Where(e => e.Id == world.EnterpriseId).Select(e => e.Name).SingleAsync());
        Assert.Equal(CertificateKind.EcoEnterprise, certificate.Kind);
        Assert.Equal(world.EnterpriseId, certificate.EnterpriseId);
        Assert.Equal(enterpriseName, certificate.SubjectName);
        var verify = PageHtml.Decoded(await app.CreateClient().GetStringAsync($"/Verify/{certificate.VerificationCode}"));
        Assert.Contains(application.CertificateNumber!, verify);
        Assert.Contains(enterpriseName, verify);
        Assert.Contains("Còn hiệu lực", verify);
    }

    [Fact]
    public async Task Evaluation_BoardRefusesWithoutReasons_IsRefusedAndStaysOpen()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();

        var result = await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Refuse);

        Assert.Equal(TaskRefusal.Invalid, result.Refusal);
        Assert.Equal(ProcessDataKeys.RefusalReasons, result.Field);
        Assert.Equal(ApplicationStatus.Evaluation, (await world.ApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task Evaluation_BoardRefusesWithReasons_EndsRefusedByBoardWithoutCertificate()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.ReachEvaluationAsync();

        ProcessWorld.Done(await world.ActAsync(Board, id, Ids.Evaluation, ProcessOutcomes.Refuse, ProcessWorld.Reasons("Chưa có tiết kiệm RECP đo được")));

        var application = await world.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.RefusedByBoard, application.Status);
        Assert.Equal("Chưa có tiết kiệm RECP đo được", application.RefusalReasons);
        Assert.Null(application.CertificateNumber);
        Assert.Equal(ProcessOutcomes.RefusedByBoard, (await world.InstanceAsync(id)).FinalOutcome);
        Assert.False(await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Certificates.AnyAsync(c => c.EnterpriseId == world.EnterpriseId)));
    }

    [Fact]
    public async Task Comment_ByADepartmentNotConsulted_IsNotItsTask()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var id = await world.OpenAndForwardAsync();
        var daeTask = await world.TaskAsync(id, Ids.Comment, world.BodyOf(Dae).ToString());

        var result = await world.AsProcessWorld().CompleteAsync(Doit, id, daeTask!.Id, ProcessOutcomes.Approve);

        Assert.Equal(TaskRefusal.NotInGroup, result.Refusal);
    }
}
