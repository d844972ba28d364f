-- The readiness quiz, second edition: what placement needs to know about a person, a practice task
-- scored against a key, placement rules that follow the guide's career path, and a plan of next steps.
-- Every rule and weight is data with its reason, shown on /assessment/method. Adds only; attempts
-- stored before keep their scores and level.

-- ==== About you: annotation experience, languages, preparation already done ====

-- depth orders the answers; salary_experience is the estimator's experience answer it corresponds to.
CREATE TABLE annotation_experience (
    slug              VARCHAR(20)  PRIMARY KEY,
    label             VARCHAR(120) NOT NULL,
    description       VARCHAR(300) NOT NULL,
    depth             INTEGER      NOT NULL UNIQUE CHECK (depth BETWEEN 0 AND 3),
    salary_experience VARCHAR(60)  NOT NULL REFERENCES pay_factor_options (slug)
);

INSERT INTO annotation_experience (slug, label, description, depth, salary_experience) VALUES
    ('none', 'None yet', 'I have not labelled data or judged AI answers before.', 0, 'experience-new'),
    ('tried', 'Tried it unpaid, or in a course', 'Practice sets, a course exercise, a personal or volunteer project.', 1, 'experience-new'),
    ('paid', 'Paid projects', 'Paid labelling, annotation or AI-evaluation work, on a platform or for an employer.', 2, 'experience-some'),
    ('led', 'Reviewed or led others'' work', 'I have checked other annotators'' work, written their guidelines or led a labelling team.', 3, 'experience-seasoned');

CREATE TABLE work_languages (
    slug     VARCHAR(30) PRIMARY KEY,
    name     VARCHAR(60) NOT NULL,
    position INTEGER     NOT NULL
);

INSERT INTO work_languages (slug, name, position) VALUES
    ('english', 'English', 1), ('spanish', 'Spanish', 2), ('french', 'French', 3), ('german', 'German', 4),
    ('portuguese', 'Portuguese', 5), ('italian', 'Italian', 6), ('dutch', 'Dutch', 7), ('polish', 'Polish', 8),
    ('russian', 'Russian', 9), ('ukrainian', 'Ukrainian', 10), ('turkish', 'Turkish', 11), ('arabic', 'Arabic', 12),
    ('hebrew', 'Hebrew', 13), ('hindi', 'Hindi', 14), ('bengali', 'Bengali', 15), ('urdu', 'Urdu', 16),
    ('chinese', 'Chinese', 17), ('japanese', 'Japanese', 18), ('korean', 'Korean', 19), ('vietnamese', 'Vietnamese', 20),
    ('indonesian', 'Indonesian', 21), ('swahili', 'Swahili', 22), ('other', 'Another language', 23);

-- professional: good enough to write and review text for paid work in that language.
CREATE TABLE language_levels (
    slug         VARCHAR(20)  PRIMARY KEY,
    label        VARCHAR(120) NOT NULL,
    professional BOOLEAN      NOT NULL,
    position     INTEGER      NOT NULL
);

INSERT INTO language_levels (slug, label, professional, position) VALUES
    ('professional', 'Native or fluent: I could write and review text in it for paid work', TRUE, 1),
    ('working', 'Working: I can read it and check simple text in it', FALSE, 2);

-- What of the guide's preparation a person has already done, each tied to its roadmap step.
CREATE TABLE preparation_steps (
    slug              VARCHAR(30)  PRIMARY KEY,
    label             VARCHAR(200) NOT NULL,
    roadmap_step_slug VARCHAR(60)  NOT NULL REFERENCES roadmap_steps (slug),
    position          INTEGER      NOT NULL
);

INSERT INTO preparation_steps (slug, label, roadmap_step_slug, position) VALUES
    ('ai-course', 'An introductory course on AI or machine learning', 'learn-ai-fundamentals', 1),
    ('annotation-tools', 'Hands-on practice with an annotation tool', 'try-annotation-tools', 2),
    ('portfolio', 'A portfolio of labelling or evaluation work I could show', 'build-a-portfolio', 3),
    ('community', 'Regular time in an AI or data community, online or in person', 'join-the-community', 4);

