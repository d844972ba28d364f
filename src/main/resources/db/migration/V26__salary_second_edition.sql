-- The salary estimator's second edition (issue 17). Only adds: new rows, new tables, and one option
-- moved along so the employment answers read full-time, part-time, freelance.

-- Part-time employment. The guide names no part-time figure; a part-time job is assumed to pay the
-- full-time rate for fewer hours, so its weight is neutral and the hours do the rest. The existing
-- slugs stay valid: old links and the quiz's stored answers use them.
UPDATE pay_factor_options SET position = 3 WHERE slug = 'employment-freelance';

INSERT INTO pay_factor_options (slug, factor_slug, label, description, effect, position) VALUES
    ('employment-part-time',
     'employment',
     'Part-time employee',
     'You are on a company''s payroll for fewer hours than a full week; pay, and often benefits, follow your hours.',
     'neutral',
     2);

INSERT INTO salary_factor_weights (option_slug, hourly_shift, annual_shift, reason) VALUES
    ('employment-part-time', 0.0000, 0.0000,
     'A part-time job pays the same hourly rate as a full-time one; only the hours, and so the pay over a year, are smaller.');

-- Which of the guide's levels a situation fits. Rules are read in position order and the first whose
-- conditions all hold gives the suggestion, with its reason. Conditions are answers (pay factor options
-- in salary_level_rule_options; several of one factor mean any of them, the field's tier stands for the
-- domain factor) and, when the person said, how much annotation work they have done. A rule names only
-- what it asks; the last rule asks nothing, so every situation gets a suggestion. The rules are the
-- portal's judgement, built on how the guide describes each level; /salary/method lists them.
CREATE TABLE salary_level_rules (
    slug       VARCHAR(60)  PRIMARY KEY,
    position   INTEGER      NOT NULL UNIQUE,
    annotation VARCHAR(10)  CHECK (annotation IN ('none', 'tried', 'paid', 'led')),
    band_slug  VARCHAR(60)  NOT NULL REFERENCES pay_bands (slug),
    reason     VARCHAR(500) NOT NULL
);

CREATE TABLE salary_level_rule_options (
    rule_slug   VARCHAR(60) NOT NULL REFERENCES salary_level_rules (slug),
    option_slug VARCHAR(60) NOT NULL REFERENCES pay_factor_options (slug),
    PRIMARY KEY (rule_slug, option_slug)
);

INSERT INTO salary_level_rules (slug, position, annotation, band_slug, reason) VALUES
    ('simple-labelling', 1, NULL, 'entry-annotator',
     'Clear-cut tagging with little judgement is entry-level work, whatever your background.'),
    ('no-specialism', 2, NULL, 'entry-annotator',
     'The two higher levels pay for professional knowledge. Without a specialist field, the work on offer is mostly general labelling, which is the entry level.'),
    ('newcomer-on-crowd-site', 3, NULL, 'entry-annotator',
     'Crowd-work sites usually start newcomers on small, general tasks at entry-level rates.'),
    ('crowd-site', 4, NULL, 'domain-trainer',
     'Crowd-work sites pay by the task and rarely for leading or advising, so specialist work there fits the middle level at most.'),
    ('led-and-seasoned', 5, 'led', 'senior-expert',
     'You have led or checked other people''s annotation and are seasoned at the work: running teams and setting labelling rules is what the top level does.'),
    ('rare-expertise', 6, NULL, 'senior-expert',
     'Seasoned, in a field where qualified experts are scarce, on work that needs expert judgement: that is the top level.'),
    ('seasoned-paid-expert', 7, 'paid', 'senior-expert',
     'Seasoned, with paid annotation work behind you, on projects that need expert judgement: enough for the top level even outside the rarest fields.'),
    ('professional-knowledge', 8, NULL, 'domain-trainer',
     'Your professional knowledge, put to checking, judging and explaining data, is the work of the middle level.');

INSERT INTO salary_level_rule_options (rule_slug, option_slug) VALUES
    ('simple-labelling',       'complexity-straightforward'),
    ('led-and-seasoned',       'experience-seasoned'),
    ('no-specialism',          'domain-general'),
    ('newcomer-on-crowd-site', 'company-crowdsourcing'),
    ('newcomer-on-crowd-site', 'experience-new'),
    ('crowd-site',             'company-crowdsourcing'),
    ('rare-expertise',         'experience-seasoned'),
    ('rare-expertise',         'domain-niche'),
    ('rare-expertise',         'complexity-expert'),
    ('seasoned-paid-expert',   'experience-seasoned'),
    ('seasoned-paid-expert',   'complexity-expert');

-- Answers that pull against each other, named on the results in these words. band_slug is the level
-- the person chose (null: any level, or none); the other conditions work as for the level rules, with
-- a range of hours a week besides. Following the suggestion never sets off one that names a level:
-- their conditions leave out what the level rules already send elsewhere (LevelAdvisorTests checks).
CREATE TABLE salary_contradictions (
    slug       VARCHAR(60)  PRIMARY KEY,
    position   INTEGER      NOT NULL UNIQUE,
    band_slug  VARCHAR(60)  REFERENCES pay_bands (slug),
    annotation VARCHAR(10)  CHECK (annotation IN ('none', 'tried', 'paid', 'led')),
    min_hours  INTEGER      CHECK (min_hours BETWEEN 1 AND 80),
    max_hours  INTEGER      CHECK (max_hours BETWEEN 1 AND 80),
    message    VARCHAR(500) NOT NULL
);

