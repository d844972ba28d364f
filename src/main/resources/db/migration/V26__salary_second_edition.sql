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