-- NULL annotation_experience: the attempt predates these questions, or an API client left them out;
-- the *_given flags say whether languages and preparation were answered at all (none is an answer).
ALTER TABLE assessments ADD COLUMN annotation_experience VARCHAR(20) REFERENCES annotation_experience (slug);
ALTER TABLE assessments ADD COLUMN languages_given BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE assessments ADD COLUMN preparation_given BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE assessment_languages (
    assessment_id BIGINT      NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    language_slug VARCHAR(30) NOT NULL REFERENCES work_languages (slug),
    level_slug    VARCHAR(20) NOT NULL REFERENCES language_levels (slug),
    PRIMARY KEY (assessment_id, language_slug)
);

CREATE TABLE assessment_preparation (
    assessment_id    BIGINT      NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    preparation_slug VARCHAR(30) NOT NULL REFERENCES preparation_steps (slug),
    PRIMARY KEY (assessment_id, preparation_slug)
);

-- ==== Wording for people with no particular field ====

ALTER TABLE assessment_questions ADD COLUMN generalist_prompt VARCHAR(600);
ALTER TABLE assessment_options ADD COLUMN generalist_label VARCHAR(400);

UPDATE assessment_questions SET generalist_prompt =
    'Think of the job, subject or pastime you know best. How well could you walk a newcomer through its tricky, borderline cases?'
    WHERE slug = 'de-explain';
UPDATE assessment_questions SET generalist_prompt =
    'A chatbot gives a smooth, confident answer to a question about something you know well. How would you judge whether it is right?'
    WHERE slug = 'de-check-answer';
UPDATE assessment_questions SET generalist_prompt =
    'How current is what you know about the job, subject or pastime you know best?'
    WHERE slug = 'de-current';
UPDATE assessment_questions SET short_prompt = 'explaining the hard cases you know' WHERE slug = 'de-explain';
UPDATE assessment_questions SET short_prompt = 'how current your knowledge is' WHERE slug = 'de-current';
UPDATE assessment_options SET generalist_label = 'I do this often, and people bring me their hardest cases'
    WHERE slug = 'de-explain-4';
UPDATE assessment_options SET generalist_label = 'I have not used it for many years' WHERE slug = 'de-current-1';
UPDATE assessment_options SET generalist_label = 'I keep up with it now and then' WHERE slug = 'de-current-2';
UPDATE assessment_options SET generalist_label = 'I keep up through what I do every week' WHERE slug = 'de-current-3';
UPDATE assessment_options SET generalist_label = 'I use it every day and keep learning' WHERE slug = 'de-current-4';

-- ==== Situations that cannot be guessed ====
-- Wrong answers are plausible and of the same length and tone as the best one, which is no longer
-- the longest (QuizSeedContract checks it is the longest in at most a third of the situations).
-- Scores are unchanged, so stored attempts keep their meaning.

UPDATE assessment_options SET label = 'Trust it if it reads as clearly as a good textbook would' WHERE slug = 'de-check-answer-1';
UPDATE assessment_options SET label = 'Check its spelling, grammar and tone before anything else' WHERE slug = 'de-check-answer-2';
UPDATE assessment_options SET label = 'Test each claim against what I know and flag what could mislead' WHERE slug = 'de-check-answer-3';
UPDATE assessment_options SET label = 'Search online and accept it if several other websites say the same' WHERE slug = 'de-check-answer-4';

UPDATE assessment_options SET label = 'Carry on as I was, since consistency matters more than the rule' WHERE slug = 'ad-guideline-slip-1';
UPDATE assessment_options SET label = 'Label the remaining 200 correctly and leave the first 300 as they are' WHERE slug = 'ad-guideline-slip-2';
UPDATE assessment_options SET label = 'Fix the earlier labels and tell the project lead what happened' WHERE slug = 'ad-guideline-slip-3';
UPDATE assessment_options SET label = 'Start the whole batch again from the first review, without mentioning it' WHERE slug = 'ad-guideline-slip-4';

UPDATE assessment_options SET label = 'Tag it as a dog, since a dog is clearly visible in the photograph' WHERE slug = 'ad-reflection-1';
UPDATE assessment_options SET label = 'Skip it quietly, as the instructions do not cover reflections' WHERE slug = 'ad-reflection-2';
UPDATE assessment_options SET label = 'Decide for myself this once and carry on with the next photo' WHERE slug = 'ad-reflection-3';
UPDATE assessment_options SET label = 'Ask the team how to treat reflections, then treat them all alike' WHERE slug = 'ad-reflection-4';

