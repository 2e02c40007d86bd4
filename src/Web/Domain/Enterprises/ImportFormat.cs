namespace Certification.Web.Domain.Enterprises;

/// <summary>File formats the enterprise import reads and the template is offered in.</summary>
public enum ImportFormat
{
    Xlsx,
    Csv,
}
