namespace Certification.Workflows.Definitions;

/// <summary>
/// A transition as data: when activity <paramref name="From"/> completes with
/// <paramref name="Outcome"/>, the path continues at <paramref name="To"/>.
/// </summary>
public sealed record Transition(string From, string Outcome, string To);
