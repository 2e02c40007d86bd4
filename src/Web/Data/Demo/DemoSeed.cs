namespace Certification.Web.Data.Demo;

/// <summary>
/// Every demo loader in the order each builds on the one before: the organisations, users, parks and facts; applications
/// at every step; a newly established park; a re-certification; the yearly monitoring. Each loads once, so running the
/// seed again changes nothing.
/// </summary>
public static class DemoSeed
{
    public static async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DemoData>().LoadOnceAsync(cancellationToken);
        await services.GetRequiredService<DemoApplications>().LoadOnceAsync(cancellationToken);
        await services.GetRequiredService<DemoNewParks>().LoadOnceAsync(cancellationToken);
        await services.GetRequiredService<DemoRecertification>().LoadOnceAsync(cancellationToken);
        await services.GetRequiredService<DemoMonitoring>().LoadOnceAsync(cancellationToken);
    }
}