UPDATE assessment_options SET label = 'There is little risk, because past decisions are simply facts' WHERE slug = 'at-hiring-bias-1';
UPDATE assessment_options SET label = 'It may learn to prefer men, copying the pattern in its examples' WHERE slug = 'at-hiring-bias-2';
UPDATE assessment_options SET label = 'The old application files may be too large and varied to process' WHERE slug = 'at-hiring-bias-3';
UPDATE assessment_options SET label = 'It may sort new applications too slowly to be useful to recruiters' WHERE slug = 'at-hiring-bias-4';

UPDATE assessment_options SET label = 'It needs a faster computer to cope with the new examples' WHERE slug = 'at-overfitting-1';
UPDATE assessment_options SET label = 'The new examples were probably labelled wrongly by someone' WHERE slug = 'at-overfitting-2';
UPDATE assessment_options SET label = 'It memorised its training examples instead of the general rule' WHERE slug = 'at-overfitting-3';
UPDATE assessment_options SET label = 'It has simply not been shown nearly enough examples of anything yet' WHERE slug = 'at-overfitting-4';

UPDATE assessment_options SET label = 'It is not misleading: being right 99 times out of 100 is an excellent result' WHERE slug = 'ai-accuracy-1';
UPDATE assessment_options SET label = 'Accuracy figures only mean something for written text, never for medical images' WHERE slug = 'ai-accuracy-2';
UPDATE assessment_options SET label = 'Saying healthy every time would also score 99%; ask how many ill it catches' WHERE slug = 'ai-accuracy-3';
UPDATE assessment_options SET label = 'Perhaps some of the scans were never checked by a doctor at all' WHERE slug = 'ai-accuracy-4';

UPDATE assessment_options SET label = 'Specialists type and click through the work faster than others' WHERE slug = 'ai-why-experts-1';
UPDATE assessment_options SET label = 'A model copies its examples, and specialists catch the errors others miss' WHERE slug = 'ai-why-experts-2';
UPDATE assessment_options SET label = 'Paying specialists is the quickest way to make a data set much larger' WHERE slug = 'ai-why-experts-3';
UPDATE assessment_options SET label = 'The law requires a qualified professional to approve every training example' WHERE slug = 'ai-why-experts-4';

UPDATE assessment_options SET label = 'Explain that it felt right at the time, and move on to the next item' WHERE slug = 'cm-justify-label-1';
UPDATE assessment_options SET label = 'Say that I followed the instructions, without saying which part' WHERE slug = 'cm-justify-label-2';
UPDATE assessment_options SET label = 'Point to the rule and what in the item fits it; offer to fix similar ones' WHERE slug = 'cm-justify-label-3';
UPDATE assessment_options SET label = 'Quietly change the label to whatever the reviewer seems to prefer, without a reply' WHERE slug = 'cm-justify-label-4';

UPDATE assessment_options SET label = 'Pick one of them and leave no comment, since both are partly right' WHERE slug = 'cm-compare-answers-1';
UPDATE assessment_options SET label = 'Mark both as poor, as neither is fully right, and leave it there' WHERE slug = 'cm-compare-answers-2';
UPDATE assessment_options SET label = 'Rewrite both answers from scratch in my own words and style' WHERE slug = 'cm-compare-answers-3';
UPDATE assessment_options SET label = 'Choose the better one and say exactly what each got wrong' WHERE slug = 'cm-compare-answers-4';

UPDATE assessment_options SET label = 'Turn the project down, since I have never used that tool before' WHERE slug = 'ap-new-tool-1';
UPDATE assessment_options SET label = 'Wait until someone from the project team gives me a full training' WHERE slug = 'ap-new-tool-2';
UPDATE assessment_options SET label = 'Read its help pages and try it on a few practice items first' WHERE slug = 'ap-new-tool-3';
UPDATE assessment_options SET label = 'Start labelling straight away and work the tool out as I go along' WHERE slug = 'ap-new-tool-4';

UPDATE assessment_options SET label = 'Keep to the old rules, since my earlier labels were all made in good faith' WHERE slug = 'ap-changed-rules-1';
UPDATE assessment_options SET label = 'Adapt, once someone tells me exactly which items to do differently' WHERE slug = 'ap-changed-rules-2';
UPDATE assessment_options SET label = 'Adjust to the change and flag earlier items that may need another look' WHERE slug = 'ap-changed-rules-3';
UPDATE assessment_options SET label = 'Ask to be moved to another project where the rules stay the same' WHERE slug = 'ap-changed-rules-4';

