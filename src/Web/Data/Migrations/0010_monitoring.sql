-- 0010: yearly monitoring reports (Decree 35 Art 43: forms A.4/A.5 for parks, B.4/B.5 for eco-enterprises) with their
-- evidence, and the watch list (Art 44: missed report or failed mandatory criterion → notice → remedy or revocation).
-- A subject has at most one open watch entry (partial unique index).
CREATE TABLE "AnnualReports" (
    "Id" uuid NOT NULL,
    "Subject" character varying(40) NOT NULL,
    "ParkId" uuid NOT NULL,
    "EnterpriseId" uuid,
    "SubjectId" uuid NOT NULL,
    "ReportingYear" integer NOT NULL,
    "Revision" integer NOT NULL,
    "Status" character varying(40) NOT NULL,
    "TotalHectares" numeric(12,2),
    "IndustrialHectares" numeric(12,2),
    "LeasedHectares" numeric(12,2),
    "LegalCompliance" character varying(8000) NOT NULL,
    "CompliedWithLaw" boolean,
    "RecpResults" character varying(8000) NOT NULL,
    "SymbiosisResults" character varying(8000) NOT NULL,
    "CreatedByUserId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "SubmittedByUserId" uuid,
    "ReviewedAt" timestamp with time zone,
    "ReviewedByUserId" uuid,
    "ReturnReason" character varying(4000),
    "Evaluation" jsonb,
    "AssessmentRecordId" uuid,
    "IsDemo" boolean NOT NULL,
    CONSTRAINT "PK_AnnualReports" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AnnualReports_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AnnualReports_Parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES "Parks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AnnualReportEvidence" (
    "AnnualReportId" uuid NOT NULL,
    "EvidenceFileId" uuid NOT NULL,
    CONSTRAINT "PK_AnnualReportEvidence" PRIMARY KEY ("AnnualReportId", "EvidenceFileId"),
    CONSTRAINT "FK_AnnualReportEvidence_AnnualReports_AnnualReportId" FOREIGN KEY ("AnnualReportId") REFERENCES "AnnualReports" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AnnualReportEvidence_EvidenceFiles_EvidenceFileId" FOREIGN KEY ("EvidenceFileId") REFERENCES "EvidenceFiles" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WatchEntries" (
    "Id" uuid NOT NULL,
    "Subject" character varying(40) NOT NULL,
    "ParkId" uuid NOT NULL,
    "EnterpriseId" uuid,
    "SubjectId" uuid NOT NULL,
    "ProvinceId" uuid NOT NULL,
    "CertificateId" uuid NOT NULL,
    "Reason" character varying(40) NOT NULL,
    "ReportingYear" integer NOT NULL,
    "FailedCriteria" jsonb NOT NULL,
    "AnnualReportId" uuid,
    "OpenedOn" date NOT NULL,
    "Status" character varying(40) NOT NULL,
    "NoticeText" character varying(8000),
    "NoticedOn" date,
    "RemedyWorkingDays" integer,
    "RemedyDueOn" date,
    "NoticedByUserId" uuid,
    "RemediedOn" date,
    "RemedyReportId" uuid,
    "ProposedOn" date,
    "DecidedOn" date,
    "DecidedByUserId" uuid,
    "DecisionNote" character varying(4000),
    "IsDemo" boolean NOT NULL,
    CONSTRAINT "PK_WatchEntries" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_WatchEntries_AnnualReports_AnnualReportId" FOREIGN KEY ("AnnualReportId") REFERENCES "AnnualReports" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WatchEntries_AnnualReports_RemedyReportId" FOREIGN KEY ("RemedyReportId") REFERENCES "AnnualReports" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WatchEntries_Certificates_CertificateId" FOREIGN KEY ("CertificateId") REFERENCES "Certificates" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WatchEntries_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WatchEntries_Parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES "Parks" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WatchEntries_Provinces_ProvinceId" FOREIGN KEY ("ProvinceId") REFERENCES "Provinces" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AnnualReportEvidence_EvidenceFileId" ON "AnnualReportEvidence" ("EvidenceFileId");

CREATE INDEX "IX_AnnualReports_EnterpriseId" ON "AnnualReports" ("EnterpriseId");

CREATE INDEX "IX_AnnualReports_ParkId" ON "AnnualReports" ("ParkId");

CREATE UNIQUE INDEX "IX_AnnualReports_SubjectId_ReportingYear_Revision" ON "AnnualReports" ("SubjectId", "ReportingYear", "Revision");

CREATE INDEX "IX_WatchEntries_AnnualReportId" ON "WatchEntries" ("AnnualReportId");

CREATE INDEX "IX_WatchEntries_CertificateId" ON "WatchEntries" ("CertificateId");

CREATE INDEX "IX_WatchEntries_EnterpriseId" ON "WatchEntries" ("EnterpriseId");

CREATE INDEX "IX_WatchEntries_ParkId" ON "WatchEntries" ("ParkId");

CREATE INDEX "IX_WatchEntries_ProvinceId_Status" ON "WatchEntries" ("ProvinceId", "Status");

CREATE INDEX "IX_WatchEntries_RemedyReportId" ON "WatchEntries" ("RemedyReportId");

CREATE UNIQUE INDEX "IX_WatchEntries_SubjectId_Open" ON "WatchEntries" ("SubjectId") WHERE "Status" IN ('Watching', 'Noticed', 'RevocationProposed');
