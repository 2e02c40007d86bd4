namespace Certification.Web.Infrastructure.Evidence;

/// <summary>Evidence settings from appsettings.json "Evidence". <see cref="StorePath"/> is absolute after registration.</summary>
public sealed record EvidenceOptions(string StorePath, long MaxFileBytes);