-- ==== The practice task ====
-- A guideline written for the portal and eight messages to label by it. Each item is a question of
-- the skill it tests (its key scores 100, every other label 0), so it counts in that skill's score
-- like any other answer; practice_items marks it and explains the key.

CREATE TABLE practice_tasks (
    slug      VARCHAR(40)   PRIMARY KEY,
    title     VARCHAR(160)  NOT NULL,
    guideline VARCHAR(2000) NOT NULL
);

INSERT INTO practice_tasks (slug, title, guideline) VALUES
    ('cycle-helpline', 'Sorting messages to a bike-hire helpline',
     'A city bike-hire scheme wants its incoming messages sorted so the right team answers each one. Give every message exactly one label. Billing: money already taken or owed, such as charges, refunds and receipts. Access: getting a bike out of a dock or back into one, such as unlock codes, locks and full or broken docks. Safety: anything that could hurt someone, such as faulty brakes, lights or tyres, even when the message is mostly about something else; Safety always comes first. Feedback: opinions and suggestions that ask for nothing to be done. When a message fits two labels and neither is Safety, choose the one the writer needs dealt with now.');

CREATE TABLE practice_items (
    question_slug VARCHAR(60)  PRIMARY KEY REFERENCES assessment_questions (slug),
    task_slug     VARCHAR(40)  NOT NULL REFERENCES practice_tasks (slug),
    explanation   VARCHAR(600) NOT NULL
);

INSERT INTO assessment_questions (slug, skill_slug, kind, prompt, hint, short_prompt, position) VALUES
    ('pt-double-charge', 'attention-to-detail', 'scenario',
     'I was charged twice for Tuesday''s ride. Can you refund one of them?', NULL, 'the double charge', 101),
    ('pt-dock-red', 'analytical-thinking', 'scenario',
     'The dock on Mill Street keeps flashing red and will not take my bike back, so the clock is still running. I need to end this ride.',
     NULL, 'the dock that will not take a bike back', 102),
    ('pt-basket', 'attention-to-detail', 'scenario',
     'The new bikes are lovely. Perhaps the front ones could have a basket?', NULL, 'the basket suggestion', 103),
    ('pt-soft-brake', 'attention-to-detail', 'scenario',
     'Really like the new app. The front brake on bike 2231 felt soft going down the hill, though.', NULL, 'praise with a soft brake', 104),
    ('pt-code', 'attention-to-detail', 'scenario',
     'Code 4471 did not unlock the bike and I am stuck at the station.', NULL, 'the code that did not work', 105),
    ('pt-jammed-lock', 'analytical-thinking', 'scenario',
     'You took 12 pounds for a five-minute ride because the lock jammed when I tried to return it. It works again now.',
     NULL, 'the charge after a jammed lock', 106),
    ('pt-dead-light', 'analytical-thinking', 'scenario',
     'My rear light died halfway home, so I pushed the bike the last mile. Please do not charge me for the extra time.',
     NULL, 'the dead light and the extra time', 107),
    ('pt-paper', 'attention-to-detail', 'scenario',
     'Why do I need an app at all? Paper tickets were simpler.', NULL, 'the paper tickets remark', 108);

