using System.Text.Json.Serialization;
using Certification.Web.Data;
using Certification.Web.Domain.Organisations;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Identity;
using Certification.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Api;

public static class ParksApi
{
    /// <param name="InvestorOrganisationId">Read only from an administrator; a developer's parks are its own organisation's.</param>
    public sealed record ParkInput(string? Name, decimal? AreaHectares, DateOnly? EstablishedOn, ParkEstablishment? Establishment, Guid? InvestorOrganisationId)
    {
        /// <summary>Property → SharedResource key of its display name, for messages that name the field.</summary>
        public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
        {
            [nameof(Name)] = "Tên khu công nghiệp",
            [nameof(AreaHectares)] = "Diện tích (ha)",
            [nameof(EstablishedOn)] = "Ngày thành lập",
            [nameof(Establishment)] = "Loại khu công nghiệp",
            [nameof(InvestorOrganisationId)] = "Chủ đầu tư",
        };
    }

    public sealed record ParkView(Guid Id, string Name, Guid ProvinceId, Guid InvestorOrganisationId, decimal AreaHectares,
        DateOnly EstablishedOn, [property: JsonConverter(typeof(JsonStringEnumConverter<ParkEstablishment>))] ParkEstablishment Establishment,
        bool IsDemo);

    public static void MapParksApi(this RouteGroupBuilder api)
    {
        var parks = api.MapGroup("/parks");

        parks.MapGet("/", async (CertificationDbContext db, AccessPolicy access, CancellationToken cancellationToken) =>
            await Project(access.VisibleParks(db.Parks, db.Enterprises).OrderBy(p => p.Name)).ToListAsync(cancellationToken));

        parks.MapGet("/{parkId:guid}", async (Guid parkId, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l,
            CancellationToken cancellationToken) =>
            await Project(access.VisibleParks(db.Parks, db.Enterprises).Where(p => p.Id == parkId)).SingleOrDefaultAsync(cancellationToken)
                is { } park ? Results.Ok(park) : Problems.NotFound(l));

        parks.MapPost("/", async (HttpRequest request, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l,
            TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (!access.CanCreateParks)
                return Problems.Forbidden(l);
            var errors = new InputErrors(l);
            var (input, problem) = await JsonBody.ReadAsync<ParkInput>(request, errors, ParkInput.Fields, cancellationToken);
            if (input is null)
                return problem!;
            Validate(input, errors, clock);
            // A developer registers parks for its own organisation; an administrator names the investor.
            var investorId = access.User.IsIn(Roles.Administrator) ? input.InvestorOrganisationId : access.User.OrganisationId;
            var investorOk = investorId is { } id && await db.Organisations.AnyAsync(o => o.Id == id
                && o.Kind == OrganisationKind.ParkInvestor && o.ProvinceId == access.User.ProvinceId, cancellationToken);
            errors.Require(investorOk, nameof(ParkInput.InvestorOrganisationId), "Vui lòng chọn {0}.", errors.Name("Chủ đầu tư"));
            if (errors.Any)
                return errors.Problem();
            var provinceId = access.User.ProvinceId!.Value;
            var name = input.Name!.Trim();
            if (await db.Parks.AnyAsync(p => p.ProvinceId == provinceId && p.Name == name, cancellationToken))
            {
                errors.Add(nameof(ParkInput.Name), "Tỉnh đã có khu công nghiệp tên {0}.", name);
                return errors.Problem(StatusCodes.Status409Conflict);
            }
            var park = new Park(name, provinceId, investorId!.Value, input.AreaHectares!.Value, input.EstablishedOn!.Value, input.Establishment!.Value);
            db.Parks.Add(park);
            await db.SaveChangesAsync(cancellationToken);
            return Results.Created($"/api/parks/{park.Id}", new { park.Id });
        });

        parks.MapPut("/{parkId:guid}", async (Guid parkId, HttpRequest request, CertificationDbContext db, AccessPolicy access,
            IStringLocalizer<SharedResource> l, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            // Access first: a foreign park is not found, whatever the body holds.
            var park = await access.EditableParks(db.Parks).SingleOrDefaultAsync(p => p.Id == parkId, cancellationToken);
            if (park is null)
                return await access.VisibleParks(db.Parks, db.Enterprises).AnyAsync(p => p.Id == parkId, cancellationToken)
                    ? Problems.Forbidden(l)
                    : Problems.NotFound(l);
            var errors = new InputErrors(l);
            var (input, problem) = await JsonBody.ReadAsync<ParkInput>(request, errors, ParkInput.Fields, cancellationToken);
            if (input is null)
                return problem!;
            Validate(input, errors, clock);
            if (errors.Any)
                return errors.Problem();
            var name = input.Name!.Trim();
            if (await db.Parks.AnyAsync(p => p.ProvinceId == park.ProvinceId && p.Name == name && p.Id != park.Id, cancellationToken))
            {
                errors.Add(nameof(ParkInput.Name), "Tỉnh đã có khu công nghiệp tên {0}.", name);
                return errors.Problem(StatusCodes.Status409Conflict);
            }
            park.Update(name, input.AreaHectares!.Value, input.EstablishedOn!.Value, input.Establishment!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return Results.NoContent();
        });
    }

    private static void Validate(ParkInput input, InputErrors errors, TimeProvider clock)
    {
        var name = errors.Name("Tên khu công nghiệp");
        if (string.IsNullOrWhiteSpace(input.Name))
            errors.Add(nameof(ParkInput.Name), "Vui lòng nhập {0}.", name);
        else
            errors.Require(input.Name.Trim().Length <= 300, nameof(ParkInput.Name), "{0} tối đa {1} ký tự.", name, 300);

        if (input.AreaHectares is not { } area)
            errors.Add(nameof(ParkInput.AreaHectares), "Vui lòng nhập {0}.", errors.Name("Diện tích (ha)"));
        else
            errors.Require(area is > 0 and < 100_000 && decimal.Round(area, 2) == area, nameof(ParkInput.AreaHectares),
                "{0} phải là số lớn hơn 0 và nhỏ hơn 100.000, tối đa 2 chữ số thập phân (ví dụ 250,5).", errors.Name("Diện tích (ha)"));

        if (input.EstablishedOn is not { } date)
            errors.Add(nameof(ParkInput.EstablishedOn), "Vui lòng nhập {0}.", errors.Name("Ngày thành lập"));
        else
            errors.Require(EstablishmentDate.IsPlausible(date, clock), nameof(ParkInput.EstablishedOn),
                "{0} phải từ 01/01/1960 đến hôm nay.", errors.Name("Ngày thành lập"));

        errors.Require(input.Establishment is { } kind && Enum.IsDefined(kind), nameof(ParkInput.Establishment),
            "Vui lòng chọn {0}.", errors.Name("Loại khu công nghiệp"));
    }

    private static IQueryable<ParkView> Project(IQueryable<Park> parks) =>
        parks.Select(p => new ParkView(p.Id, p.Name, p.ProvinceId, p.InvestorOrganisationId, p.AreaHectares, p.EstablishedOn, p.Establishment, p.IsDemo));
}
