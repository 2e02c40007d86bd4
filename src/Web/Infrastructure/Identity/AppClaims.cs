namespace Certification.Web.Infrastructure.Identity;

/// <summary>Claim types this app adds to the sign-in cookie so that access checks need no extra query.</summary>
public static class AppClaims
{
    public const string OrganisationId = "cert:org";
    public const string OrganisationKind = "cert:org-kind";
    public const string ProvinceId = "cert:province";
    public const string ReviewingBodyCode = "cert:body";
    public const string Culture = "cert:culture";
    public const string MustChangePassword = "cert:must-change-password";
    public const string TwoFactorEnabled = "cert:2fa";
}