INSERT INTO assessment_options (slug, question_slug, label, score, position) VALUES
    ('pt-double-charge-billing', 'pt-double-charge', 'Billing', 100, 1),
    ('pt-double-charge-access', 'pt-double-charge', 'Access', 0, 2),
    ('pt-double-charge-safety', 'pt-double-charge', 'Safety', 0, 3),
    ('pt-double-charge-feedback', 'pt-double-charge', 'Feedback', 0, 4),
    ('pt-dock-red-billing', 'pt-dock-red', 'Billing', 0, 1),
    ('pt-dock-red-access', 'pt-dock-red', 'Access', 100, 2),
    ('pt-dock-red-safety', 'pt-dock-red', 'Safety', 0, 3),
    ('pt-dock-red-feedback', 'pt-dock-red', 'Feedback', 0, 4),
    ('pt-basket-billing', 'pt-basket', 'Billing', 0, 1),
    ('pt-basket-access', 'pt-basket', 'Access', 0, 2),
    ('pt-basket-safety', 'pt-basket', 'Safety', 0, 3),
    ('pt-basket-feedback', 'pt-basket', 'Feedback', 100, 4),
    ('pt-soft-brake-billing', 'pt-soft-brake', 'Billing', 0, 1),
    ('pt-soft-brake-access', 'pt-soft-brake', 'Access', 0, 2),
    ('pt-soft-brake-safety', 'pt-soft-brake', 'Safety', 100, 3),
    ('pt-soft-brake-feedback', 'pt-soft-brake', 'Feedback', 0, 4),
    ('pt-code-billing', 'pt-code', 'Billing', 0, 1),
    ('pt-code-access', 'pt-code', 'Access', 100, 2),
    ('pt-code-safety', 'pt-code', 'Safety', 0, 3),
    ('pt-code-feedback', 'pt-code', 'Feedback', 0, 4),
    ('pt-jammed-lock-billing', 'pt-jammed-lock', 'Billing', 100, 1),
    ('pt-jammed-lock-access', 'pt-jammed-lock', 'Access', 0, 2),
    ('pt-jammed-lock-safety', 'pt-jammed-lock', 'Safety', 0, 3),
    ('pt-jammed-lock-feedback', 'pt-jammed-lock', 'Feedback', 0, 4),
    ('pt-dead-light-billing', 'pt-dead-light', 'Billing', 0, 1),
    ('pt-dead-light-access', 'pt-dead-light', 'Access', 0, 2),
    ('pt-dead-light-safety', 'pt-dead-light', 'Safety', 100, 3),
    ('pt-dead-light-feedback', 'pt-dead-light', 'Feedback', 0, 4),
    ('pt-paper-billing', 'pt-paper', 'Billing', 0, 1),
    ('pt-paper-access', 'pt-paper', 'Access', 0, 2),
    ('pt-paper-safety', 'pt-paper', 'Safety', 0, 3),
    ('pt-paper-feedback', 'pt-paper', 'Feedback', 100, 4);

INSERT INTO practice_items (question_slug, task_slug, explanation) VALUES
    ('pt-double-charge', 'cycle-helpline', 'Billing. Money has already been taken, and the writer wants some of it back.'),
    ('pt-dock-red', 'cycle-helpline', 'Access. The running clock will matter later, but what the writer needs now is to get the bike back into a dock; a refund can follow.'),
    ('pt-basket', 'cycle-helpline', 'Feedback. A friendly suggestion that asks nobody to do anything now.'),
    ('pt-soft-brake', 'cycle-helpline', 'Safety. A soft brake could hurt the next rider, and the guideline puts Safety first even when it hides inside praise.'),
    ('pt-code', 'cycle-helpline', 'Access. The writer cannot get a bike out of the dock.'),
    ('pt-jammed-lock', 'cycle-helpline', 'Billing. The jammed lock caused it, but that is over and the lock works again; what is left to deal with is the money taken.'),
    ('pt-dead-light', 'cycle-helpline', 'Safety. A dead light is a fault that could hurt someone, and Safety comes first even though the writer asks about money.'),
    ('pt-paper', 'cycle-helpline', 'Feedback. An opinion about the scheme; nothing is asked for.');

-- ==== Readiness levels need evidence ====
-- min_practice: the share of the practice task answered correctly that a level asks for, so answers
-- about oneself alone cannot reach it; needs_field: the level speaks of work in a particular field.
ALTER TABLE readiness_levels ADD COLUMN min_practice INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE readiness_levels ADD COLUMN needs_field BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE readiness_levels ADD COLUMN evidence_reason VARCHAR(400);

UPDATE readiness_levels SET min_practice = 60,
    evidence_reason = 'Also needs at least 60% on the practice task, so a high opinion of yourself alone cannot reach it.'
    WHERE slug = 'ready-to-apply';
UPDATE readiness_levels SET min_practice = 75, needs_field = TRUE,
    evidence_reason = 'Also needs at least 75% on the practice task and a particular field of expertise, because expert work is work in a field.'
    WHERE slug = 'ready-for-expert-work';

