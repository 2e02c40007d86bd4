using Certification.Workflows.Clocks;

namespace Certification.Workflows.Tests.Support;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public static FakeTimeProvider AtVietnamTime(DateOnly date, int hour = 9) => new(At(date, hour));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void SetVietnamTime(DateOnly date, int hour = 9) => _now = At(date, hour);

    private static DateTimeOffset At(DateOnly date, int hour) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), VietnamTime.Offset).ToUniversalTime();
}
