namespace Certification.Web.Tests.Infrastructure;

/// <summary>A clock the test moves by hand; everything else about time (timers, time zones) is the system's.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (this)
            return _now.ToUniversalTime();
    }

    public void Advance(TimeSpan by)
    {
        lock (this)
            _now += by;
    }

    public void Set(DateTimeOffset to)
    {
        lock (this)
            _now = to;
    }
}
