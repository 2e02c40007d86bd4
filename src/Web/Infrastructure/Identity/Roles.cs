using Certification.Web.Domain.Organisations;

namespace Certification.Web.Infrastructure.Identity;

/// <summary>The roles of the product. If you add one, also add its rules to <c>AccessPolicy</c> and its home page.</summary>
public static class Roles
{
    public const string ParkDeveloper = "ParkDeveloper";
    public const string Enterprise = "Enterprise";
    public const string Reviewer = "Reviewer";
    public const string Board = "Board";
    public const string Committee = "Committee";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [ParkDeveloper, Enterprise, Reviewer, Board, Committee, Administrator];

    /// <summary>Roles that may not use the app until they have set up an authenticator (TOTP).</summary>
    public static readonly IReadOnlySet<string> RequireTwoFactor = new HashSet<string> { Board, Committee, Administrator };

    /// <summary>The organisation kind a user of the role must belong to.</summary>
    public static OrganisationKind OrganisationKindFor(string role) => role switch
    {
        ParkDeveloper => OrganisationKind.ParkInvestor,
        Enterprise => OrganisationKind.Enterprise,
        Reviewer => OrganisationKind.ReviewingBody,
        Board or Administrator => OrganisationKind.ManagementBoard,
        Committee => OrganisationKind.PeoplesCommittee,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };
}