CREATE TABLE salary_contradiction_options (
    contradiction_slug VARCHAR(60) NOT NULL REFERENCES salary_contradictions (slug),
    option_slug        VARCHAR(60) NOT NULL REFERENCES pay_factor_options (slug),
    PRIMARY KEY (contradiction_slug, option_slug)
);

INSERT INTO salary_contradictions (slug, position, band_slug, annotation, min_hours, max_hours, message) VALUES
    ('senior-but-new', 1, 'senior-expert', NULL, NULL, NULL,
     'You chose the senior level but say you are new to the work. Senior trainers have a long track record; people new to the work usually start a level or two lower.'),
    ('senior-but-simple-labelling', 2, 'senior-expert', NULL, NULL, NULL,
     'You chose the senior level for simple labelling. Senior people lead teams, write guidelines and advise; clear-cut tagging is paid at the entry level.'),
    ('senior-without-specialism', 3, 'senior-expert', NULL, NULL, NULL,
     'You chose the senior level without a specialist field. The top level is for deep knowledge of a field, often knowledge few people have.'),
    ('senior-on-crowd-site', 4, 'senior-expert', NULL, NULL, NULL,
     'You chose the senior level on a crowd-work site. Those sites mostly offer small tasks at lower rates; senior work usually comes through companies or consulting.'),
    ('entry-but-seasoned-in-niche', 5, 'entry-annotator', NULL, NULL, NULL,
     'You chose the entry level, yet you are seasoned in a niche field. Entry work is general labelling that needs little specialist knowledge; your expertise is what the higher levels pay for.'),
    ('entry-but-expert-judgement', 6, 'entry-annotator', NULL, NULL, NULL,
     'You chose the entry level for work in your field that needs expert judgement. Entry work is repetitive labelling; judging unclear or sensitive cases is paid at the higher levels.'),
    ('seasoned-without-annotation', 7, NULL, 'none', NULL, NULL,
     'You say you have not done annotation work yet, but describe yourself as seasoned at it.'),
    ('seasoned-after-a-few-tasks', 8, NULL, 'tried', NULL, NULL,
     'You say you have only tried a few annotation tasks, but describe yourself as seasoned at the work.'),
    ('new-after-leading', 9, NULL, 'led', NULL, NULL,
     'You say you have led or checked other people''s annotation work, yet describe yourself as new to it.'),
    ('full-time-on-few-hours', 10, NULL, NULL, NULL, 29,
     'You chose full-time employment with fewer than 30 hours a week. If the job is part-time, choose "Part-time employee"; the figures at your hours stay the same.'),
    ('part-time-on-full-hours', 11, NULL, NULL, 40, NULL,
     'You chose part-time employment with 40 hours or more a week, which is a full-time week.');

INSERT INTO salary_contradiction_options (contradiction_slug, option_slug) VALUES
    ('senior-but-new',              'experience-new'),
    ('senior-but-simple-labelling', 'complexity-straightforward'),
    ('senior-without-specialism',   'domain-general'),
    ('senior-on-crowd-site',        'company-crowdsourcing'),
    ('entry-but-seasoned-in-niche', 'experience-seasoned'),
    ('entry-but-seasoned-in-niche', 'domain-niche'),
    ('entry-but-seasoned-in-niche', 'complexity-analytical'),
    ('entry-but-seasoned-in-niche', 'complexity-expert'),
    ('entry-but-expert-judgement',  'complexity-expert'),
    ('entry-but-expert-judgement',  'domain-specialized'),
    ('entry-but-expert-judgement',  'domain-niche'),
    ('entry-but-expert-judgement',  'experience-some'),
    ('entry-but-expert-judgement',  'experience-seasoned'),
    ('seasoned-without-annotation', 'experience-seasoned'),
    ('seasoned-after-a-few-tasks',  'experience-seasoned'),
    ('new-after-leading',           'experience-new'),
    ('full-time-on-few-hours',      'employment-employee'),
    ('part-time-on-full-hours',     'employment-part-time');

-- Platform and gig work: what cuts the advertised hourly rate before it reaches the person. Where a
-- person leaves a figure out, these stand in. The guide gives no such figures: they are the portal's
-- own cautious assumptions, explained on /salary/method and labelled as assumptions on the results.
-- slug is the estimate's parameter: unpaid (minutes per paid hour), rejected and fee (percent).
CREATE TABLE salary_platform_assumptions (
    slug          VARCHAR(20)  PRIMARY KEY CHECK (slug IN ('unpaid', 'rejected', 'fee')),
    default_value INTEGER      NOT NULL CHECK (default_value >= 0),
    reason        VARCHAR(500) NOT NULL
);

INSERT INTO salary_platform_assumptions (slug, default_value, reason) VALUES
    ('unpaid', 10,
     'Our own cautious guess, not a measured figure. Qualification tests, waiting for tasks to appear and reading each project''s instructions all take time that no one pays for; how much varies a great deal from one site to the next.'),
    ('rejected', 5,
     'Our own guess. Some submitted work is turned down or never paid for, often more while you learn a project''s rules.'),
    ('fee', 0,
     'We assume no fee, because many sites take their cut before showing you a rate. If yours takes it out of the rate you see, enter it.');
