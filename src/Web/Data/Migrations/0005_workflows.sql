-- 0005: certification applications and the workflow runtime's tables (instances, task rows, definition versions),
-- the holiday table and the certificate counters. Generated from the EF model (--print-model-script).
-- Never edit after release: add the next numbered script.
CREATE TABLE "ProcessDefinitionVersions" (
    "Name" character varying(100) NOT NULL,
    "Version" integer NOT NULL,
    "Settings" jsonb NOT NULL,
    "RegisteredAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ProcessDefinitionVersions" PRIMARY KEY ("Name", "Version")
);

CREATE TABLE "PublicHolidays" (
    "Date" date NOT NULL,
    "Name" character varying(200) NOT NULL,
    "IsSeed" boolean NOT NULL,
    CONSTRAINT "PK_PublicHolidays" PRIMARY KEY ("Date")
);

CREATE TABLE "WorkflowInstances" (
    "Id" uuid NOT NULL,
    "DefinitionName" character varying(100) NOT NULL,
    "DefinitionVersion" integer NOT NULL,
    "CorrelationId" character varying(100),
    "Status" character varying(40) NOT NULL,
    "FinalOutcome" character varying(100),
    "Version" bigint NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "CompletedAt" timestamp with time zone,
    "Data" jsonb NOT NULL,
    "Bookmarks" jsonb NOT NULL,
    "Journal" jsonb NOT NULL,
    "Incidents" jsonb NOT NULL,
    "Scopes" jsonb NOT NULL,
    "Clocks" jsonb NOT NULL,
    CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY ("Id")
);

CREATE TABLE "CertificateCounters" (
    "ProvinceId" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Year" integer NOT NULL,
    "LastNumber" integer NOT NULL,
    CONSTRAINT "PK_CertificateCounters" PRIMARY KEY ("ProvinceId", "Kind", "Year"),
    CONSTRAINT "FK_CertificateCounters_Provinces_ProvinceId" FOREIGN KEY ("ProvinceId") REFERENCES "Provinces" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WorkflowTasks" (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "ApplicationId" uuid,
    "ActivityId" character varying(100) NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "RoleCode" character varying(40),
    "OrganisationId" character varying(100),
    "FormKey" character varying(100),
    "ItemKey" character varying(100),
    "DueOn" date,
    "FireAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_WorkflowTasks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_WorkflowTasks_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Applications" (
    "Id" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "ProvinceId" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "EnterpriseId" uuid,
    "ApplicantOrganisationId" uuid NOT NULL,
    "BoardOrganisationId" uuid NOT NULL,
    "CommitteeOrganisationId" uuid,
    "Status" character varying(40) NOT NULL,
    "WorkflowInstanceId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "DossierCompleteOn" date,
    "MissingItems" character varying(4000),
    "DecidedAt" timestamp with time zone,
    "RefusalReasons" character varying(4000),
    "CertificateNumber" character varying(60),
    "CertificateIssuedOn" date,
    "CriteriaSetId" character varying(100),
    "CriteriaSetVersion" character varying(40),
    "IsDemo" boolean NOT NULL,
    CONSTRAINT "PK_Applications" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Applications_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Applications_Organisations_ApplicantOrganisationId" FOREIGN KEY ("ApplicantOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Applications_Parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES "Parks" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Applications_Provinces_ProvinceId" FOREIGN KEY ("ProvinceId") REFERENCES "Provinces" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Applications_WorkflowInstances_WorkflowInstanceId" FOREIGN KEY ("WorkflowInstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DossierDocuments" (
    "Id" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "EvidenceFileId" uuid NOT NULL,
    "IndicatorCode" character varying(40),
    "AttachedAt" timestamp with time zone NOT NULL,
    "ApplicationId" uuid NOT NULL,
    CONSTRAINT "PK_DossierDocuments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DossierDocuments_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DossierDocuments_EvidenceFiles_EvidenceFileId" FOREIGN KEY ("EvidenceFileId") REFERENCES "EvidenceFiles" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "IndicatorRoutes" (
    "Id" uuid NOT NULL,
    "IndicatorCode" character varying(100) NOT NULL,
    "ReviewingBodyId" uuid NOT NULL,
    "Decision" character varying(40),
    "Comment" character varying(4000),
    "DecidedAt" timestamp with time zone,
    "ApplicationId" uuid NOT NULL,
    CONSTRAINT "PK_IndicatorRoutes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_IndicatorRoutes_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_IndicatorRoutes_Organisations_ReviewingBodyId" FOREIGN KEY ("ReviewingBodyId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Applications_ApplicantOrganisationId" ON "Applications" ("ApplicantOrganisationId");

CREATE UNIQUE INDEX "IX_Applications_CertificateNumber" ON "Applications" ("CertificateNumber");

CREATE INDEX "IX_Applications_EnterpriseId" ON "Applications" ("EnterpriseId");

CREATE INDEX "IX_Applications_ParkId" ON "Applications" ("ParkId");

CREATE INDEX "IX_Applications_ProvinceId_Status" ON "Applications" ("ProvinceId", "Status");

CREATE UNIQUE INDEX "IX_Applications_WorkflowInstanceId" ON "Applications" ("WorkflowInstanceId");

CREATE INDEX "IX_DossierDocuments_ApplicationId" ON "DossierDocuments" ("ApplicationId");

CREATE INDEX "IX_DossierDocuments_EvidenceFileId" ON "DossierDocuments" ("EvidenceFileId");

CREATE INDEX "IX_IndicatorRoutes_ApplicationId" ON "IndicatorRoutes" ("ApplicationId");

CREATE INDEX "IX_IndicatorRoutes_ReviewingBodyId" ON "IndicatorRoutes" ("ReviewingBodyId");

CREATE INDEX "IX_WorkflowInstances_CorrelationId" ON "WorkflowInstances" ("CorrelationId");

CREATE INDEX "IX_WorkflowInstances_Status" ON "WorkflowInstances" ("Status");

CREATE INDEX "IX_WorkflowTasks_ApplicationId" ON "WorkflowTasks" ("ApplicationId");

CREATE INDEX "IX_WorkflowTasks_InstanceId" ON "WorkflowTasks" ("InstanceId");

CREATE INDEX "IX_WorkflowTasks_Kind_FireAt" ON "WorkflowTasks" ("Kind", "FireAt");

CREATE INDEX "IX_WorkflowTasks_RoleCode_OrganisationId_DueOn" ON "WorkflowTasks" ("RoleCode", "OrganisationId", "DueOn");
