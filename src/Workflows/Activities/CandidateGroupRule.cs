using System.Text.Json.Nodes;
using Certification.Workflows.Runtime;

namespace Certification.Workflows.Activities;

/// <summary>
/// How a human task finds its <see cref="CandidateGroup"/> when it becomes active: the role is fixed,
/// the organisation is fixed, read from instance data (the applicant's organisation) or read from the
/// fan-out item (the reviewing body an indicator was routed to).
/// </summary>
/// <param name="RoleCode">The role code of the group.</param>
/// <param name="Source">Where <paramref name="Organisation"/> points.</param>
/// <param name="Organisation">An organisation id, a data key or an item field, depending on <paramref name="Source"/>.</param>
public sealed record CandidateGroupRule(string RoleCode, OrganisationSource Source, string Organisation)
{
    /// <summary>Role <paramref name="roleCode"/> of the fixed organisation <paramref name="organisationId"/>.</summary>
    public static CandidateGroupRule Fixed(string roleCode, string organisationId) =>
        new(roleCode, OrganisationSource.Fixed, organisationId);

    /// <summary>Role <paramref name="roleCode"/> of the organisation stored in instance data under <paramref name="dataKey"/>.</summary>
    public static CandidateGroupRule FromData(string roleCode, string dataKey) =>
        new(roleCode, OrganisationSource.InstanceData, dataKey);

    /// <summary>Role <paramref name="roleCode"/> of the organisation in field <paramref name="itemField"/> of the fan-out item.</summary>
    public static CandidateGroupRule FromItem(string roleCode, string itemField) =>
        new(roleCode, OrganisationSource.Item, itemField);

    /// <summary>Resolves the group against the instance data and the current item.</summary>
    /// <exception cref="WorkflowDataException">The key or field is missing, not a string, or there is no item.</exception>
    public CandidateGroup Resolve(JsonObject data, JsonObject? item) => Source switch
    {
        OrganisationSource.Fixed => new CandidateGroup(RoleCode, Organisation),
        OrganisationSource.InstanceData => new CandidateGroup(RoleCode, JsonData.RequireString(data, Organisation, "instance data")),
        OrganisationSource.Item => new CandidateGroup(
            RoleCode,
            JsonData.RequireString(
                item ?? throw new WorkflowDataException(
                    $"The candidate group takes its organisation from item field '{Organisation}', but the task is not inside a fan-out item."),
                Organisation,
                "the fan-out item")),
        _ => throw new ArgumentOutOfRangeException(nameof(Source), Source, "Unknown organisation source."),
    };

    /// <summary>A readable form, e.g. "Reviewer@item.reviewingBody".</summary>
    public override string ToString() => Source switch
    {
        OrganisationSource.InstanceData => $"{RoleCode}@data.{Organisation}",
        OrganisationSource.Item => $"{RoleCode}@item.{Organisation}",
        _ => $"{RoleCode}@{Organisation}",
    };
}
