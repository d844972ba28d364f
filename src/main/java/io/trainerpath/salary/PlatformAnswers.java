package io.trainerpath.salary;

/**
 * What a person said about unpaid time, rejected work and fees; each is null when they left it out,
 * and then the portal's assumption stands in for it.
 */
public record PlatformAnswers(Integer unpaidMinutes, Integer rejectedPercent, Integer feePercent) {

	public static final PlatformAnswers NONE = new PlatformAnswers(null, null, null);

	public boolean anyGiven() {
		return unpaidMinutes != null || rejectedPercent != null || feePercent != null;
	}

	/** The complete figures: these answers, and the assumptions where an answer is missing. */
	public PlatformCosts or(PlatformCosts assumed) {
		return new PlatformCosts(unpaidMinutes != null ? unpaidMinutes : assumed.unpaidMinutes(),
				rejectedPercent != null ? rejectedPercent : assumed.rejectedPercent(),
				feePercent != null ? feePercent : assumed.feePercent());
	}

}