-- ==== Placement: where to start now, and what the next rung needs ====
-- kind 'start': the first rule by position whose every condition holds names where to start; the last
-- has none. kind 'branch': every branch rule that holds is offered as another route to consider.
-- Conditions (NULL or FALSE = none): min_annotation (a depth of annotation_experience), needs_field
-- (a field other than General), min_years in that field, min_domain_score (the quiz's domain
-- expertise score), min_practice (percent of the practice task).
CREATE TABLE placement_rules (
    slug             VARCHAR(60)  PRIMARY KEY,
    kind             VARCHAR(10)  NOT NULL CHECK (kind IN ('start', 'branch')),
    position         INTEGER      NOT NULL,
    career_role_slug VARCHAR(60)  NOT NULL REFERENCES career_roles (slug),
    pay_band_slug    VARCHAR(60)  REFERENCES pay_bands (slug),
    min_annotation   INTEGER      CHECK (min_annotation BETWEEN 0 AND 3),
    needs_field      BOOLEAN      NOT NULL,
    min_years        INTEGER      CHECK (min_years BETWEEN 0 AND 60),
    min_domain_score INTEGER      CHECK (min_domain_score BETWEEN 0 AND 100),
    min_practice     INTEGER      CHECK (min_practice BETWEEN 0 AND 100),
    reason           VARCHAR(600) NOT NULL,
    CHECK (kind <> 'start' OR pay_band_slug IS NOT NULL)
);

INSERT INTO placement_rules (slug, kind, position, career_role_slug, pay_band_slug, min_annotation, needs_field,
        min_years, min_domain_score, min_practice, reason) VALUES
    ('start-senior', 'start', 1, 'senior-data-trainer', 'senior-expert', 2, TRUE, 8, 70, 60,
     'Senior trainers lead teams and write the guidelines others follow. The guide keeps this level for people with deep expertise in a field who already know annotation work from the inside, so it needs paid annotation or review experience as well as long experience in that field.'),
    ('start-domain-trainer', 'start', 2, 'ai-data-trainer', 'domain-trainer', NULL, TRUE, 3, 50, NULL,
     'Projects that need an expert hire people with solid knowledge of their field, even with no annotation experience: the guide''s core role lets specialists skip general labelling and start with work in their own field.'),
    ('start-entry', 'start', 3, 'entry-annotator', 'entry-annotator', NULL, FALSE, NULL, NULL, NULL,
     'General labelling is where most people begin, as the guide says: it teaches how projects run and builds the track record that leads to better-paid work.'),
    ('branch-consultant', 'branch', 1, 'domain-expert-consultant', 'senior-expert', 3, TRUE, 10, 80, NULL,
     'Having led others'' annotation work on top of long, deep expertise in a field is what AI companies look for in a consultant on their field''s data.'),
    ('branch-quality-assurance', 'branch', 2, 'quality-assurance-specialist', NULL, 2, FALSE, NULL, NULL, 75,
     'Paid annotation work and a sharp result on the practice task suit checking how models perform and where they go wrong.');

-- Placement replaces the first edition's start rules, which looked only at scores and years.
DELETE FROM recommendation_rules WHERE kind = 'start';

-- The platforms from the directory that suit each starting role, best first. The results show the
-- first three that offer a kind of work the person chose, or the first three if they chose none.
CREATE TABLE placement_platforms (
    career_role_slug VARCHAR(60) NOT NULL REFERENCES career_roles (slug),
    platform_slug    VARCHAR(60) NOT NULL REFERENCES platforms (slug),
    position         INTEGER     NOT NULL,
    PRIMARY KEY (career_role_slug, platform_slug)
);

INSERT INTO placement_platforms (career_role_slug, platform_slug, position) VALUES
    ('entry-annotator', 'remotasks', 1), ('entry-annotator', 'appen', 2), ('entry-annotator', 'mechanical-turk', 3),
    ('entry-annotator', 'upwork', 4), ('entry-annotator', 'fiverr', 5), ('entry-annotator', 'scale-ai', 6),
    ('ai-data-trainer', 'scale-ai', 1), ('ai-data-trainer', 'appen', 2), ('ai-data-trainer', 'upwork', 3),
    ('ai-data-trainer', 'linkedin', 4), ('ai-data-trainer', 'ai-jobs', 5), ('ai-data-trainer', 'remotasks', 6),
    ('senior-data-trainer', 'linkedin', 1), ('senior-data-trainer', 'ai-jobs', 2), ('senior-data-trainer', 'built-in', 3),
    ('senior-data-trainer', 'openai', 4), ('senior-data-trainer', 'google', 5), ('senior-data-trainer', 'upwork', 6);

