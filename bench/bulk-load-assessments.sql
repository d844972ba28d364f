-- Bulk load for the benchmark: ${COUNT} COMPLETED assessments, inserted with set-based SQL.
--
-- TARGET DATABASE: H2 2.x (the default profile's database), in PostgreSQL mode, opened as
--   jdbc:h2:file:<bench dir>/bulk/trainerpath;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH
-- bench/run.sh starts the portal once on that file so Flyway creates the schema (every migration), then runs
-- this script with H2's RunScript tool, replacing ${COUNT} and ${NEXT_ID} (COUNT + 1). The row source
-- is H2's SYSTEM_RANGE; on PostgreSQL write generate_series(1, ${COUNT}) AS r(x) instead (the rest
-- is plain SQL).
--
-- Each assessment gets everything a completed one made by the portal has, so its results page is
-- the same page a real person sees: the assessments row (profile, overall score, level), one answer
-- per question (assessment_answers), the stored score of every skill (assessment_skill_scores) and
-- the kinds of work that appeal (assessment_work_types). Seven answer patterns ("variants") are used
-- in turn; their skill scores, overall score and level are computed here with the same arithmetic as
-- io.trainerpath.assessment.ReadinessScorer (rounded-half-up means, overall from the rounded skill
-- scores weighted by skill_weights), so the stored scores agree with the stored answers.
--
-- Tokens are 22 URL-safe characters, like Tokens.next(): 'bench' and 17 digits of the row number.
-- Row 1 has the known token 'bench-known-results-01'; bench/run.sh measures
-- /assessment/bench-known-results-01/results.

-- The rows are built from the seed's own questions, options, skills and kinds of work, so they cannot
-- break a foreign key; checking tens of millions of references one by one would only slow the load down.
SET REFERENTIAL_INTEGRITY FALSE;

DELETE FROM assessment_skill_scores;
DELETE FROM assessment_work_types;
DELETE FROM assessment_answers;
DELETE FROM assessment_languages;
DELETE FROM assessment_preparation;
DELETE FROM assessments;
DELETE FROM plan_progress;
DELETE FROM plans;

DROP TABLE IF EXISTS bench_choice;
DROP TABLE IF EXISTS bench_skill;
DROP TABLE IF EXISTS bench_overall;
DROP TABLE IF EXISTS bench_profile;
DROP TABLE IF EXISTS bench_work_type;

-- Variant v answers each question with the option at position 1 + ((2v + question position) mod n).
CREATE TABLE bench_choice AS
SELECT CAST(v.x AS INTEGER) AS variant, q.slug AS question_slug, q.skill_slug, o.slug AS option_slug, o.score
FROM SYSTEM_RANGE(0, 6) AS v(x)
CROSS JOIN assessment_questions q
JOIN assessment_options o ON o.question_slug = q.slug
WHERE o.position = 1 + MOD(2 * v.x + q.position,
                           (SELECT COUNT(*) FROM assessment_options n WHERE n.question_slug = q.slug));
CREATE INDEX bench_choice_variant ON bench_choice (variant);

CREATE TABLE bench_skill AS
SELECT variant, skill_slug, CAST((2 * SUM(score) + COUNT(*)) / (2 * COUNT(*)) AS INTEGER) AS score
FROM bench_choice
GROUP BY variant, skill_slug;
CREATE INDEX bench_skill_variant ON bench_skill (variant);

-- Overall score of each variant, then its profile and level.
CREATE TABLE bench_overall AS
SELECT s.variant,
       CAST((2 * SUM(w.weight * s.score) + SUM(w.weight)) / (2 * SUM(w.weight)) AS INTEGER) AS overall
FROM bench_skill s JOIN skill_weights w ON w.skill_slug = s.skill_slug
GROUP BY s.variant;

CREATE TABLE bench_profile AS
SELECT t.variant, d.slug AS domain_slug, MOD(t.variant * 3, 16) AS years_of_experience,
       10 + 5 * t.variant AS hours_per_week, e.slug AS employment, t.overall,
       (SELECT l.slug FROM readiness_levels l
        WHERE l.min_score = (SELECT MAX(m.min_score) FROM readiness_levels m WHERE m.min_score <= t.overall))
           AS level_slug
