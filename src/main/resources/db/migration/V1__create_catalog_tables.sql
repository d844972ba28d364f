-- The guide's facts as reference data. Natural keys (slugs) keep seeds and URLs readable and let
-- one SQL file run unchanged on H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE content_sources (
    slug        VARCHAR(60)   PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    updated_on  DATE          NOT NULL
);

CREATE TABLE guide_sections (
    slug        VARCHAR(80)    PRIMARY KEY,
    number      VARCHAR(8)     NOT NULL UNIQUE,
    title       VARCHAR(200)   NOT NULL,
    summary     VARCHAR(300)   NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    position    INTEGER        NOT NULL,
    parent_slug VARCHAR(80)    REFERENCES guide_sections (slug),
    feature     VARCHAR(30)
);

CREATE TABLE faq_entries (
    slug         VARCHAR(80)   PRIMARY KEY,
    question     VARCHAR(300)  NOT NULL,
    answer       VARCHAR(4000) NOT NULL,
    section_slug VARCHAR(80)   REFERENCES guide_sections (slug),
    position     INTEGER       NOT NULL
);

CREATE TABLE skills (
    slug           VARCHAR(60)   PRIMARY KEY,
    number         VARCHAR(8)    NOT NULL UNIQUE,
    name           VARCHAR(120)  NOT NULL,
    summary        VARCHAR(300)  NOT NULL,
    meaning        VARCHAR(2000) NOT NULL,
    why_it_matters VARCHAR(2000) NOT NULL,
    most_critical  BOOLEAN       NOT NULL,
    position       INTEGER       NOT NULL
);

CREATE TABLE platform_categories (
    slug        VARCHAR(60)   PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    position    INTEGER       NOT NULL
);

CREATE TABLE platforms (
    slug           VARCHAR(60)   PRIMARY KEY,
    name           VARCHAR(120)  NOT NULL,
    category_slug  VARCHAR(60)   NOT NULL REFERENCES platform_categories (slug),
    url            VARCHAR(300)  NOT NULL,
    good_for       VARCHAR(1000) NOT NULL,
    notes          VARCHAR(1000),
    section_number VARCHAR(8)    NOT NULL,
    position       INTEGER       NOT NULL
);

CREATE TABLE work_types (
    slug        VARCHAR(60)   PRIMARY KEY,
    number      VARCHAR(8)    NOT NULL UNIQUE,
    name        VARCHAR(120)  NOT NULL,
    summary     VARCHAR(300)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    entry_point BOOLEAN       NOT NULL,
    position    INTEGER       NOT NULL
);

CREATE TABLE work_tasks (
    work_type_slug VARCHAR(60)   NOT NULL REFERENCES work_types (slug),
    position       INTEGER       NOT NULL,
    media          VARCHAR(20)   NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (work_type_slug, position)
);

CREATE TABLE platform_work_types (
    platform_slug  VARCHAR(60) NOT NULL REFERENCES platforms (slug),
    work_type_slug VARCHAR(60) NOT NULL REFERENCES work_types (slug),
    PRIMARY KEY (platform_slug, work_type_slug)
);

CREATE TABLE roadmap_steps (
    slug     VARCHAR(60)   PRIMARY KEY,
    number   VARCHAR(8)    NOT NULL UNIQUE,
    title    VARCHAR(120)  NOT NULL,
    summary  VARCHAR(300)  NOT NULL,
    position INTEGER       NOT NULL
);

CREATE TABLE roadmap_actions (
    step_slug VARCHAR(60)   NOT NULL REFERENCES roadmap_steps (slug),
    position  INTEGER       NOT NULL,
    text      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (step_slug, position)
);

CREATE TABLE roadmap_step_skills (
    step_slug  VARCHAR(60) NOT NULL REFERENCES roadmap_steps (slug),
    skill_slug VARCHAR(60) NOT NULL REFERENCES skills (slug),
    PRIMARY KEY (step_slug, skill_slug)
);

