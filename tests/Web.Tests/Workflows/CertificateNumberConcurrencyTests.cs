using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Tests.Infrastructure;
using Certification.Workflows.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Certification.Web.Tests.Workflows.ProcessWorld;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Web.Tests.Workflows;

public sealed class CertificateNumberConcurrencyTests
{
    // Regression: two Committee approvals in one province at the same moment both read the same last number; the
    // second save failed as a concurrency conflict and the Committee member was told to reload (found by the
    // workflow benchmark). The sequence is now locked for the step's transaction.
    [Fact]
    public async Task CommitteeDecision_TwoApprovalsAtOnce_BothSucceedWithConsecutiveNumbers()
    {
        await using var app = await TestApp.StartAsync();
        var world = await CreateAsync(app);
        var second = await OtherParkAsync(world);
        var first = await world.ReachEvaluationAsync();
        var next = await second.ReachEvaluationAsync();
        Done(await world.ActAsync(Board, first, Ids.Evaluation, ProcessOutcomes.Propose));
        Done(await second.ActAsync(Board, next, Ids.Evaluation, ProcessOutcomes.Propose));
        var firstTask = (await world.TaskAsync(first, Ids.CommitteeDecision))!.Id;
        var nextTask = (await second.TaskAsync(next, Ids.CommitteeDecision))!.Id;

        var results = await Task.WhenAll(
            Task.Run(() => world.CompleteAsync(Committee, first, firstTask, ProcessOutcomes.Approve)),
            Task.Run(() => second.CompleteAsync(Committee, next, nextTask, ProcessOutcomes.Approve)));
        var numbers = await app.InScopeAsync(s => s.GetRequiredService<CertificationDbContext>().Applications
            .Where(a => a.Id == first || a.Id == next).Select(a => a.CertificateNumber!).ToListAsync());

        Assert.All(results, Done);
        var year = DateTime.UtcNow.AddHours(7).Year;
        var code = world.Province.Code.ToUpperInvariant();
        Assert.Equal([$"01/{year}/GCN-KCNST-{code}", $"02/{year}/GCN-KCNST-{code}"], numbers.Order());
    }

    private static async Task<ProcessWorld> OtherParkAsync(ProcessWorld world)
    {
        var park = await world.App.World().ParkAsync(world.Province.Id, world.Person(Developer).OrganisationId);
        var files = await world.App.InScopeAsync<IReadOnlyList<Guid>>(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var owner = world.Person(Developer).OrganisationId;
            return await db.EvidenceFiles.Where(f => f.OwnerOrganisationId == owner).Select(f => f.Id).Take(3).ToListAsync();
        });
        return new ProcessWorld(world.App, world.Province, park.Id,
            new[] { Developer, Board, Committee, Mae, Moit, Admin }.ToDictionary(p => p, world.Person), files);
    }
}
