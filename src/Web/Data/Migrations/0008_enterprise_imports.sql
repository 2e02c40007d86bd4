-- 0008: enterprise data imports (issue #3). The uploaded file is kept in the row so a restart loses nothing;
-- the result (problems or counts) is written when the background worker finishes.
CREATE TABLE "EnterpriseImports" (
    "Id" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "Format" character varying(40) NOT NULL,
    "Content" bytea NOT NULL,
    "Status" character varying(40) NOT NULL,
    "TotalRows" integer NOT NULL,
    "ProcessedRows" integer NOT NULL,
    "CreatedEnterprises" integer NOT NULL,
    "UpdatedEnterprises" integer NOT NULL,
    "ProblemsJson" jsonb,
    "UploadedByUserId" uuid NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "StartedAt" timestamp with time zone,
    "FinishedAt" timestamp with time zone,
    "Attempts" integer NOT NULL,
    CONSTRAINT "PK_EnterpriseImports" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_EnterpriseImports_Parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES "Parks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_EnterpriseImports_ParkId_UploadedAt" ON "EnterpriseImports" ("ParkId", "UploadedAt");
CREATE INDEX "IX_EnterpriseImports_Status" ON "EnterpriseImports" ("Status");
