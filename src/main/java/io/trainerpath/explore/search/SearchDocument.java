package io.trainerpath.explore.search;

import java.util.Locale;

/** One thing search can find: its kind, its title, its plain text and the page that shows it. */
record SearchDocument(Kind kind, String title, String text, String url) {

	/** The kinds of thing; each has its own group of results and its own heading. */
	enum Kind {

		SECTION, TOOL, FIELD, SKILL, ROADMAP_STEP, WORK_TYPE, ROLE, PLATFORM, FAQ;

		/** The message key of this kind's group heading. */
		public String messageKey() {
			return "explore.search.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
