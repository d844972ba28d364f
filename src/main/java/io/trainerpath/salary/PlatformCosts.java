package io.trainerpath.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What cuts the rate a platform advertises before it reaches the person: minutes of unpaid time for
 * each paid hour (qualification tests, waiting for tasks, reading guidelines), the share of work
 * rejected or otherwise unpaid, and the platform's fee, both in percent.
 */
public record PlatformCosts(int unpaidMinutes, int rejectedPercent, int feePercent) {

	public static final int MAX_UNPAID_MINUTES = 120;

	public static final int MAX_PERCENT = 100;

	public static final PlatformCosts NOTHING_UNPAID = new PlatformCosts(0, 0, 0);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	public PlatformCosts {
		if (unpaidMinutes < 0 || unpaidMinutes > MAX_UNPAID_MINUTES) {
			throw new IllegalArgumentException("Unpaid minutes out of range: " + unpaidMinutes);
		}
		if (rejectedPercent < 0 || rejectedPercent > MAX_PERCENT || feePercent < 0 || feePercent > MAX_PERCENT) {
			throw new IllegalArgumentException("A share must be between 0 and 100 percent");
		}
	}

	/**
	 * The share of the advertised rate a person keeps for every hour they work: what is left after the
	 * fee and the rejected work, spread over the paid hour and its unpaid minutes. 1 when nothing is
	 * unpaid; never more, and lower with every unpaid minute, rejected percent or fee percent.
	 */
	public BigDecimal keptShare() {
		BigDecimal afterFee = HUNDRED.subtract(BigDecimal.valueOf(feePercent)).divide(HUNDRED);
		BigDecimal accepted = HUNDRED.subtract(BigDecimal.valueOf(rejectedPercent)).divide(HUNDRED);
		BigDecimal paidPartOfTheHour = SIXTY.divide(SIXTY.add(BigDecimal.valueOf(unpaidMinutes)), 10, RoundingMode.DOWN);
		return afterFee.multiply(accepted).multiply(paidPartOfTheHour);
	}

}
