using Certification.Web.Data;
using Certification.Web.Domain.Enterprises;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Api;

public static class EnterprisesApi
{
    public sealed record EnterpriseInput(string? Name, string? TaxCode, string? Sector, int? WorkforceSize, Guid? ParkId);

    public sealed record EnterpriseView(Guid Id, string Name, string TaxCode, string Sector, int? WorkforceSize, Guid ParkId, bool IsDemo);

    public static void MapEnterprisesApi(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/enterprises");

        enterprises.MapGet("/", async (Guid? parkId, CertificationDbContext db, AccessPolicy access, CancellationToken cancellationToken) =>
            await Project(access.VisibleEnterprises(db.Enterprises, db.Parks).Where(e => parkId == null || e.ParkId == parkId)
                .OrderBy(e => e.Name)).ToListAsync(cancellationToken));

        enterprises.MapGet("/{enterpriseId:guid}", async (Guid enterpriseId, CertificationDbContext db, AccessPolicy access, CancellationToken cancellationToken) =>
            await Project(access.VisibleEnterprises(db.Enterprises, db.Parks).Where(e => e.Id == enterpriseId)).SingleOrDefaultAsync(cancellationToken)
                is { } enterprise ? Results.Ok(enterprise) : Results.NotFound());

        enterprises.MapPost("/", async (EnterpriseInput input, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            var errors = Validate(input, l);
            var parkOk = input.ParkId is { } parkId && await access.ParksAcceptingEnterprises(db.Parks).AnyAsync(p => p.Id == parkId, cancellationToken);
            errors.Require(parkOk, nameof(EnterpriseInput.ParkId), "Vui lòng chọn {0}.", l["Khu công nghiệp"].Value);
            if (errors.Any)
                return errors.Problem();
            if (await db.Enterprises.AnyAsync(e => e.ParkId == input.ParkId && e.TaxCode == input.TaxCode!.Trim(), cancellationToken))
            {
                errors.Require(false, nameof(EnterpriseInput.TaxCode), "Mã số thuế {0} đã có trong khu công nghiệp này.", input.TaxCode!.Trim());
                return errors.Problem();
            }
            var enterprise = new Enterprise(input.Name!, input.TaxCode!, input.Sector ?? "", input.WorkforceSize, input.ParkId!.Value);
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync(cancellationToken);
            return Results.Created($"/api/enterprises/{enterprise.Id}", new { enterprise.Id });
        });

        enterprises.MapPut("/{enterpriseId:guid}", async (Guid enterpriseId, EnterpriseInput input, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            var enterprise = await access.EditableEnterprises(db.Enterprises, db.Parks).SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
            if (enterprise is null)
                return await access.VisibleEnterprises(db.Enterprises, db.Parks).AnyAsync(e => e.Id == enterpriseId, cancellationToken) ? Results.Forbid() : Results.NotFound();
            var errors = Validate(input, l);
            if (errors.Any)
                return errors.Problem();
            enterprise.Update(input.Name!, input.TaxCode!, input.Sector ?? "", input.WorkforceSize);
            await db.SaveChangesAsync(cancellationToken);
            return Results.NoContent();
        });
    }

    private static InputErrors Validate(EnterpriseInput input, IStringLocalizer<SharedResource> l)
    {
        var errors = new InputErrors(l);
        errors.Require(!string.IsNullOrWhiteSpace(input.Name) && input.Name.Trim().Length <= 300, nameof(EnterpriseInput.Name), "Vui lòng nhập {0} (tối đa 300 ký tự).", l["Tên doanh nghiệp"].Value);
        errors.Require(TaxCode.IsValid(input.TaxCode), nameof(EnterpriseInput.TaxCode), "{0}: phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.", l["Mã số thuế"].Value);
        errors.Require((input.Sector ?? "").Trim().Length <= 200, nameof(EnterpriseInput.Sector), "{0} tối đa 200 ký tự.", l["Ngành nghề"].Value);
        errors.Require(input.WorkforceSize is null or (>= 0 and <= 1_000_000), nameof(EnterpriseInput.WorkforceSize), "{0} phải từ 0 đến 1.000.000.", l["Số lao động"].Value);
        return errors;
    }

    private static IQueryable<EnterpriseView> Project(IQueryable<Enterprise> enterprises) =>
        enterprises.Select(e => new EnterpriseView(e.Id, e.Name, e.TaxCode, e.Sector, e.WorkforceSize, e.ParkId, e.IsDemo));
}
