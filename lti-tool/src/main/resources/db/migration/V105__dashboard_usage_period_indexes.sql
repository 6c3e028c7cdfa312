-- The consortium's usage report (issue 13) counts, for every member, what happened in a period: it
-- reads these indexes only (index-only scans), which PostgreSQL keeps exact as attempts start,
-- essays are marked and results are published; no summary table to keep in step. Attempts are read
-- in (member, mode, student) order, so the distinct students of each mode are counted without a sort.
CREATE INDEX assessment_attempt_usage ON assessment_attempt (member_id, mode, user_id, started_at);
CREATE INDEX assessment_essay_marked_usage ON assessment_essay (marked_at) INCLUDE (member_id, user_id)
    WHERE marked_at IS NOT NULL;
CREATE INDEX assessment_certification_result_published_usage ON assessment_certification_result (published_at)
    INCLUDE (member_id) WHERE status = 'PUBLISHED';
