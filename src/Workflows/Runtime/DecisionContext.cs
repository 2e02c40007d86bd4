using System.Text.Json.Nodes;

namespace Certification.Workflows.Runtime;

/// <summary>What a host predicate sees when a <see cref="Activities.Decision"/> evaluates it.</summary>
/// <param name="InstanceId">The instance being run.</param>
/// <param name="DefinitionName">The instance's definition.</param>
/// <param name="CorrelationId">The host's business key of the instance, if any.</param>
/// <param name="ItemKey">The fan-out item of the path, if any.</param>
/// <param name="Data">A copy of the instance data; changing it has no effect.</param>
/// <param name="Item">A copy of the fan-out item, if any.</param>
public sealed record DecisionContext(Guid InstanceId, string DefinitionName, string? CorrelationId, string? ItemKey, JsonObject Data, JsonObject? Item);
