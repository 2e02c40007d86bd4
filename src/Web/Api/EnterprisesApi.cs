using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Api;

public static class EnterprisesApi
{
    /// <param name="ParkId">Read on creation only; an enterprise stays in the park it was registered in.</param>
    public sealed record EnterpriseInput(string? Name, string? TaxCode, string? Sector, int? WorkforceSize, Guid? ParkId)
    {
        /// <summary>Property → SharedResource key of its display name, for messages that name the field.</summary>
        public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
        {
            [nameof(Name)] = "Tên doanh nghiệp",
            [nameof(TaxCode)] = "Mã số thuế",
            [nameof(Sector)] = "Ngành nghề",
            [nameof(WorkforceSize)] = "Số lao động",
            [nameof(ParkId)] = "Thuộc khu công nghiệp",
        };
    }

    public sealed record EnterpriseView(Guid Id, string Name, string TaxCode, string Sector, int? WorkforceSize, Guid ParkId, bool IsDemo);

    public static void MapEnterprisesApi(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/enterprises");

        // parkId arrives as text so a malformed one is answered with a message, not an empty 400.
        enterprises.MapGet("/", async (string? parkId, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l,
            CancellationToken cancellationToken) =>
        {
            Guid? park = null;
            if (!string.IsNullOrEmpty(parkId))
            {
                if (!Guid.TryParse(parkId, out var id))
                {
                    var errors = new InputErrors(l);
                    errors.Add(nameof(EnterpriseInput.ParkId), "Giá trị không hợp lệ cho {0}.", errors.Name("Thuộc khu công nghiệp"));
                    return errors.Problem();
                }
                if (!await access.VisibleParks(db.Parks, db.Enterprises).AnyAsync(p => p.Id == id, cancellationToken))
                    return Problems.NotFound(l);
                park = id;
            }
            return Results.Ok(await Project(access.VisibleEnterprises(db.Enterprises, db.Parks).Where(e => park == null || e.ParkId == park)
                .OrderBy(e => e.Name)).ToListAsync(cancellationToken));
        });

        enterprises.MapGet("/{enterpriseId:guid}", async (Guid enterpriseId, CertificationDbContext db, AccessPolicy access,
            IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            await Project(access.VisibleEnterprises(db.Enterprises, db.Parks).Where(e => e.Id == enterpriseId)).SingleOrDefaultAsync(cancellationToken)
                is { } enterprise ? Results.Ok(enterprise) : Problems.NotFound(l));

        enterprises.MapPost("/", async (HttpRequest request, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l,
            CancellationToken cancellationToken) =>
        {
            var errors = new InputErrors(l);
            var (input, problem) = await JsonBody.ReadAsync<EnterpriseInput>(request, errors, EnterpriseInput.Fields, cancellationToken);
            if (input is null)
                return problem!;
            Validate(input, errors);
            var parkOk = input.ParkId is { } parkId && await access.ParksAcceptingEnterprises(db.Parks).AnyAsync(p => p.Id == parkId, cancellationToken);
            errors.Require(parkOk, nameof(EnterpriseInput.ParkId), "Vui lòng chọn khu công nghiệp.");
            if (errors.Any)
                return errors.Problem();
            var taxCode = TaxCode.Normalise(input.TaxCode!);
            if (await db.Enterprises.AnyAsync(e => e.ParkId == input.ParkId && e.TaxCode == taxCode, cancellationToken))
            {
                errors.Add(nameof(EnterpriseInput.TaxCode), "Mã số thuế {0} đã có trong khu công nghiệp này.", taxCode);
                return errors.Problem(StatusCodes.Status409Conflict);
            }
            var enterprise = new Enterprise(input.Name!, taxCode, input.Sector!, input.WorkforceSize, input.ParkId!.Value);
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync(cancellationToken);
            return Results.Created($"/api/enterprises/{enterprise.Id}", new { enterprise.Id });
        });

        enterprises.MapPut("/{enterpriseId:guid}", async (Guid enterpriseId, HttpRequest request, CertificationDbContext db, AccessPolicy access,
            IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            // Access first: a foreign enterprise is not found, whatever the body holds.
            var enterprise = await access.EditableEnterprises(db.Enterprises, db.Parks).SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
            if (enterprise is null)
                return await access.VisibleEnterprises(db.Enterprises, db.Parks).AnyAsync(e => e.Id == enterpriseId, cancellationToken)
                    ? Problems.Forbidden(l)
                    : Problems.NotFound(l);
            var errors = new InputErrors(l);
            var (input, problem) = await JsonBody.ReadAsync<EnterpriseInput>(request, errors, EnterpriseInput.Fields, cancellationToken);
            if (input is null)
                return problem!;
            Validate(input, errors);
            if (errors.Any)
                return errors.Problem();
            var taxCode = TaxCode.Normalise(input.TaxCode!);
            if (await db.Enterprises.AnyAsync(e => e.ParkId == enterprise.ParkId && e.TaxCode == taxCode && e.Id != enterprise.Id, cancellationToken))
            {
                errors.Add(nameof(EnterpriseInput.TaxCode), "Mã số thuế {0} đã có trong khu công nghiệp này.", taxCode);
                return errors.Problem(StatusCodes.Status409Conflict);
            }
            enterprise.Update(input.Name!, taxCode, input.Sector!, input.WorkforceSize);
            await db.SaveChangesAsync(cancellationToken);
            return Results.NoContent();
        });
    }

    private static void Validate(EnterpriseInput input, InputErrors errors)
    {
        var name = errors.Name("Tên doanh nghiệp");
        if (string.IsNullOrWhiteSpace(input.Name))
            errors.Add(nameof(EnterpriseInput.Name), "Vui lòng nhập {0}.", name);
        else
            errors.Require(input.Name.Trim().Length <= 300, nameof(EnterpriseInput.Name), "{0} tối đa {1} ký tự.", name, 300);

        if (string.IsNullOrWhiteSpace(input.TaxCode))
            errors.Add(nameof(EnterpriseInput.TaxCode), "Vui lòng nhập {0}.", errors.Name("Mã số thuế"));
        else
            errors.Require(TaxCode.IsValid(input.TaxCode), nameof(EnterpriseInput.TaxCode),
                "{0}: phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.", errors.Name("Mã số thuế"));

        var sector = errors.Name("Ngành nghề");
        if (string.IsNullOrWhiteSpace(input.Sector))
            errors.Add(nameof(EnterpriseInput.Sector), "Vui lòng nhập {0}.", sector);
        else
            errors.Require(input.Sector.Trim().Length <= 200, nameof(EnterpriseInput.Sector), "{0} tối đa {1} ký tự.", sector, 200);

        errors.Require(input.WorkforceSize is null or (>= 0 and <= 1_000_000), nameof(EnterpriseInput.WorkforceSize),
            "{0} phải từ 0 đến 1.000.000.", errors.Name("Số lao động"));
    }

    private static IQueryable<EnterpriseView> Project(IQueryable<Enterprise> enterprises) =>
        enterprises.Select(e => new EnterpriseView(e.Id, e.Name, e.TaxCode, e.Sector, e.WorkforceSize, e.ParkId, e.IsDemo));
}
