using System.Text.Json.Nodes;

namespace Certification.Workflows.Runtime;

/// <summary>What a host action sees when an <see cref="Activities.AutomaticAction"/> runs it.</summary>
/// <param name="InstanceId">The instance being run.</param>
/// <param name="DefinitionName">The instance's definition, e.g. to tell which certificate an action issues.</param>
/// <param name="CorrelationId">The host's business key of the instance, if any.</param>
/// <param name="ActivityId">The action activity's id.</param>
/// <param name="ItemKey">The fan-out item of the path, if any.</param>
/// <param name="Data">
/// A working copy of the instance data. The action may write results into it (e.g. "certificateNumber");
/// it replaces the instance data only if the action completes without throwing.
/// </param>
/// <param name="Item">A copy of the fan-out item, if any.</param>
public sealed record ActionContext(
    Guid InstanceId, string DefinitionName, string? CorrelationId, string ActivityId, string? ItemKey, JsonObject Data, JsonObject? Item);
