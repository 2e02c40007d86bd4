-- 0003: the six roles are reference data. If you add a role to Roles.All, add it here in a new script.
INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES
    ('8f1c2a10-0001-4c1e-9a51-000000000001', 'ParkDeveloper', 'PARKDEVELOPER', 'seed-0003'),
    ('8f1c2a10-0001-4c1e-9a51-000000000002', 'Enterprise', 'ENTERPRISE', 'seed-0003'),
    ('8f1c2a10-0001-4c1e-9a51-000000000003', 'Reviewer', 'REVIEWER', 'seed-0003'),
    ('8f1c2a10-0001-4c1e-9a51-000000000004', 'Board', 'BOARD', 'seed-0003'),
    ('8f1c2a10-0001-4c1e-9a51-000000000005', 'Committee', 'COMMITTEE', 'seed-0003'),
    ('8f1c2a10-0001-4c1e-9a51-000000000006', 'Administrator', 'ADMINISTRATOR', 'seed-0003')
ON CONFLICT DO NOTHING;
