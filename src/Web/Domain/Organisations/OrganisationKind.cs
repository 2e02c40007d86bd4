namespace Certification.Web.Domain.Organisations;

/// <remarks>Stored as text. If you add a kind, also decide its rules in <c>AccessPolicy</c>.</remarks>
public enum OrganisationKind
{
    ParkInvestor,
    Enterprise,
    ReviewingBody,
    ManagementBoard,
    PeoplesCommittee,
}
