-- The course groups a roster member belongs to, when the platform's NRPS says so (the groups
-- extension's group_enrollments[].group_id). Moodle's NRPS sends none: the list stays empty.
ALTER TABLE lti_roster_member ADD COLUMN groups TEXT[] NOT NULL DEFAULT '{}';
