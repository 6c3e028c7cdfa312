-- Benchmark data for the usage report and the class dashboards (issue 13), loaded by
-- fr.plume.tool.dashboard.benchmark.UsageDataGenerator into an empty database that the tool has
-- migrated: 40 members, 2,000 courses, 100,000 students (one class of 1,000), 200,000 attempts,
-- 3,000,000 answers across 16 competencies and the three modes, marked essays, published
-- certification results and the monthly launch counts, over two academic years (2024-09 to 2026-08).
-- Deterministic: every id is an md5 of its number; setseed fixes the answers.
SELECT setseed(0.42);

INSERT INTO member (id, code, name)
SELECT md5('member-' || m)::uuid, 'bench-' || lpad((m + 1)::text, 2, '0'), 'Université de test ' || (m + 1)
FROM generate_series(0, 39) m;

INSERT INTO lti_registration (id, member_id, label, issuer, client_id, authorization_endpoint, token_endpoint,
                              jwks_uri, status, created_at, updated_at)
SELECT md5('registration-' || m)::uuid, md5('member-' || m)::uuid, 'Moodle ' || (m + 1),
       'https://moodle-' || (m + 1) || '.bench.test', 'plume-bench-' || (m + 1),
       'https://moodle-' || (m + 1) || '.bench.test/mod/lti/auth.php',
       'https://moodle-' || (m + 1) || '.bench.test/mod/lti/token.php',
       'https://moodle-' || (m + 1) || '.bench.test/mod/lti/certs.php', 'ACTIVE', '2024-06-01', '2024-06-01'
FROM generate_series(0, 39) m;

-- 50 courses per member; course 0 of the first member is the class of 1,000 students.
CREATE TEMP TABLE bench_course AS
SELECT m * 50 + c AS n, m, md5('member-' || m)::uuid AS member_id, md5('course-' || (m * 50 + c))::uuid AS id,
       'https://moodle-' || (m + 1) || '.bench.test' AS issuer
FROM generate_series(0, 39) m, generate_series(0, 49) c;

INSERT INTO lti_context (id, member_id, issuer, platform_context_id, label, title, created_at, updated_at)
SELECT id, member_id, issuer, (n + 1)::text, 'FLE-' || (n + 1), 'Français écrit, groupe ' || (n + 1),
       '2024-08-25', '2024-08-25'
FROM bench_course;

INSERT INTO lti_resource_link (id, member_id, issuer, platform_link_id, context_id, title, custom, created_at, updated_at)
SELECT md5('link-' || c.n || '-' || k.kind)::uuid, c.member_id, c.issuer, c.n || '-' || k.kind, c.id,
       initcap(lower(k.kind)), jsonb_build_object('plume_kind', k.kind), '2024-08-25', '2024-08-25'
FROM bench_course c, (VALUES ('DIAGNOSTIC'), ('FORMATIVE'), ('CERTIFICATION')) k(kind);

-- 2,500 students per member; a student's ability theta is about normal (sum of three uniforms).
CREATE TEMP TABLE bench_student AS
SELECT s.n, s.n / 2500 AS m, md5('member-' || (s.n / 2500))::uuid AS member_id, md5('student-' || s.n)::uuid AS user_id,
       md5('course-' || ((s.n / 2500) * 50 + CASE
           WHEN s.n < 1000 THEN 0
           WHEN s.n < 2500 THEN 1 + (s.n % 49)
           ELSE s.n % 50 END))::uuid AS context_id,
       (s.n / 2500) * 50 + CASE WHEN s.n < 1000 THEN 0 WHEN s.n < 2500 THEN 1 + (s.n % 49) ELSE s.n % 50 END AS course,
       (random() + random() + random() - 1.5) * 1.6 AS theta
FROM generate_series(0, 99999) s(n);

INSERT INTO lti_user (id, member_id, issuer, subject, created_at, last_launch_at)
SELECT s.user_id, s.member_id, 'https://moodle-' || (s.m + 1) || '.bench.test', 'student-' || s.n, '2024-09-01', '2026-06-30'
FROM bench_student s;

-- one teacher per course
INSERT INTO lti_user (id, member_id, issuer, subject, created_at, last_launch_at)
SELECT md5('teacher-' || c.n)::uuid, c.member_id, c.issuer, 'teacher-' || c.n, '2024-08-25', '2026-06-30'
FROM bench_course c;

