-- 0004c: a published indicator-set version and a saved park assessment never change, whatever code path tries
-- (the domain refuses first; this is the last line of defence). A draft may still be replaced or published.
CREATE FUNCTION indicator_set_published_guard() RETURNS trigger AS $$
BEGIN
    IF OLD."Status" = 'Published' THEN
        RAISE EXCEPTION 'indicator set % version % is published and cannot be changed or deleted', OLD."SetId", OLD."Version"
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER indicator_set_published
    BEFORE UPDATE OR DELETE ON "IndicatorSetVersions"
    FOR EACH ROW EXECUTE FUNCTION indicator_set_published_guard();

CREATE FUNCTION park_assessment_record_guard() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'park assessment record % is a snapshot and cannot be changed or deleted', OLD."Id"
        USING ERRCODE = 'check_violation';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER park_assessment_record_immutable
    BEFORE UPDATE OR DELETE ON "ParkAssessmentRecords"
    FOR EACH ROW EXECUTE FUNCTION park_assessment_record_guard();
