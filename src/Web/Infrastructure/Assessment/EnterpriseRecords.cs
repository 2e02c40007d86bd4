using Certification.Criteria.Inputs;
using Certification.Web.Domain.Enterprises;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>
/// An enterprise and its facts of one reporting year as the engine reads them. No facts for the year means NOT REPORTED
/// for every fact except the workforce kept on the master record.
/// </summary>
internal static class EnterpriseRecords
{
    public static EnterpriseRecord From(Enterprise enterprise, Domain.Assessment.EnterpriseFacts? yearFacts)
    {
        var facts = yearFacts?.ToReported();
        var savings = facts?.Savings;
        return new EnterpriseRecord
        {
            Id = enterprise.Id.ToString(),
            Name = enterprise.Name,
            Workforce = facts?.Workforce ?? enterprise.WorkforceSize,
            AppliesRecp = facts?.AppliesRecp,
            // All nine savings empty means savings were not reported at all.
            RecpSavings = savings is null || savings == new RecpSavings() ? null : savings,
            IsoSystems = facts?.IsoSystems,
            HasGrievanceProcedure = facts?.HasGrievanceProcedure,
            DisclosesInformation = facts?.DisclosesInformation,
            AppliesGenderEquality = facts?.AppliesGenderEquality,
            HasAntiHarassmentRules = facts?.HasAntiHarassmentRules,
        };
    }
}
