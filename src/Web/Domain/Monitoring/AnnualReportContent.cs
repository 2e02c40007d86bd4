namespace Certification.Web.Domain.Monitoring;

/// <summary>
/// What the filer writes in a yearly report (form A.4 for a park, B.4 for an eco-enterprise). The figures per
/// resource and the symbiosis links themselves are not here: they are the enterprise facts and the symbiosis registry
/// of the reporting year, which the report shows and the re-evaluation reads.
/// </summary>
/// <param name="LandUse">Park reports only (A.4 section 1); null for enterprise reports.</param>
/// <param name="LegalCompliance">Summary of compliance with the laws on investment, land, construction, environment and labour in the year.</param>
/// <param name="CompliedWithLaw">Enterprise reports only: the enterprise declares it complied (criterion LEGAL.1); null for parks, whose LEGAL.1 is an A.5 answer.</param>
/// <param name="RecpResults">The RECP solutions applied in the year and their results, in words.</param>
/// <param name="SymbiosisResults">The results of the symbiosis links in the year, in words.</param>
public sealed record AnnualReportContent(LandUse? LandUse, string LegalCompliance, bool? CompliedWithLaw, string RecpResults, string SymbiosisResults);
