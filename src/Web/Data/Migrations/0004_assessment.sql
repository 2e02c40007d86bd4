-- 0004: indicator-set versions, park answers with evidence, enterprise facts per year, the symbiosis registry and
-- saved park assessments (issue #3). The national sets themselves are inserted by 0004b.
CREATE TABLE "IndicatorSetVersions" (
    "Id" uuid NOT NULL,
    "SetId" character varying(100) NOT NULL,
    "Version" integer NOT NULL,
    "EffectiveDate" date NOT NULL,
    "Subject" character varying(40) NOT NULL,
    "Title" character varying(500) NOT NULL,
    "Json" text NOT NULL,
    "Status" character varying(40) NOT NULL,
    "UploadedByUserId" uuid,
    "UploadedAt" timestamp with time zone NOT NULL,
    "PublishedByUserId" uuid,
    "PublishedAt" timestamp with time zone,
    CONSTRAINT "PK_IndicatorSetVersions" PRIMARY KEY ("Id")
);

CREATE TABLE "ParkAnswers" (
    "Id" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "IndicatorCode" character varying(40) NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "YesNo" boolean,
    "NumberValue" numeric(20,4),
    "Part" numeric(20,4),
    "Whole" numeric(20,4),
    "Unit" character varying(40),
    "Note" character varying(2000),
    "AnsweredByUserId" uuid,
    "AnsweredAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ParkAnswers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ParkAnswers_Parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES "Parks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ParkAssessmentRecords" (
    "Id" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "SetId" character varying(100) NOT NULL,
    "SetVersion" integer NOT NULL,
    "EvaluatedOn" date NOT NULL,
    "RecordedAt" timestamp with time zone NOT NULL,
    "RecordedByUserId" uuid,
    "CompliancePercent" numeric(5,2),
    "AllMandatoryMet" boolean NOT NULL,
    "MetCount" integer NOT NULL,
    "ApplicableCount" integer NOT NULL,
    "ResultJson" jsonb NOT NULL,
    CONSTRAINT "PK_ParkAssessmentRecords" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ParkAssessmentRecords_Parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES "Parks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EnterpriseFacts" (
    "Id" uuid NOT NULL,
    "EnterpriseId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Workforce" integer,
    "AppliesRecp" boolean,
    "ElectricityKwh" numeric(20,3),
    "FuelTonnes" numeric(20,3),
    "Co2Tonnes" numeric(20,3),
    "WaterCubicMetres" numeric(20,3),
    "WastewaterCubicMetres" numeric(20,3),
    "WasteReusedOrRecycledTonnes" numeric(20,3),
    "MaterialsTonnes" numeric(20,3),
    "ChemicalsTonnes" numeric(20,3),
    "Vnd" numeric(20,3),
    "IsoSystems" character varying(200),
    "HasGrievanceProcedure" boolean,
    "DisclosesInformation" boolean,
    "AppliesGenderEquality" boolean,
    "HasAntiHarassmentRules" boolean,
    "UpdatedByUserId" uuid,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_EnterpriseFacts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_EnterpriseFacts_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SymbiosisLinks" (
    "Id" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "EnterpriseId" uuid NOT NULL,
    "PartnerEnterpriseId" uuid,
    "PartnerName" character varying(300),
    "Type" character varying(40) NOT NULL,
    "PartnerLocation" character varying(40) NOT NULL,
    "Description" character varying(1000) NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    "AgreementFileId" uuid,
    "IsDemo" boolean NOT NULL,
    CONSTRAINT "PK_SymbiosisLinks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_SymbiosisLinks_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SymbiosisLinks_Enterprises_PartnerEnterpriseId" FOREIGN KEY ("PartnerEnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SymbiosisLinks_EvidenceFiles_AgreementFileId" FOREIGN KEY ("AgreementFileId") REFERENCES "EvidenceFiles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SymbiosisLinks_Parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES "Parks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ParkAnswerEvidence" (
    "ParkAnswerId" uuid NOT NULL,
    "EvidenceFileId" uuid NOT NULL,
    CONSTRAINT "PK_ParkAnswerEvidence" PRIMARY KEY ("ParkAnswerId", "EvidenceFileId"),
    CONSTRAINT "FK_ParkAnswerEvidence_EvidenceFiles_EvidenceFileId" FOREIGN KEY ("EvidenceFileId") REFERENCES "EvidenceFiles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ParkAnswerEvidence_ParkAnswers_ParkAnswerId" FOREIGN KEY ("ParkAnswerId") REFERENCES "ParkAnswers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_EnterpriseFacts_EnterpriseId_Year" ON "EnterpriseFacts" ("EnterpriseId", "Year");

CREATE UNIQUE INDEX "IX_IndicatorSetVersions_SetId_Version" ON "IndicatorSetVersions" ("SetId", "Version");

CREATE INDEX "IX_ParkAnswerEvidence_EvidenceFileId" ON "ParkAnswerEvidence" ("EvidenceFileId");

CREATE UNIQUE INDEX "IX_ParkAnswers_ParkId_IndicatorCode" ON "ParkAnswers" ("ParkId", "IndicatorCode");

CREATE INDEX "IX_ParkAssessmentRecords_ParkId_RecordedAt" ON "ParkAssessmentRecords" ("ParkId", "RecordedAt");

CREATE INDEX "IX_SymbiosisLinks_AgreementFileId" ON "SymbiosisLinks" ("AgreementFileId");

CREATE INDEX "IX_SymbiosisLinks_EnterpriseId" ON "SymbiosisLinks" ("EnterpriseId");

CREATE INDEX "IX_SymbiosisLinks_ParkId" ON "SymbiosisLinks" ("ParkId");

CREATE INDEX "IX_SymbiosisLinks_PartnerEnterpriseId" ON "SymbiosisLinks" ("PartnerEnterpriseId");
