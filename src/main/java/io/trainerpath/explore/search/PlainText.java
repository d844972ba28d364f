package io.trainerpath.explore.search;

/** Rendered guide HTML back to plain words, for matching and for snippets. */
final class PlainText {

	private PlainText() {
	}

	static String of(String html) {
		String text = html.replaceAll("<[^>]*>", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&nbsp;", " ")
			.replace("&amp;", "&");
		return text.replaceAll("\\s+", " ").strip();
	}

}
