package io.trainerpath.explore.search;

/**
 * The portal's tools and directories, which search finds by address. Their titles and descriptions
 * are messages (explore.search.tool.*), like every other text we write ourselves; only the address
 * lives here, because this feature may link to the quiz and the estimator but not use their code.
 */
enum ToolPage {

	QUIZ("/assessment", "quiz"),
	ESTIMATOR("/salary", "estimator"),
	METHOD("/salary/method", "method"),
	CAREERS("/careers", "careers"),
	PLATFORMS("/platforms", "platforms"),
	API("/api", "api");

	private final String url;

	private final String key;

	ToolPage(String url, String key) {
		this.url = url;
		this.key = key;
	}

	String url() {
		return url;
	}

	String titleKey() {
		return "explore.search.tool." + key + ".title";
	}

	String textKey() {
		return "explore.search.tool." + key + ".text";
	}

}
