-- The estimator's weights: how far each pay factor option moves an estimate inside its pay band.
-- The guide says which way each option pushes pay (pay_factor_options.effect); how far is the
-- portal's own assumption, so it lives here, apart from the guide's facts, and /salary/method shows it.
-- A shift is a fraction of the band's width: 0 leaves the estimate where it is, 0.1 moves it a tenth
-- of the way from the band's minimum towards its maximum. hourly_shift moves the hourly rate,
-- annual_shift the full-time yearly salary.
CREATE TABLE salary_factor_weights (
    option_slug  VARCHAR(60)   PRIMARY KEY REFERENCES pay_factor_options (slug),
    hourly_shift NUMERIC(6, 4) NOT NULL CHECK (hourly_shift BETWEEN -0.5 AND 0.5),
    annual_shift NUMERIC(6, 4) NOT NULL CHECK (annual_shift BETWEEN -0.5 AND 0.5),
    reason       VARCHAR(300)  NOT NULL
);
