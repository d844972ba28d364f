package io.trainerpath.explore.search;

import java.util.Locale;

/**
 * One thing search can find: its kind, its title, its plain text and the page that shows it. The
 * folded copies are the title and text in lower case, made once, so matching is a plain
 * {@code indexOf} rather than a case-blind comparison at every position.
 */
record SearchDocument(Kind kind, String title, String text, String url, String foldedTitle, String foldedText) {

	SearchDocument(Kind kind, String title, String text, String url) {
		this(kind, title, text, url, title.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
	}

	/** The kinds of thing, in the order their result groups appear. */
	enum Kind {

		SECTION, SKILL, ROADMAP_STEP, WORK_TYPE, ROLE, PLATFORM, FAQ;

		/** The message key of this kind's group heading. */
		public String messageKey() {
			return "explore.search.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
