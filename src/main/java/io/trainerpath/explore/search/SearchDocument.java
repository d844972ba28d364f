package io.trainerpath.explore.search;

/** One thing search can find: its kind, its title, its plain text and the page that shows it. */
record SearchDocument(Kind kind, String title, String text, String url) {

	/** The kinds of thing, in the order their result groups appear. */
	enum Kind {

		SECTION, SKILL, ROADMAP_STEP, WORK_TYPE, ROLE, PLATFORM, FAQ;

		/** The message key of this kind's group heading. */
		public String messageKey() {
			return "explore.search.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