-- ==== The plan: next steps, in order, each with a rough effort and the answer it comes from ====
-- phase: 'first' (the first two weeks), 'soon' (the next month or two), 'ongoing'. hours: a rough
-- effort, shown against the hours a week the person gave (for ongoing steps, hours a week).
-- trigger, and the column it reads:
--   always              every plan
--   skill-below         skill_slug scored below threshold
--   not-prepared        preparation_slug not yet done (or not known)
--   annotation-below    annotation experience shallower than threshold (a depth)
--   field / no-field    a particular field chosen / General chosen
--   languages           at least threshold languages at a professional level
--   start-role          the placement starts at career_role_slug
-- {field}, {examples}, {languages}, {role} in the text are filled from the person's answers.
CREATE TABLE next_steps (
    slug              VARCHAR(60)   PRIMARY KEY,
    phase             VARCHAR(8)    NOT NULL CHECK (phase IN ('first', 'soon', 'ongoing')),
    position          INTEGER       NOT NULL,
    hours             INTEGER       NOT NULL CHECK (hours BETWEEN 1 AND 200),
    roadmap_step_slug VARCHAR(60)   REFERENCES roadmap_steps (slug),
    trigger_kind      VARCHAR(20)   NOT NULL CHECK (trigger_kind IN ('always', 'skill-below', 'not-prepared',
                                    'annotation-below', 'field', 'no-field', 'languages', 'start-role')),
    skill_slug        VARCHAR(60)   REFERENCES skills (slug),
    threshold         INTEGER,
    preparation_slug  VARCHAR(30)   REFERENCES preparation_steps (slug),
    career_role_slug  VARCHAR(60)   REFERENCES career_roles (slug),
    title             VARCHAR(160)  NOT NULL,
    text              VARCHAR(1000) NOT NULL,
    generalist_text   VARCHAR(1000)
);

