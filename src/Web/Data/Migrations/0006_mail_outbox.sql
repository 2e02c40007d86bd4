-- 0006: the mail outbox (every e-mail is written in the same transaction as its cause) and in-app notifications.
-- Generated from the EF model (--print-model-script). Never edit after release: add the next numbered script.
CREATE TABLE "OutboxMessages" (
    "Id" uuid NOT NULL,
    "IdempotencyKey" character varying(200) NOT NULL,
    "RecipientUserId" uuid,
    "RecipientEmail" character varying(256) NOT NULL,
    "RecipientName" character varying(200) NOT NULL,
    "Culture" character varying(5) NOT NULL,
    "Template" character varying(60) NOT NULL,
    "Subject" character varying(300) NOT NULL,
    "TextBody" text NOT NULL,
    "HtmlBody" text NOT NULL,
    "Link" character varying(1000) NOT NULL,
    "Status" character varying(40) NOT NULL,
    "Attempts" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "DueAt" timestamp with time zone NOT NULL,
    "NextAttemptAt" timestamp with time zone NOT NULL,
    "SentAt" timestamp with time zone,
    "DeadAt" timestamp with time zone,
    "CancelledAt" timestamp with time zone,
    "LastError" character varying(2000),
    CONSTRAINT "PK_OutboxMessages" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_OutboxMessages_AspNetUsers_RecipientUserId" FOREIGN KEY ("RecipientUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL
);

CREATE TABLE "Notifications" (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "OutboxMessageId" uuid,
    "Title" character varying(300) NOT NULL,
    "Link" character varying(1000) NOT NULL,
    "VisibleFrom" timestamp with time zone NOT NULL,
    "ReadAt" timestamp with time zone,
    "WithdrawnAt" timestamp with time zone,
    CONSTRAINT "PK_Notifications" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Notifications_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Notifications_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE SET NULL
);

CREATE INDEX "IX_Notifications_OutboxMessageId" ON "Notifications" ("OutboxMessageId");
CREATE INDEX "IX_Notifications_UserId_ReadAt" ON "Notifications" ("UserId", "ReadAt");
CREATE UNIQUE INDEX "IX_OutboxMessages_IdempotencyKey" ON "OutboxMessages" ("IdempotencyKey");
CREATE INDEX "IX_OutboxMessages_RecipientUserId" ON "OutboxMessages" ("RecipientUserId");
CREATE INDEX "IX_OutboxMessages_Status_NextAttemptAt" ON "OutboxMessages" ("Status", "NextAttemptAt");
