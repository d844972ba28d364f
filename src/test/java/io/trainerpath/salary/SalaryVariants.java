package io.trainerpath.salary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One address for every kind of results page the estimator gives, so the browser tests check them all:
 * an employee full-time and part-time, freelance with the real rate, a crowd worker, a level the answers
 * do not fit, a level left to us, the open top, and every section at once.
 */
final class SalaryVariants {

	private static final String NEUTRAL = "&location=location-other-city&company=company-smaller&complexity=complexity-analytical";

	static final Map<String, String> RESULTS = new LinkedHashMap<>();

	static {
		RESULTS.put("employee-full-time", "band=entry-annotator&domain=law&experience=experience-some"
				+ "&employment=employment-employee&hours=40" + NEUTRAL);
		RESULTS.put("employee-part-time", "band=entry-annotator&domain=general&experience=experience-new"
				+ "&employment=employment-part-time&hours=20" + NEUTRAL);
		RESULTS.put("freelance", "band=domain-trainer&domain=linguistics&experience=experience-some"
				+ "&employment=employment-freelance&hours=25" + NEUTRAL);
		RESULTS.put("crowd-worker", "band=entry-annotator&domain=general&experience=experience-some"
				+ "&location=location-elsewhere&employment=employment-freelance&company=company-crowdsourcing"
				+ "&complexity=complexity-straightforward&hours=20&unpaid=15&rejected=10");
		RESULTS.put("level-disagrees", "band=senior-expert&domain=medicine&experience=experience-new&annotation=none"
				+ "&employment=employment-employee&hours=40" + NEUTRAL);
		RESULTS.put("level-unsure", "band=suggest&domain=legal-document-review&experience=experience-seasoned"
				+ "&location=location-tech-hub&employment=employment-employee&company=company-large-tech"
				+ "&complexity=complexity-expert&hours=40");
		RESULTS.put("open-top", "band=senior-expert&domain=medical-imaging&experience=experience-seasoned"
				+ "&location=location-tech-hub&employment=employment-freelance&company=company-large-tech"
				+ "&complexity=complexity-expert&hours=30");
		RESULTS.put("everything", "band=senior-expert&domain=general&experience=experience-new&annotation=led"
				+ "&location=location-other-city&employment=employment-freelance&company=company-crowdsourcing"
				+ "&complexity=complexity-straightforward&hours=20&unpaid=15&rejected=10");
	}

	private SalaryVariants() {
	}

}
