using Certification.Web.Data;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Api;

public static class ParksApi
{
    public sealed record ParkInput(string? Name, decimal? AreaHectares, DateOnly? EstablishedOn, ParkEstablishment? Establishment, Guid? InvestorOrganisationId);

    public sealed record ParkView(Guid Id, string Name, Guid ProvinceId, Guid InvestorOrganisationId, decimal AreaHectares,
        DateOnly EstablishedOn, ParkEstablishment Establishment, bool IsDemo);

    public static void MapParksApi(this RouteGroupBuilder api)
    {
        var parks = api.MapGroup("/parks");

        parks.MapGet("/", async (CertificationDbContext db, AccessPolicy access, CancellationToken cancellationToken) =>
            await Project(access.VisibleParks(db.Parks, db.Enterprises).OrderBy(p => p.Name)).ToListAsync(cancellationToken));

        parks.MapGet("/{parkId:guid}", async (Guid parkId, CertificationDbContext db, AccessPolicy access, CancellationToken cancellationToken) =>
            await Project(access.VisibleParks(db.Parks, db.Enterprises).Where(p => p.Id == parkId)).SingleOrDefaultAsync(cancellationToken)
                is { } park ? Results.Ok(park) : Results.NotFound());

        parks.MapPost("/", async (ParkInput input, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            if (!access.CanCreateParks)
                return Results.Forbid();
            var errors = Validate(input, l);
            // A developer registers parks for its own organisation; an administrator names the investor.
            var investorId = access.User.IsIn(Infrastructure.Identity.Roles.Administrator) ? input.InvestorOrganisationId : access.User.OrganisationId;
            var investorOk = investorId is { } id && await db.Organisations.AnyAsync(o => o.Id == id
                && o.Kind == Domain.Organisations.OrganisationKind.ParkInvestor && o.ProvinceId == access.User.ProvinceId, cancellationToken);
            errors.Require(investorOk, nameof(ParkInput.InvestorOrganisationId), "Vui lòng chọn {0}.", l["Chủ đầu tư"].Value);
            if (errors.Any)
                return errors.Problem();
            var park = new Park(input.Name!, access.User.ProvinceId!.Value, investorId!.Value, input.AreaHectares!.Value,
                input.EstablishedOn!.Value, input.Establishment!.Value);
            db.Parks.Add(park);
            await db.SaveChangesAsync(cancellationToken);
            return Results.Created($"/api/parks/{park.Id}", new { park.Id });
        });

        parks.MapPut("/{parkId:guid}", async (Guid parkId, ParkInput input, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            var park = await access.EditableParks(db.Parks).SingleOrDefaultAsync(p => p.Id == parkId, cancellationToken);
            if (park is null)
                return await access.VisibleParks(db.Parks, db.Enterprises).AnyAsync(p => p.Id == parkId, cancellationToken) ? Results.Forbid() : Results.NotFound();
            var errors = Validate(input, l);
            if (errors.Any)
                return errors.Problem();
            park.Update(input.Name!, input.AreaHectares!.Value, input.EstablishedOn!.Value, input.Establishment!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return Results.NoContent();
        });
    }

    private static InputErrors Validate(ParkInput input, IStringLocalizer<SharedResource> l)
    {
        var errors = new InputErrors(l);
        errors.Require(!string.IsNullOrWhiteSpace(input.Name) && input.Name.Trim().Length <= 300, nameof(ParkInput.Name), "Vui lòng nhập {0} (tối đa 300 ký tự).", l["Tên khu công nghiệp"].Value);
        errors.Require(input.AreaHectares is > 0 and < 100_000, nameof(ParkInput.AreaHectares), "{0} phải lớn hơn 0 và nhỏ hơn 100.000.", l["Diện tích (ha)"].Value);
        errors.Require(input.EstablishedOn is { } date && date.Year >= 1960 && date <= DateOnly.FromDateTime(DateTime.UtcNow.Date), nameof(ParkInput.EstablishedOn), "{0} không hợp lệ.", l["Ngày thành lập"].Value);
        errors.Require(input.Establishment is not null && Enum.IsDefined(input.Establishment.Value), nameof(ParkInput.Establishment), "Vui lòng chọn {0}.", l["Loại khu công nghiệp"].Value);
        return errors;
    }

    private static IQueryable<ParkView> Project(IQueryable<Park> parks) =>
        parks.Select(p => new ParkView(p.Id, p.Name, p.ProvinceId, p.InvestorOrganisationId, p.AreaHectares, p.EstablishedOn, p.Establishment, p.IsDemo));
}
