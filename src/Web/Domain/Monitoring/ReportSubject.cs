namespace Certification.Web.Domain.Monitoring;

/// <summary>Who files a yearly monitoring report (Decree 35 Art 43): the park investor (forms A.4/A.5) or an eco-enterprise (B.4/B.5).</summary>
public enum ReportSubject
{
    Park,
    Enterprise,
}