INSERT INTO lti_enrolment (member_id, context_id, user_id, roles, last_launch_at, registration_id)
SELECT s.member_id, s.context_id, s.user_id, '{LEARNER}', '2026-06-30', md5('registration-' || s.m)::uuid
FROM bench_student s;
INSERT INTO lti_enrolment (member_id, context_id, user_id, roles, last_launch_at, registration_id)
SELECT c.member_id, c.id, md5('teacher-' || c.n)::uuid, '{INSTRUCTOR}', '2026-06-30', md5('registration-' || c.m)::uuid
FROM bench_course c;

-- Attempts: every student a diagnostic (15 answers); 4 in 5 a formative session (10 answers); 1 in 5
-- a certification (35 answers): 1,500,000 + 800,000 + 700,000 answers. One student in four worked
-- in 2024-2025, the others in 2025-2026.
CREATE TEMP TABLE bench_attempt AS
SELECT md5('attempt-' || s.n || '-' || k.mode)::uuid AS id, s.n AS student, s.member_id, s.user_id, s.context_id,
       md5('link-' || s.course || '-' || k.mode)::uuid AS link_id, k.mode, k.answers, s.theta,
       (CASE WHEN s.n % 4 = 0 THEN timestamptz '2024-09-02 08:00Z' ELSE timestamptz '2025-09-01 08:00Z' END)
           + k.offset_days * interval '1 day' + (s.n % 60) * interval '1 day' + (s.n % 600) * interval '1 minute'
           AS started_at
FROM bench_student s,
     (VALUES ('DIAGNOSTIC', 15, 10), ('FORMATIVE', 10, 90), ('CERTIFICATION', 35, 200)) k(mode, answers, offset_days)
WHERE k.mode = 'DIAGNOSTIC' OR (k.mode = 'FORMATIVE' AND s.n % 5 < 4) OR (k.mode = 'CERTIFICATION' AND s.n % 5 = 4);

INSERT INTO assessment_attempt (id, member_id, user_id, resource_link_id, context_id, mode, competencies, seed,
                                accessible_items, scoring_version, started_at, deadline, status, end_reason,
                                completed_at, theta, standard_error, level, scaled_score, score_maximum, valid,
                                writing, certification_id, certification_seat)
SELECT a.id, a.member_id, a.user_id, a.link_id, a.context_id, a.mode,
       CASE WHEN a.mode = 'FORMATIVE' THEN ARRAY[((a.student % 4) + 1) || '.' || ((a.student / 4 % 4) + 1)] ELSE '{}' END,
       a.student, false, 'bench', a.started_at,
       CASE WHEN a.mode = 'CERTIFICATION' THEN a.started_at + interval '90 minutes' END,
       'COMPLETED', CASE WHEN a.mode = 'FORMATIVE' THEN 'STOPPED_BY_STUDENT' ELSE 'TEST_COMPLETE' END,
       a.started_at + a.answers * interval '70 seconds', a.theta, 0.28,
       greatest(1, least(6, floor(a.theta + 3.5)::int)), greatest(0, least(600, round(300 + a.theta * 80)::int)), 600,
       true, a.mode = 'FORMATIVE' AND a.student % 20 = 0,
       CASE WHEN a.mode = 'CERTIFICATION' THEN 'certification' END, CASE WHEN a.mode = 'CERTIFICATION' THEN 1 END
FROM bench_attempt a;

-- 2,000 items (not in the item bank: only their ids, competencies and parameters matter here); an
-- attempt shows item (seed + 1919 p) mod 2000 at position p, never twice (1919 is prime to 2000).
INSERT INTO assessment_attempt_item (attempt_id, position, member_id, item_id, competency, family, a, b, accessible,
                                     parameters_version, token, shown_at, answered_at, response, correct, credit)
SELECT q.id, q.p, q.member_id, md5('item-' || q.item)::uuid,
       ((q.item % 16) / 4 + 1) || '.' || (q.item % 4 + 1), 'bench-' || q.item,
       0.8 + (q.item % 10) / 10.0, ((q.item % 41) - 20) / 10.0, false, 'bench', md5(q.id::text || q.p),
       q.started_at + (q.p - 1) * interval '70 seconds', q.started_at + (q.p - 1) * interval '70 seconds' + interval '50 seconds',
       jsonb_build_object('type', 'SINGLE_CHOICE', 'choice', q.item % 4), q.correct, q.correct::int
