namespace Certification.Web.Domain.Organisations;

/// <summary>
/// A legal body that users belong to. Ministries are national and have no province;
/// every other organisation belongs to exactly one province.
/// </summary>
public sealed class Organisation
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public string Name { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }
    public Guid? ProvinceId { get; private set; }

    /// <summary>Short code a reviewing body is routed by (e.g. MAE, DOIT); null for other kinds.</summary>
    public string? ReviewingBodyCode { get; private set; }
    public bool IsDemo { get; private set; }

    private Organisation() { }

    public Organisation(string name, OrganisationKind kind, Guid? provinceId, string? reviewingBodyCode = null, bool isDemo = false)
    {
        if (kind != OrganisationKind.ReviewingBody && provinceId is null)
            throw new DomainException("Organisation.ProvinceRequired", "Tổ chức phải thuộc một tỉnh.");
        if (kind == OrganisationKind.ReviewingBody && string.IsNullOrWhiteSpace(reviewingBodyCode))
            throw new DomainException("Organisation.ReviewingBodyCodeRequired", "Cơ quan thẩm định phải có mã.");
        Name = name.Trim();
        Kind = kind;
        ProvinceId = provinceId;
        ReviewingBodyCode = reviewingBodyCode;
        IsDemo = isDemo;
    }

    public void Rename(string name) => Name = name.Trim();
}
