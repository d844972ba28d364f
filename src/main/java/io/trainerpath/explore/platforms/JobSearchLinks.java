package io.trainerpath.explore.platforms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trainerpath.catalog.JobSearchTerm;
import io.trainerpath.catalog.Platform;

/**
 * Ready-made searches: each job title of the guide's section 8.1 on each job board whose search
 * address we know. The title goes into the query string encoded, so "Domain Expert (AI/ML)" stays one
 * search term.
 */
final class JobSearchLinks {

	/** Search addresses by platform slug, in the order the boards appear in the guide. */
	static final Map<String, String> SEARCH_URLS;

	static {
		Map<String, String> urls = new LinkedHashMap<>();
		urls.put("linkedin", "https://www.linkedin.com/jobs/search/?keywords=");
		urls.put("indeed", "https://www.indeed.com/jobs?q=");
		urls.put("glassdoor", "https://www.glassdoor.com/Job/jobs.htm?sc.keyword=");
		urls.put("ziprecruiter", "https://www.ziprecruiter.com/jobs-search?search=");
		SEARCH_URLS = Map.copyOf(urls);
	}

	private static final List<String> ORDER = List.of("linkedin", "indeed", "glassdoor", "ziprecruiter");

	private JobSearchLinks() {
	}

	record Board(String slug, String name) {
	}

	record Link(Board board, String url) {
	}

	record JobSearch(String term, List<Link> links) {
	}

	/** The boards that are both in the catalog and searchable, in a fixed order. */
	static List<Board> boards(List<Platform> platforms) {
		return ORDER.stream()
			.flatMap(slug -> platforms.stream().filter(p -> p.getSlug().equals(slug)))
			.map(p -> new Board(p.getSlug(), p.getName()))
			.toList();
	}

	static List<JobSearch> build(List<JobSearchTerm> terms, List<Platform> platforms) {
		List<Board> boards = boards(platforms);
		return terms.stream()
			.map(term -> new JobSearch(term.getTerm(),
					boards.stream().map(board -> new Link(board, url(board.slug(), term.getTerm()))).toList()))
			.toList();
	}

	static String url(String boardSlug, String term) {
		String base = SEARCH_URLS.get(boardSlug);
		if (base == null) {
			throw new IllegalArgumentException("No search address for " + boardSlug);
		}
		return base + URLEncoder.encode(term, StandardCharsets.UTF_8);
	}

}
