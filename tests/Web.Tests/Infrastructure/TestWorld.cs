using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>Arranges a test's own rows: provinces, organisations, users, parks and enterprises, with unique names.</summary>
public sealed class TestWorld(TestApp app, TestWorld.TestUser? actingAs = null)
{
    public const string Password = "TestPassword1";

    public sealed record TestUser(Guid Id, string Email, string Role, Guid OrganisationId, string? AuthenticatorKey);

    public Task<Province> ProvinceAsync(string? name = null) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        var province = new Province(Guid.NewGuid().ToString("N")[..8], name ?? "Tỉnh " + Unique());
        db.Provinces.Add(province);
        await db.SaveChangesAsync();
        return province;
    }, actingAs);

    public Task<Organisation> OrganisationAsync(OrganisationKind kind, Guid? provinceId, string? reviewingBodyCode = null, string? name = null) =>
        app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var organisation = new Organisation(name ?? $"{kind} {Unique()}", kind, provinceId,
                kind == OrganisationKind.ReviewingBody ? reviewingBodyCode ?? "MAE" : null);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        }, actingAs);

    /// <summary>A user of the role; roles that require two-factor get an authenticator key and 2FA switched on,
    /// unless <paramref name="withTwoFactor"/> says otherwise.</summary>
    public Task<TestUser> UserAsync(string role, Guid organisationId, bool? withTwoFactor = null, bool mustChangePassword = false, string culture = "vi") =>
        app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var email = $"{role.ToLowerInvariant()}-{Unique()}@test.local";
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{role} {Unique()}",
                OrganisationId = organisationId, MustChangePassword = mustChangePassword, PreferredCulture = culture,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            string? key = null;
            if (withTwoFactor ?? Roles.RequireTwoFactor.Contains(role))
            {
                Check(await users.ResetAuthenticatorKeyAsync(user));
                key = await users.GetAuthenticatorKeyAsync(user);
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }
            return new TestUser(user.Id, email, role, organisationId, key);
        }, actingAs);

    public Task<Park> ParkAsync(Guid provinceId, Guid investorOrganisationId, string? name = null,
        ParkEstablishment establishment = ParkEstablishment.Existing) =>
        app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            var park = new Park(name ?? "KCN " + Unique(), provinceId, investorOrganisationId, 250m, new DateOnly(2005, 1, 1), establishment);
            db.Parks.Add(park);
            await db.SaveChangesAsync();
            return park;
        }, actingAs);

    public Task<Enterprise> EnterpriseAsync(Guid parkId, Guid? organisationId = null, string? name = null, int? workforce = 150,
        string? taxCode = null) =>
        app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CertificationDbContext>();
            taxCode ??= Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString();
            var enterprise = new Enterprise(name ?? "Công ty " + Unique(), taxCode, "Dệt may", workforce, parkId, organisationId);
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            return enterprise;
        }, actingAs);

    public static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
