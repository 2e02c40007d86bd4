using System.Text.Json.Nodes;
using Certification.Workflows.Processes;
using Certification.Workflows.Runtime;
using Certification.Workflows.Tests.Support;
using Ids = Certification.Workflows.Processes.EcoIndustrialParkProcess.ActivityIds;

namespace Certification.Workflows.Tests.Processes;

public class EcoIndustrialParkProcessTests
{
    private readonly ParkDossier _park = new();

    private TestRuntime Runtime => _park.Runtime;

    [Fact]
    public async Task StartAsync_NewDossier_WaitsOnTheDevelopersDraft()
    {
        var instance = await _park.StartAsync();

        var draft = TestRuntime.Waiting(instance, Ids.Draft);
        Assert.Equal(new("Applicant", "DEV-AMATA"), draft.CandidateGroup);
        Assert.Equal(EcoIndustrialParkProcess.FormKeys.Draft, draft.FormKey);
        Assert.Null(draft.DueOn);
    }

    [Fact]
    public async Task CompletenessCheck_IncompleteThenComplete_LoopsThroughTheApplicantAndStartsTheDossierClockOnCompletion()
    {
        var instance = await _park.StartAsync();
        await Runtime.CompleteAsync(instance, Ids.Draft, ProcessOutcomes.Submit);
        Assert.Equal(new("BoardOfficer", "BQL-DN"), TestRuntime.Waiting(instance, Ids.CompletenessCheck).CandidateGroup);

        await Runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Incomplete,
            new JsonObject { [ProcessDataKeys.MissingItems] = "Form A.5 unsigned" });
        Assert.Equal(new("Applicant", "DEV-AMATA"), TestRuntime.Waiting(instance, Ids.Resubmit).CandidateGroup);
        Assert.Empty(instance.Clocks);

