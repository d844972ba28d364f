-- Neutral options never move the estimate; the others move it the way the guide says, by amounts we
-- chose. Every factor at its lowest adds up to -0.45 and every factor at its highest to at least +0.40,
-- more than the 0.35 needed to reach a band's edge with the default half-width of 0.15, so the extreme
-- situations land exactly on the guide's minimum and maximum.
INSERT INTO salary_factor_weights (option_slug, hourly_shift, annual_shift, reason) VALUES
    ('domain-general',             -0.1000, -0.1000, 'Work anyone can learn quickly has the most people competing for it.'),
    ('domain-specialized',          0.0000,  0.0000, 'The middle case: the bands already assume professional knowledge of this kind.'),
    ('domain-niche',                0.1000,  0.1000, 'Scarce expertise is the factor the guide stresses most, so it weighs as much as any.'),
    ('experience-new',             -0.1000, -0.1000, 'Newcomers at a level usually start near its bottom.'),
    ('experience-some',             0.0000,  0.0000, 'The middle case.'),
    ('experience-seasoned',         0.1000,  0.1000, 'People with a track record at a level tend to sit near its top.'),
    ('location-elsewhere',         -0.0500, -0.0500, 'A smaller step: remote work narrows the gap between places.'),
    ('location-other-city',         0.0000,  0.0000, 'The middle case.'),
    ('location-tech-hub',           0.0500,  0.0500, 'A smaller step, for the same reason.'),
    ('employment-employee',         0.0000,  0.0000, 'The yearly bands describe salaried jobs, so a job is the baseline.'),
    ('employment-freelance',        0.0500,  0.0000, 'Contract work pays a higher rate per hour; it does not change what a salaried job pays.'),
    ('company-crowdsourcing',      -0.1000, -0.1000, 'Crowd-work sites are where the guide expects the lowest rates.'),
    ('company-smaller',             0.0000,  0.0000, 'The middle case.'),
    ('company-startup',             0.0300,  0.0300, 'The guide says these may pay more, so a modest step.'),
    ('company-large-tech',          0.0500,  0.0500, 'Also a "may pay more", a little above start-ups because it is the steadier payer.'),
    ('complexity-straightforward', -0.1000, -0.1000, 'Simple tagging is the cheapest work at any level.'),
    ('complexity-analytical',       0.0000,  0.0000, 'The middle case.'),
    ('complexity-expert',           0.1000,  0.1000, 'Judgement on unclear or ethical questions is what clients pay most for.');
