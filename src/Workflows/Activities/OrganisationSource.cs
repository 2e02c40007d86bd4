namespace Certification.Workflows.Activities;

/// <summary>Where a <see cref="CandidateGroupRule"/> finds the organisation of the candidate group.</summary>
public enum OrganisationSource
{
    /// <summary>The organisation id is written in the definition.</summary>
    Fixed,

    /// <summary>The organisation id is a string in the instance data under the given key.</summary>
    InstanceData,

    /// <summary>The organisation id is a string field of the current fan-out item.</summary>
    Item,
}
