-- 0002: an evidence file attached to a submitted dossier can be neither changed nor deleted,
-- whatever code path tries it (the domain method checks first; this is the last line of defence).
CREATE FUNCTION evidence_locked_guard() RETURNS trigger AS $$
BEGIN
    IF OLD."LockedAt" IS NOT NULL THEN
        RAISE EXCEPTION 'evidence file % is attached to a submission and cannot be changed or deleted', OLD."Id"
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER evidence_locked
    BEFORE UPDATE OR DELETE ON "EvidenceFiles"
    FOR EACH ROW EXECUTE FUNCTION evidence_locked_guard();
