using Certification.Web.Data;
using Certification.Web.Domain.Certificates;
using Certification.Web.Domain.Evidence;

namespace Certification.Web.Tests.Infrastructure;

/// <summary>
/// A certificate as tests outside the certificate tests need it: its row and a row for its PDF file, with no bytes in
/// the store (rendering and serving the real PDF is <c>CertificateTests</c>' business). The caller saves.
/// </summary>
public static class StoredCertificate
{
    public static Certificate Add(CertificationDbContext db, Certificate certificate, Guid issuerOrganisationId, DateTimeOffset? uploadedAt = null)
    {
        var pdf = new EvidenceFile(new string('c', 64), 10, "application/pdf", "gcn.pdf", issuerOrganisationId, Guid.NewGuid(),
            uploadedAt ?? DateTimeOffset.UtcNow);
        db.EvidenceFiles.Add(pdf);
        certificate.AttachPdf(pdf.Id);
        db.Certificates.Add(certificate);
        return certificate;
    }
}