FROM (SELECT a.id, p, a.member_id, a.started_at, (a.student * 7 + p * 1919) % 2000 AS item,
             random() < 1 / (1 + exp(-(0.8 + ((a.student * 7 + p * 1919) % 2000 % 10) / 10.0)
                                     * (a.theta - (((a.student * 7 + p * 1919) % 2000 % 41) - 20) / 10.0))) AS correct
      FROM bench_attempt a, generate_series(1, a.answers) p) q;

-- Levels per competency of diagnostics and certifications (16 competencies each).
INSERT INTO assessment_attempt_competency (attempt_id, member_id, competency, theta, standard_error, level,
                                           level_probability, item_count)
SELECT a.id, a.member_id, (c / 4 + 1) || '.' || (c % 4 + 1), a.theta + (random() - 0.5), 0.45,
       greatest(1, least(6, floor(a.theta + (random() - 0.5) + 3.5)::int)), 0.6 + random() * 0.35,
       CASE WHEN a.mode = 'CERTIFICATION' THEN 2 ELSE 1 END
FROM bench_attempt a, generate_series(0, 15) c
WHERE a.mode IN ('DIAGNOSTIC', 'CERTIFICATION');

INSERT INTO assessment_mastery (member_id, user_id, competency, theta, standard_error, level, item_count, updated_at)
SELECT a.member_id, a.user_id, ((a.student % 4) + 1) || '.' || ((a.student / 4 % 4) + 1), a.theta, 0.5,
       greatest(1, least(6, floor(a.theta + 3.5)::int)), 10, a.started_at + interval '12 minutes'
FROM bench_attempt a WHERE a.mode = 'FORMATIVE';

-- Certification results: 9 in 10 published a week after the exam, the others awaiting.
INSERT INTO assessment_certification_result (attempt_id, member_id, status, recorded_at, published_at, published_by)
SELECT a.id, a.member_id, CASE WHEN a.student % 50 < 45 THEN 'PUBLISHED' ELSE 'AWAITING_PUBLICATION' END,
       a.started_at + interval '45 minutes',
       CASE WHEN a.student % 50 < 45 THEN a.started_at + interval '7 days' END,
       CASE WHEN a.student % 50 < 45 THEN 'bench-officer' END
FROM bench_attempt a WHERE a.mode = 'CERTIFICATION';

-- One formative session in 20 is a writing session: its last item is an essay, 4 in 5 marked.
INSERT INTO assessment_essay (attempt_id, position, member_id, user_id, context_id, item_id, text, word_count,
                              submitted_at, points, total_points, max_points, marked_by, marked_at)
SELECT a.id, a.answers, a.member_id, a.user_id, a.context_id, md5('item-' || ((a.student * 7 + a.answers * 1919) % 2000))::uuid,
       'Texte de test.', 3, a.started_at + interval '11 minutes',
       CASE WHEN a.student % 100 < 80 THEN ARRAY[3, 2, 4] END, CASE WHEN a.student % 100 < 80 THEN 9 END,
       CASE WHEN a.student % 100 < 80 THEN 12 END,
       CASE WHEN a.student % 100 < 80 THEN md5('teacher-' || (a.student / 2500 * 50))::uuid END,
       CASE WHEN a.student % 100 < 80 THEN a.started_at + interval '3 days' END
FROM bench_attempt a WHERE a.mode = 'FORMATIVE' AND a.student % 20 = 0;

-- Launches per person and month: each attempt's month counts 3 launches of its student; each teacher
-- launches 4 times a month from September to June of both years.
INSERT INTO lti_usage_month (member_id, month, user_id, learner, launches)
SELECT a.member_id, date_trunc('month', a.started_at AT TIME ZONE 'UTC')::date, a.user_id, true, 3 * count(*)
FROM bench_attempt a
GROUP BY 1, 2, 3;
INSERT INTO lti_usage_month (member_id, month, user_id, learner, launches)
SELECT c.member_id, mo::date, md5('teacher-' || c.n)::uuid, false, 4
FROM bench_course c,
     generate_series(timestamp '2024-09-01', timestamp '2026-06-01', interval '1 month') mo
WHERE extract(month FROM mo) NOT IN (7, 8);

ANALYZE;
