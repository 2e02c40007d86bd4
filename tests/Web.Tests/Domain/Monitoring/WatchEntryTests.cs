using Certification.Web.Domain;
using Certification.Web.Domain.Monitoring;

namespace Certification.Web.Tests.Domain.Monitoring;

/// <summary>The watch list's transitions (Art 44) as a table: which step each status allows.</summary>
public sealed class WatchEntryTests
{
    private static readonly DateOnly Opened = new(2026, 3, 2);
    private static readonly DateOnly Due = new(2026, 3, 16);

    public static TheoryData<WatchStatus, string, bool> Steps => new()
    {
        { WatchStatus.Watching, "notice", true }, { WatchStatus.Watching, "remedy", true },
        { WatchStatus.Watching, "propose", false }, { WatchStatus.Watching, "decide", false },
        { WatchStatus.Noticed, "notice", false }, { WatchStatus.Noticed, "remedy", true },
        { WatchStatus.Noticed, "propose", true }, { WatchStatus.Noticed, "decide", false },
        { WatchStatus.RevocationProposed, "notice", false }, { WatchStatus.RevocationProposed, "remedy", true },
        { WatchStatus.RevocationProposed, "propose", false }, { WatchStatus.RevocationProposed, "decide", true },
        { WatchStatus.Remedied, "notice", false }, { WatchStatus.Remedied, "remedy", false },
        { WatchStatus.Remedied, "propose", false }, { WatchStatus.Remedied, "decide", false },
        { WatchStatus.Revoked, "remedy", false }, { WatchStatus.Revoked, "decide", false },
        { WatchStatus.Kept, "remedy", false }, { WatchStatus.Kept, "notice", false },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void Step_FromStatus_IsAllowedOnlyWhereTheProcessSays(WatchStatus from, string step, bool allowed)
    {
        var entry = In(from);
        var act = () =>
        {
            switch (step)
            {
                case "notice": entry.SendNotice("Khắc phục ENV.2.", 10, Due, Guid.NewGuid(), Opened); break;
                case "remedy": entry.Remedy(Guid.NewGuid(), Due); break;
                case "propose": entry.ProposeRevocation(Due.AddDays(1)); break;
                default: entry.Decide(true, "Không khắc phục", Guid.NewGuid(), Due.AddDays(2)); break;
            }
        };

        if (allowed)
            act();
        else
            Assert.Throws<DomainException>(act);
    }

    [Theory]
    [InlineData(0, false)]   // on the last day of the remedy period: still time
    [InlineData(1, true)]    // the day after: the issuer must decide
    public void ProposeRevocation_RelativeToRemedyDueDay_OnlyAfterIt(int daysAfterDue, bool allowed)
    {
        var entry = In(WatchStatus.Noticed);

        if (allowed)
            entry.ProposeRevocation(Due.AddDays(daysAfterDue));
        else
            Assert.Throws<DomainException>(() => entry.ProposeRevocation(Due.AddDays(daysAfterDue)));
    }

    [Fact]
    public void New_FailedCriterionWithoutCriteria_IsRefused() =>
        Assert.Throws<DomainException>(() => new WatchEntry(ReportSubject.Park, Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(),
            WatchReason.FailedMandatoryCriterion, 2025, [], Guid.NewGuid(), Opened));

    private static WatchEntry In(WatchStatus status)
    {
        var entry = new WatchEntry(ReportSubject.Park, Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(), WatchReason.FailedMandatoryCriterion,
            2025, [new FailedCriterion("ENV.2", 18m, "%", "9/50 = 18 % < 20 %")], Guid.NewGuid(), Opened);
        if (status == WatchStatus.Watching)
            return entry;
        if (status == WatchStatus.Remedied)
        {
            entry.Remedy(Guid.NewGuid(), Opened);
            return entry;
        }
        entry.SendNotice("Khắc phục ENV.2.", 10, Due, Guid.NewGuid(), Opened);
        if (status == WatchStatus.Noticed)
            return entry;
        entry.ProposeRevocation(Due.AddDays(1));
        if (status != WatchStatus.RevocationProposed)
            entry.Decide(status == WatchStatus.Revoked, "Quyết định", Guid.NewGuid(), Due.AddDays(2));
        return entry;
    }
}
