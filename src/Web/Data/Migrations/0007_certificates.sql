-- 0007: issued certificates (issue #6). The PDF is an evidence file, locked at issue; revocation is a dated row change.
CREATE TABLE "Certificates" (
    "Id" uuid NOT NULL,
    "Number" character varying(60) NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "ProvinceId" uuid NOT NULL,
    "ParkId" uuid,
    "EnterpriseId" uuid,
    "SubjectName" character varying(300) NOT NULL,
    "IssuerName" character varying(300) NOT NULL,
    "LegalBasis" character varying(1000) NOT NULL,
    "IssuedOn" date NOT NULL,
    "ValidUntil" date,
    "VerificationCode" character(24) NOT NULL,
    "PdfFileId" uuid NOT NULL,
    "RevokedOn" date,
    "RevocationReason" character varying(2000),
    CONSTRAINT "PK_Certificates" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Certificates_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Certificates_EvidenceFiles_PdfFileId" FOREIGN KEY ("PdfFileId") REFERENCES "EvidenceFiles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Certificates_Parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES "Parks" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Certificates_Provinces_ProvinceId" FOREIGN KEY ("ProvinceId") REFERENCES "Provinces" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Certificates_EnterpriseId" ON "Certificates" ("EnterpriseId");
CREATE UNIQUE INDEX "IX_Certificates_Number" ON "Certificates" ("Number");
CREATE INDEX "IX_Certificates_ParkId" ON "Certificates" ("ParkId");
CREATE INDEX "IX_Certificates_PdfFileId" ON "Certificates" ("PdfFileId");
CREATE INDEX "IX_Certificates_ProvinceId_Kind" ON "Certificates" ("ProvinceId", "Kind");
CREATE UNIQUE INDEX "IX_Certificates_VerificationCode" ON "Certificates" ("VerificationCode");
