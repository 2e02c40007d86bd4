using Certification.Criteria.Loading;
using Certification.Web.Domain.Assessment;

namespace Certification.Web.Infrastructure.Assessment;

/// <summary>The outcome of an upload: the stored draft, or every problem found (and nothing stored).</summary>
public sealed record IndicatorSetUpload(IndicatorSetVersion? Draft, IReadOnlyList<ValidationProblem> Problems)
{
    public bool Succeeded => Draft is not null;
}