        Runtime.Time.SetVietnamTime(new DateOnly(2025, 1, 22));
        await Runtime.CompleteAsync(instance, Ids.Resubmit, ProcessOutcomes.Resubmit);
        Runtime.Time.SetVietnamTime(new DateOnly(2025, 1, 24)); // Friday before Tết
        await Runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Complete);

        Assert.Equal(new DateOnly(2025, 1, 24), instance.FindClock(EcoIndustrialParkProcess.Clocks.Dossier)!.StartedOn);
        Assert.Equal(new DateOnly(2025, 2, 5), TestRuntime.Waiting(instance, Ids.Route).DueOn); // 3 working days, Tết skipped
    }

    [Fact]
    public async Task CompletenessCheck_IncompleteWithoutSayingWhat_Throws()
    {
        var instance = await _park.StartAsync();
        await Runtime.CompleteAsync(instance, Ids.Draft, ProcessOutcomes.Submit);

        await Assert.ThrowsAsync<OutcomeDataMissingException>(() => Runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Incomplete));
    }

    [Fact]
    public async Task Route_RoutedIndicators_CreatesOneReviewPerIndicatorForItsReviewingBody()
    {
        var instance = await _park.StartAndRouteAsync();

        var reviews = instance.Bookmarks.Where(b => b.ActivityId == Ids.Review).ToDictionary(b => b.ItemKey!);
        Assert.Equal(new Dictionary<string, string> { ["ENV.1"] = "MAE", ["ENV.2"] = "MOIT", ["SOC.1"] = "MOF" },
            reviews.ToDictionary(pair => pair.Key, pair => pair.Value.CandidateGroup!.OrganisationId));
        Assert.All(reviews.Values, review =>
        {
            Assert.Equal("Reviewer", review.CandidateGroup!.RoleCode);
            Assert.Equal(EcoIndustrialParkProcess.FormKeys.Review, review.FormKey);
            Assert.Equal(new DateOnly(2025, 3, 24), review.DueOn); // 15 working days after Monday 3 March
            Assert.Equal(["approve", "reject", "requestSupplement"], review.AllowedOutcomes);
        });
        Assert.Equal([Ids.Review], instance.CurrentActivityIds);
    }

    [Fact]
    public async Task Route_WithoutRoutedIndicators_Throws()
    {
        var instance = await _park.StartAsync();
        await Runtime.CompleteAsync(instance, Ids.Draft, ProcessOutcomes.Submit);
        await Runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Complete);

        var error = await Assert.ThrowsAsync<OutcomeDataMissingException>(() =>
            Runtime.CompleteAsync(instance, Ids.Route, ProcessOutcomes.Routed, new JsonObject { [ProcessDataKeys.RoutedIndicators] = new JsonArray() }));
        Assert.Equal([ProcessDataKeys.RoutedIndicators], error.MissingKeys);
    }

    public static TheoryData<string, string, string> ReviewOrders()
    {
        var codes = ParkDossier.Routing.Select(r => r.Indicator).ToArray();
        var orders = new TheoryData<string, string, string>();
        foreach (var first in codes)
        {
            foreach (var second in codes.Except([first]))
            {
                orders.Add(first, second, codes.Except([first, second]).Single());
            }
        }

        return orders;
    }

    [Theory]
    [MemberData(nameof(ReviewOrders))]
    public async Task Reviews_FinishingInAnyOrder_OpenTheEvaluationOnlyAfterTheLast(string first, string second, string last)
    {
        var instance = await _park.StartAndRouteAsync();

        await Runtime.CompleteAsync(instance, Ids.Review, ProcessOutcomes.Approve, itemKey: first);
        await Runtime.CompleteAsync(instance, Ids.Review, ProcessOutcomes.Reject, itemKey: second);
        Assert.DoesNotContain(Ids.Evaluation, instance.CurrentActivityIds);
        Assert.Equal(last, TestRuntime.Waiting(instance, Ids.Review, last).ItemKey);

        await Runtime.CompleteAsync(instance, Ids.Review, ProcessOutcomes.Approve, itemKey: last);

        var evaluation = TestRuntime.Waiting(instance, Ids.Evaluation);
        Assert.Equal(new("BoardOfficer", "BQL-DN"), evaluation.CandidateGroup);
        Assert.Equal(new DateOnly(2025, 4, 29), evaluation.DueOn); // 40 working days from 3 March, 7 Apr holiday skipped
        Assert.Empty(instance.Scopes);
    }

    [Fact]
    public async Task Review_SupplementRequested_WaitsOnTheApplicantAndPausesTheDossierAndThatReviewsClock()
    {
        var instance = await _park.StartAndRouteAsync();

        await Runtime.CompleteAsync(instance, Ids.Review, ProcessOutcomes.RequestSupplement,
            new JsonObject { [ProcessDataKeys.SupplementRequest] = "Wastewater monitoring data" }, itemKey: "ENV.1");

        var supplement = TestRuntime.Waiting(instance, Ids.Supplement, "ENV.1");
        Assert.Equal(new("Applicant", "DEV-AMATA"), supplement.CandidateGroup);
        Assert.Equal(["dossier", "review/ENV.1"], supplement.HeldClockKeys);
        Assert.True(instance.FindClock("dossier")!.IsPaused);
        Assert.True(instance.FindClock("review/ENV.1")!.IsPaused);
        Assert.False(instance.FindClock("review/ENV.2")!.IsPaused);
    }

    [Fact]
    public async Task Supplement_SuppliedAfterFiveWorkingDays_ReturnsToTheSameReviewWithItsDeadlineExtended()
    {
        var instance = await _park.StartAndRouteAsync();
        Runtime.Time.SetVietnamTime(new DateOnly(2025, 3, 5));
        await Runtime.CompleteAsync(instance, Ids.Review, ProcessOutcomes.RequestSupplement,
            new JsonObject { [ProcessDataKeys.SupplementRequest] = "Wastewater monitoring data" }, itemKey: "ENV.1");

        Runtime.Time.SetVietnamTime(new DateOnly(2025, 3, 12)); // Thu 6 … Wed 12: five working days paused
        await Runtime.CompleteAsync(instance, Ids.Supplement, ProcessOutcomes.Supplied, itemKey: "ENV.1", actor: "developer-1");

        var review = TestRuntime.Waiting(instance, Ids.Review, "ENV.1");
        Assert.Equal(new DateOnly(2025, 3, 31), review.DueOn); // 24 March + 5 working days
        Assert.Equal(new DateOnly(2025, 3, 24), TestRuntime.Waiting(instance, Ids.Review, "ENV.2").DueOn);
        Assert.False(instance.FindClock("dossier")!.IsPaused);

        foreach (var indicator in new[] { "ENV.2", "ENV.1", "SOC.1" })
        {
            await Runtime.CompleteAsync(instance, Ids.Review, ProcessOutcomes.Approve, itemKey: indicator);
        }

        Assert.Equal(new DateOnly(2025, 5, 9), TestRuntime.Waiting(instance, Ids.Evaluation).DueOn); // 29 April + 5 working days (30 Apr, 1–2 May are holidays)
    }

    [Fact]
    public async Task Review_PastItsFifteenWorkingDays_ShowsOverdueByTwoWorkingDays()
    {
        var instance = await _park.StartAndRouteAsync();
        var review = TestRuntime.Waiting(instance, Ids.Review, "SOC.1");

        var deadline = instance.DeadlineOf(review, Runtime.Calendar, new DateOnly(2025, 3, 26))!;

        Assert.Equal((Certification.Workflows.Clocks.DeadlineStatus.Overdue, 2), (deadline.Status, deadline.WorkingDaysOverdue));
    }

    [Fact]
    public async Task Evaluation_Refuse_EndsRefusedByBoardWithTheReasonsRecorded()
    {
        var instance = await _park.ReachEvaluationAsync();

        await Runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Refuse, ParkDossier.Reasons("ENV.2 below 20 %"));

        Assert.Equal((WorkflowStatus.Completed, ProcessOutcomes.RefusedByBoard), (instance.Status, instance.FinalOutcome));
        Assert.Equal("ENV.2 below 20 %", (string?)instance.Data[ProcessDataKeys.RefusalReasons]);
        Assert.Contains("ENV.2 below 20 %", instance.Journal.Single(j => j.ActivityId == Ids.Evaluation && j.Kind == JournalEntryKind.Completed).DataSummary);
        Assert.Empty(_park.IssuedFor);
    }

    [Fact]
    public async Task Evaluation_RefuseWithoutReasons_Throws()
    {
        var instance = await _park.ReachEvaluationAsync();

        await Assert.ThrowsAsync<OutcomeDataMissingException>(() => Runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Refuse));
    }

    [Fact]
    public async Task CommitteeDecision_Refuse_EndsRefusedByCommittee()
    {
        var instance = await _park.ReachEvaluationAsync();
        await Runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Propose);
        Assert.Equal(new("CommitteeLeader", "UBND-DN"), TestRuntime.Waiting(instance, Ids.CommitteeDecision).CandidateGroup);

        await Runtime.CompleteAsync(instance, Ids.CommitteeDecision, ProcessOutcomes.Refuse, ParkDossier.Reasons("Planning conflict"));

        Assert.Equal(ProcessOutcomes.RefusedByCommittee, instance.FinalOutcome);
        Assert.Empty(_park.IssuedFor);
    }

    [Fact]
    public async Task CommitteeDecision_Approve_IssuesTheCertificateThroughTheHostAndEndsCertified()
    {
        var instance = await _park.ReachEvaluationAsync();
        Runtime.Time.SetVietnamTime(new DateOnly(2025, 4, 14));
        await Runtime.CompleteAsync(instance, Ids.Evaluation, ProcessOutcomes.Propose);
        Assert.Equal(new DateOnly(2025, 4, 28), TestRuntime.Waiting(instance, Ids.CommitteeDecision).DueOn); // 10 working days [D]

        await Runtime.CompleteAsync(instance, Ids.CommitteeDecision, ProcessOutcomes.Approve, actor: "chairman");

        Assert.Equal((WorkflowStatus.Completed, ProcessOutcomes.Certified), (instance.Status, instance.FinalOutcome));
        Assert.Equal([(EcoIndustrialParkProcess.Name, (string?)"application-1")], _park.IssuedFor);
        Assert.Equal("001/GCN-KCNST", (string?)instance.Data["certificateNumber"]);
        Assert.Empty(instance.Bookmarks);
        Assert.Equal(
            [Ids.CommitteeDecision, Ids.IssueCertificate, Ids.Certified],
            instance.Journal.Where(j => j.Kind == JournalEntryKind.Completed).TakeLast(3).Select(j => j.ActivityId));
    }

    [Fact]
    public async Task Build_CustomClockSettings_UsesThemForDeadlines()
    {
        var park = new ParkDossier(new EcoIndustrialParkClockSettings { ReviewWorkingDays = 5, RouteWorkingDays = 1 });

        var instance = await park.StartAsync();
        await park.Runtime.CompleteAsync(instance, Ids.Draft, ProcessOutcomes.Submit);
        await park.Runtime.CompleteAsync(instance, Ids.CompletenessCheck, ProcessOutcomes.Complete);
        Assert.Equal(new DateOnly(2025, 3, 4), TestRuntime.Waiting(instance, Ids.Route).DueOn);
        await park.Runtime.CompleteAsync(instance, Ids.Route, ProcessOutcomes.Routed, ParkDossier.RoutingData());

        Assert.Equal(new DateOnly(2025, 3, 10), TestRuntime.Waiting(instance, Ids.Review, "ENV.1").DueOn);
    }

    [Fact]
    public void Build_ClockSettingBelowOneDay_ThrowsDefinitionException() =>
        Assert.Throws<Certification.Workflows.Definitions.WorkflowDefinitionException>(() =>
            EcoIndustrialParkProcess.Build(2, new EcoIndustrialParkClockSettings { CommitteeWorkingDays = 0 }));
}
