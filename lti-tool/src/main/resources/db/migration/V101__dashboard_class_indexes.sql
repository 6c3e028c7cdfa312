-- The class dashboard reads a course's attempts as a set (DESIGN §8): every one of its queries
-- starts from (member, course context) and groups by student. Without this index each view scans
-- the member's attempts; with it a class of 1,000 students reads only its own rows. Attempt items
-- and competency levels are then reached by their primary keys (attempt_id, ...).
CREATE INDEX assessment_attempt_course ON assessment_attempt (member_id, context_id, user_id)
    WHERE context_id IS NOT NULL;
-- A course's placed activities.
CREATE INDEX lti_resource_link_course ON lti_resource_link (member_id, context_id) WHERE context_id IS NOT NULL;
