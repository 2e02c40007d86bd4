namespace Certification.Workflows.Runtime;

/// <summary>
/// One path of execution about to run <paramref name="ActivityId"/>: the fan-out item it belongs to
/// and the innermost parallel scope it runs in. Tokens live only inside a runner call; a waiting path
/// is persisted as a <see cref="Bookmark"/> or an <see cref="Incident"/> carrying the same three values.
/// </summary>
internal sealed record ExecutionToken(string ActivityId, string? ItemKey, Guid? ScopeId);