INSERT INTO next_steps (slug, phase, position, hours, roadmap_step_slug, trigger_kind, skill_slug, threshold,
        preparation_slug, career_role_slug, title, text, generalist_text) VALUES
    ('take-ai-course', 'first', 1, 10, 'learn-ai-fundamentals', 'not-prepared', NULL, NULL, 'ai-course', NULL,
     'Take a free introductory AI course',
     'Pick one beginner course (Coursera, edX and fast.ai all have free ones) and finish its first modules: how models learn from examples, why data quality decides the result, and what overfitting and bias look like. No coding is needed for this part.',
     NULL),
    ('try-annotation-tool', 'first', 2, 4, 'try-annotation-tools', 'not-prepared', NULL, NULL, 'annotation-tools', NULL,
     'Label a practice set in an annotation tool',
     'Open a free account on a labelling tool such as Labelbox, import a small public data set and label fifty items. Note how the tool handles unclear items: that is where projects test you.',
     NULL),
    ('practise-guidelines', 'first', 3, 3, 'build-a-portfolio', 'skill-below', 'attention-to-detail', 60, NULL, NULL,
     'Practise labelling against a written guideline',
     'Take a public data set with its labelling instructions, label a hundred items, then compare your labels with the published ones and write down every rule you misread. Careful, consistent work is what reviewers check first.',
     NULL),
    ('practise-hard-cases', 'first', 4, 3, NULL, 'skill-below', 'analytical-thinking', 60, NULL, NULL,
     'Practise deciding the hard cases',
     'When an item fits two labels, write one sentence saying which rule decided it. Do this for twenty borderline items from any public data set; it trains the judgement projects pay for.',
     NULL),
    ('learn-how-models-fail', 'first', 5, 4, 'learn-ai-fundamentals', 'skill-below', 'ai-ml-literacy', 60, NULL, NULL,
     'Learn how models go wrong',
     'Read short introductions to training data, overfitting, misleading accuracy and bias, then explain each one to a friend in two sentences. Understanding failure is what makes your checks useful.',
     NULL),
    ('write-feedback', 'first', 6, 3, NULL, 'skill-below', 'communication', 60, NULL, NULL,
     'Practise writing short, useful feedback',
     'Ask a chatbot ten questions about {field}, then write two or three sentences on each answer: what is right, what is wrong, and why. Keep the notes; they are also portfolio material.',
     'Ask a chatbot ten everyday questions, then write two or three sentences on each answer: what is right, what is wrong, and why. Keep the notes; they are also portfolio material.'),
    ('open-accounts', 'first', 7, 4, NULL, 'always', NULL, NULL, NULL, NULL,
     'Open accounts on the platforms that fit your start',
     'Create profiles on the platforms listed below and take their qualification tests when you have a quiet hour: they decide which projects you are offered.',
     NULL),
    ('first-task-entry', 'soon', 1, 6, 'build-a-portfolio', 'start-role', NULL, NULL, NULL, 'entry-annotator',
     'Try your first paid task: a short labelling batch',
     'Take a small, well-described batch, such as sorting short texts by topic or tagging objects in photos, on one of the platforms below. Read the guideline twice before you start and keep your accuracy high rather than your speed.',
     NULL),
    ('first-task-trainer', 'soon', 1, 8, 'build-a-portfolio', 'start-role', NULL, NULL, NULL, 'ai-data-trainer',
     'Try your first paid task in your field',
     'Look for an expert evaluation or labelling project in {field}, for example: {examples} Specialist projects often start with a paid test task; treat it as your first real assignment.',
     NULL),
    ('first-task-senior', 'soon', 1, 10, NULL, 'start-role', NULL, NULL, NULL, 'senior-data-trainer',
     'Offer to review or write guidelines',
     'Apply for reviewer, lead or guideline-writing roles in {field}, and offer a sample: a one-page labelling guideline for a task you know well, with three worked hard cases.',
     NULL),
    ('field-practice', 'soon', 2, 8, 'deepen-domain-knowledge', 'field', NULL, NULL, NULL, NULL,
     'Practise on the kind of task your field needs',
     'Find a public data set or chatbot conversation close to {field} and work through it the way a project would ask you to. Typical tasks in your field: {examples}',
     NULL),
    ('everyday-practice', 'soon', 2, 8, 'build-a-portfolio', 'no-field', NULL, NULL, NULL, NULL,
     'Build a track record on everyday tasks',
     'Without a particular specialism, your first projects will be everyday ones: {examples} Do a few practice sets of each and keep a note of your accuracy.',
     NULL),
    ('build-portfolio', 'soon', 3, 15, 'build-a-portfolio', 'not-prepared', NULL, NULL, 'portfolio', NULL,
     'Start a small portfolio',
     'Collect three short pieces on a personal website or GitHub page: a labelled sample, a set of feedback notes on model answers, and a paragraph on a hard case and how you decided it. Leave out anything private or confidential.',
     NULL),
    ('offer-languages', 'soon', 4, 3, NULL, 'languages', NULL, 2, NULL, NULL,
     'Offer work in your languages',
     'Many projects need people who can label, transcribe or judge AI answers in more than one language, and fewer people can. Name {languages} on every platform profile and look for translation checking and multilingual chatbot evaluation.',
     NULL),
    ('get-paid-experience', 'soon', 5, 20, 'build-a-portfolio', 'annotation-below', NULL, 2, NULL, NULL,
     'Get some paid annotation experience',
     'A few paid projects, even small ones, are what moves you up the path: reviewers and lead roles ask for work you have done for a client, not only practice.',
     NULL),
    ('join-community', 'ongoing', 1, 1, 'join-the-community', 'not-prepared', NULL, NULL, 'community', NULL,
     'Join one AI community and read it weekly',
     'Pick one place (a subreddit, a Discord server or a local meetup) where annotators and data people talk, and spend an hour a week there. It is where openings and platform changes are mentioned first.',
     NULL),
    ('keep-field-current', 'ongoing', 2, 1, 'deepen-domain-knowledge', 'field', NULL, NULL, NULL, NULL,
     'Keep your knowledge of {field} current',
     'Your field is what projects pay for. Keep reading its journals or news for an hour a week, and note anything an AI model would be likely to get wrong.',
     NULL),
    ('keep-learning', 'ongoing', 3, 1, NULL, 'skill-below', 'adaptability', 60, NULL, NULL,
     'Learn one new tool or method a month',
     'Each month, try one new labelling tool, chatbot or guideline format for an hour. Projects change tools often; being quick to learn keeps you on them.',
     NULL);
