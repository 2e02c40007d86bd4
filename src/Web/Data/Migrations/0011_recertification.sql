-- 0011: re-certification (Decree 35 Art 45, issue #7). An application may renew a certificate; the certificate it renews is
-- marked replaced (day and new number) when the new one is issued, so /Verify says which number took its place.
ALTER TABLE "Applications" ADD "RenewsCertificateId" uuid;
ALTER TABLE "Applications" ADD CONSTRAINT "FK_Applications_Certificates_RenewsCertificateId"
    FOREIGN KEY ("RenewsCertificateId") REFERENCES "Certificates" ("Id") ON DELETE RESTRICT;
CREATE INDEX "IX_Applications_RenewsCertificateId" ON "Applications" ("RenewsCertificateId");

ALTER TABLE "Certificates" ADD "ReplacedOn" date;
ALTER TABLE "Certificates" ADD "ReplacedByNumber" character varying(60);