FROM bench_overall t
JOIN (SELECT slug, ROW_NUMBER() OVER (ORDER BY position) - 1 AS n, COUNT(*) OVER () AS c FROM domains) d
  ON d.n = MOD(t.variant, d.c)
JOIN (SELECT slug, ROW_NUMBER() OVER (ORDER BY position) - 1 AS n, COUNT(*) OVER () AS c
      FROM pay_factor_options WHERE factor_slug = 'employment') e
  ON e.n = MOD(t.variant, e.c);

-- Variant v likes the kinds of work whose position is v, v + 3, v + 6... (mod 3): one to three of them.
CREATE TABLE bench_work_type AS
SELECT CAST(v.x AS INTEGER) AS variant, w.slug AS work_type_slug
FROM SYSTEM_RANGE(0, 6) AS v(x) CROSS JOIN work_types w
WHERE MOD(w.position + v.x, 3) = 0;
CREATE INDEX bench_work_type_variant ON bench_work_type (variant);

-- Since V25 every attempt belongs to a plan: one plan per attempt, sharing its id and token, as V25
-- does for attempts made before plans existed.
INSERT INTO plans (id, token, created_at)
SELECT r.x,
       CASE WHEN r.x = 1 THEN 'bench-known-results-01' ELSE 'bench' || LPAD(CAST(r.x AS VARCHAR), 17, '0') END,
       TIMESTAMP '2026-01-01 00:00:00' + r.x * INTERVAL '1' SECOND
FROM SYSTEM_RANGE(1, ${COUNT}) AS r(x);

-- annotation_experience (V24) goes through its four answers in turn; languages and preparation are
-- left unanswered, as an API client may leave them.
INSERT INTO assessments (id, token, status, created_at, updated_at, completed_at, previous_id, domain_slug,
                         years_of_experience, hours_per_week, employment, overall_score, level_slug, version,
                         annotation_experience, plan_id)
SELECT r.x,
       CASE WHEN r.x = 1 THEN 'bench-known-results-01' ELSE 'bench' || LPAD(CAST(r.x AS VARCHAR), 17, '0') END,
       'COMPLETED',
       TIMESTAMP '2026-01-01 00:00:00' + r.x * INTERVAL '1' SECOND,
       TIMESTAMP '2026-01-01 00:09:00' + r.x * INTERVAL '1' SECOND,
       TIMESTAMP '2026-01-01 00:09:00' + r.x * INTERVAL '1' SECOND,
       NULL, p.domain_slug, p.years_of_experience, p.hours_per_week, p.employment, p.overall, p.level_slug, 8,
       (SELECT x.slug FROM annotation_experience x WHERE x.depth = MOD(r.x, 4)), r.x
FROM SYSTEM_RANGE(1, ${COUNT}) AS r(x)
JOIN bench_profile p ON p.variant = MOD(r.x, 7);

INSERT INTO assessment_answers (assessment_id, question_slug, option_slug)
SELECT r.x, c.question_slug, c.option_slug
FROM SYSTEM_RANGE(1, ${COUNT}) AS r(x)
JOIN bench_choice c ON c.variant = MOD(r.x, 7);

INSERT INTO assessment_skill_scores (assessment_id, skill_slug, score)
SELECT r.x, s.skill_slug, s.score
FROM SYSTEM_RANGE(1, ${COUNT}) AS r(x)
JOIN bench_skill s ON s.variant = MOD(r.x, 7);

INSERT INTO assessment_work_types (assessment_id, work_type_slug)
SELECT r.x, w.work_type_slug
FROM SYSTEM_RANGE(1, ${COUNT}) AS r(x)
JOIN bench_work_type w ON w.variant = MOD(r.x, 7);

-- The ids were given explicitly; let the portal's own inserts continue after them.
ALTER TABLE assessments ALTER COLUMN id RESTART WITH ${NEXT_ID};
ALTER TABLE plans ALTER COLUMN id RESTART WITH ${NEXT_ID};

SET REFERENTIAL_INTEGRITY TRUE;

DROP TABLE bench_choice;
DROP TABLE bench_skill;
DROP TABLE bench_overall;
DROP TABLE bench_profile;
DROP TABLE bench_work_type;

SELECT COUNT(*) AS assessments FROM assessments;