CREATE TABLE roadmap_step_platforms (
    step_slug     VARCHAR(60) NOT NULL REFERENCES roadmap_steps (slug),
    platform_slug VARCHAR(60) NOT NULL REFERENCES platforms (slug),
    PRIMARY KEY (step_slug, platform_slug)
);

CREATE TABLE pay_bands (
    slug              VARCHAR(60)    PRIMARY KEY,
    name              VARCHAR(120)   NOT NULL,
    summary           VARCHAR(1000)  NOT NULL,
    currency          VARCHAR(3)     NOT NULL,
    hourly_min        NUMERIC(10, 2) NOT NULL,
    hourly_max        NUMERIC(10, 2) NOT NULL,
    hourly_open_ended BOOLEAN        NOT NULL,
    annual_min        NUMERIC(12, 2) NOT NULL,
    annual_max        NUMERIC(12, 2) NOT NULL,
    annual_open_ended BOOLEAN        NOT NULL,
    position          INTEGER        NOT NULL,
    CHECK (hourly_min < hourly_max AND annual_min < annual_max)
);

CREATE TABLE pay_factors (
    slug      VARCHAR(60)   PRIMARY KEY,
    name      VARCHAR(120)  NOT NULL,
    guide_says VARCHAR(1000) NOT NULL,
    position  INTEGER       NOT NULL
);

-- effect: what the guide says the option does to pay (raises, neutral, lowers)
CREATE TABLE pay_factor_options (
    slug        VARCHAR(60)   PRIMARY KEY,
    factor_slug VARCHAR(60)   NOT NULL REFERENCES pay_factors (slug),
    label       VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    effect      VARCHAR(10)   NOT NULL CHECK (effect IN ('raises', 'neutral', 'lowers')),
    position    INTEGER       NOT NULL
);

CREATE TABLE job_search_terms (
    term     VARCHAR(80) PRIMARY KEY,
    position INTEGER     NOT NULL
);

-- stage: entry, core, senior or branch; pay_band_slug is null where the guide gives no figure
CREATE TABLE career_roles (
    slug          VARCHAR(60)   PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    summary       VARCHAR(300)  NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    what_it_takes VARCHAR(2000) NOT NULL,
    extra_study   VARCHAR(1000),
    stage         VARCHAR(10)   NOT NULL CHECK (stage IN ('entry', 'core', 'senior', 'branch')),
    pay_band_slug VARCHAR(60)   REFERENCES pay_bands (slug),
    pay_note      VARCHAR(1000) NOT NULL,
    parent_slug   VARCHAR(60)   REFERENCES career_roles (slug),
    position      INTEGER       NOT NULL
);

CREATE TABLE career_role_work_types (
    role_slug      VARCHAR(60) NOT NULL REFERENCES career_roles (slug),
    work_type_slug VARCHAR(60) NOT NULL REFERENCES work_types (slug),
    PRIMARY KEY (role_slug, work_type_slug)
);

CREATE TABLE career_role_platforms (
    role_slug     VARCHAR(60) NOT NULL REFERENCES career_roles (slug),
    platform_slug VARCHAR(60) NOT NULL REFERENCES platforms (slug),
    PRIMARY KEY (role_slug, platform_slug)
);

CREATE TABLE challenges (
    slug        VARCHAR(60)   PRIMARY KEY,
    title       VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    coping      VARCHAR(1000) NOT NULL,
    position    INTEGER       NOT NULL
);

-- tier: general, specialized or niche (the guide says niche and technical fields pay more)
CREATE TABLE domains (
    slug     VARCHAR(60)   PRIMARY KEY,
    name     VARCHAR(120)  NOT NULL,
    tier     VARCHAR(12)   NOT NULL CHECK (tier IN ('general', 'specialized', 'niche')),
    examples VARCHAR(1000) NOT NULL,
    position INTEGER       NOT NULL
);
