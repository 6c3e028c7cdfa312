-- A certifying attempt starts only from a certification activity, a configured number of times per
-- person and certification (DESIGN §7): the person is the user of one member (one platform user,
-- iss + sub, across every deployment, course and link of the member); the certification is the
-- placed certification activity's identity (its plume_activity custom parameter). Each attempt
-- holds one numbered seat, and the unique index below lets only one request take a seat, whichever
-- node serves it; the limit itself is the tool's setting (plume.assessment.certification).
ALTER TABLE assessment_attempt ADD COLUMN certification_id VARCHAR(100);
ALTER TABLE assessment_attempt ADD COLUMN certification_seat INT CHECK (certification_seat >= 1);
ALTER TABLE assessment_attempt ADD CONSTRAINT assessment_attempt_certification_only_certifying
    CHECK (certification_id IS NULL OR mode = 'CERTIFICATION');
ALTER TABLE assessment_attempt ADD CONSTRAINT assessment_attempt_certification_seat_pair
    CHECK ((certification_id IS NULL) = (certification_seat IS NULL));

-- Certifying attempts started before this migration: the tool offered a single certification
-- ("certification"), so they are seats of that one, in the order they were started.
UPDATE assessment_attempt a
   SET certification_id = 'certification', certification_seat = seats.seat
  FROM (SELECT id, row_number() OVER (PARTITION BY member_id, user_id ORDER BY started_at, id) AS seat
          FROM assessment_attempt WHERE mode = 'CERTIFICATION') seats
 WHERE a.id = seats.id;

-- The limit is per person and certification now, no longer per resource link.
DROP INDEX assessment_attempt_one_certifying;
CREATE UNIQUE INDEX assessment_attempt_certification_seat
    ON assessment_attempt (member_id, user_id, certification_id, certification_seat) WHERE mode = 'CERTIFICATION';
