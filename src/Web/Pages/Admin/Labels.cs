using Certification.Web.Domain.Organisations;
using Certification.Web.Infrastructure.Identity;

namespace Certification.Web.Pages.Admin;

/// <summary>
/// The Vietnamese names of roles and organisation kinds; views pass them through the shared localiser.
/// If you add a role or a kind, add its name here and its English in SharedResource.en.resx.
/// </summary>
public static class Labels
{
    public static string Role(string role) => role switch
    {
        Roles.ParkDeveloper => "Chủ đầu tư hạ tầng KCN",
        Roles.Enterprise => "Đại diện doanh nghiệp",
        Roles.Reviewer => "Chuyên viên thẩm định",
        Roles.Board => "Cán bộ Ban Quản lý",
        Roles.Committee => "Cán bộ UBND tỉnh",
        Roles.Administrator => "Quản trị viên",
        _ => role,
    };

    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.ParkInvestor => "Công ty đầu tư hạ tầng KCN",
        OrganisationKind.Enterprise => "Doanh nghiệp trong KCN",
        OrganisationKind.ReviewingBody => "Cơ quan thẩm định",
        OrganisationKind.ManagementBoard => "Ban Quản lý các KCN",
        OrganisationKind.PeoplesCommittee => "Ủy ban nhân dân tỉnh",
        _ => kind.ToString(),
    };
}
