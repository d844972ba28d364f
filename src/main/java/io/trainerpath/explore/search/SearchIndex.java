package io.trainerpath.explore.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.trainerpath.catalog.CareerRole;
import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.Challenge;
import io.trainerpath.catalog.Domain;
import io.trainerpath.catalog.PayBand;
import io.trainerpath.catalog.PayFactor;
import io.trainerpath.catalog.PayFactorOption;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.RoadmapStep;
import io.trainerpath.catalog.Skill;
import io.trainerpath.catalog.WorkTask;
import io.trainerpath.catalog.WorkType;
import io.trainerpath.explore.search.SearchDocument.Kind;
import io.trainerpath.guide.FaqItem;
import io.trainerpath.guide.Guide;
import io.trainerpath.guide.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything search can find, from the cached guide and catalog, the tool pages and the synonym groups
 * in the database, made into one {@link Searcher}. Built once, when the application is ready (or by the
 * first search, should one come sooner): the data only changes with a new migration, and so a restart.
 * It lives here, not in a Spring cache, so emptying the caches never makes a search rebuild it.
 */
@Component
class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Catalog catalog;

	private final Guide guide;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private volatile Searcher searcher;

	SearchIndex(Catalog catalog, Guide guide, MessageSource messages, JdbcClient jdbc) {
		this.catalog = catalog;
		this.guide = guide;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	/**
	 * Builds the index beside the first requests rather than before them: readiness waits for every
	 * ready-event listener, and the first build also reads the guide and catalog (most of its time). A
	 * search that comes sooner waits for it; should this build fail, the first search tries again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void buildAtStart() {
		Thread builder = new Thread(this::searcher, "search-index");
		builder.setDaemon(true);
		builder.start();
	}

	Searcher searcher() {
		Searcher built = searcher;
		if (built == null) {
			synchronized (this) {
				built = searcher;
				if (built == null) {
					long start = System.nanoTime();
					List<SearchDocument> documents = documents();
					List<List<String>> synonyms = synonymGroups();
					long read = System.nanoTime();
					built = new Searcher(documents, synonyms);
					searcher = built;
					// the first figure is mostly the guide and catalog being read and cached for every page
					log.info("Search: {} documents and {} synonym groups read in {} ms, index built in {} ms",
							documents.size(), synonyms.size(), (read - start) / 1_000_000,
							(System.nanoTime() - read) / 1_000_000);
				}
			}
		}
		return built;
	}

	/** The synonym groups of the search_synonyms table, each a list of words or phrases. */
	List<List<String>> synonymGroups() {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		jdbc.sql("select group_slug, term from search_synonyms order by group_slug, term")
			.query((row, number) -> Map.entry(row.getString(1), row.getString(2)))
			.list()
			.forEach(pair -> groups.computeIfAbsent(pair.getKey(), key -> new ArrayList<>()).add(pair.getValue()));
		return List.copyOf(groups.values());
	}

	List<SearchDocument> documents() {
		List<SearchDocument> documents = new ArrayList<>();
		for (Section section : guide.contents()) {
			String page = "/guide/" + section.slug();
			documents.add(new SearchDocument(Kind.SECTION, section.label(), sectionText(section), page));
			for (Section sub : section.subsections()) {
				documents.add(new SearchDocument(Kind.SECTION, sub.number() + " " + sub.title(), sectionText(sub),
						page + "#" + sub.slug()));
			}
		}
		for (ToolPage tool : ToolPage.values()) {
			documents.add(new SearchDocument(Kind.TOOL, message(tool.titleKey()), message(tool.textKey()), tool.url()));
		}
		for (Domain domain : catalog.domains()) {
			documents.add(new SearchDocument(Kind.FIELD, domain.getName(),
					join(domain.getExamples(), message("explore.search.field.tier." + domain.getTier())),
					"/salary?domain=" + domain.getSlug()));
		}
		for (Skill skill : catalog.skills()) {
			documents.add(new SearchDocument(Kind.SKILL, skill.getName(),
					join(skill.getSummary(), skill.getMeaning(), skill.getWhyItMatters()), anchor(skill.getNumber())));
		}
		for (RoadmapStep step : catalog.roadmapSteps()) {
			documents.add(new SearchDocument(Kind.ROADMAP_STEP, step.getTitle(),
					join(step.getSummary(), String.join(" ", step.getActions())), anchor(step.getNumber())));
		}
		for (WorkType workType : catalog.workTypes()) {
			String tasks = workType.getTasks()
				.stream()
				.map(task -> task.getName() + ": " + task.getDescription())
				.collect(Collectors.joining(" "));
			documents.add(new SearchDocument(Kind.WORK_TYPE, workType.getName(),
					join(workType.getSummary(), workType.getDescription(), tasks), anchor(workType.getNumber())));
		}
		for (CareerRole role : catalog.careerRoles()) {
			documents.add(new SearchDocument(Kind.ROLE, role.getName(),
					join(role.getSummary(), role.getDescription(), role.getWhatItTakes(), role.getExtraStudy(),
							role.getPayNote()),
					"/careers/" + role.getSlug()));
		}
		for (Platform platform : catalog.platforms()) {
			documents.add(new SearchDocument(Kind.PLATFORM, platform.getName(),
					join(platform.getGoodFor(), platform.getNotes(), platform.getCategory().getName()),
					"/platforms?category=" + platform.getCategory().getSlug() + "#" + platform.getSlug()));
		}
		for (FaqItem item : guide.faq()) {
			documents.add(new SearchDocument(Kind.FAQ, item.question(), PlainText.of(item.answerHtml()),
					"/faq#" + item.slug()));
		}
		return List.copyOf(documents);
	}

	/** What the section's page shows: its summary, its prose and the catalog facts printed beside it. */
	private String sectionText(Section section) {
		return join(section.summary(), PlainText.of(section.html()), facts(section));
	}

	private String facts(Section section) {
		if (section.feature() == null) {
			return null;
		}
		List<String> facts = new ArrayList<>();
		switch (section.feature()) {
			case "pay-factors" -> {
				for (PayFactor factor : catalog.payFactors()) {
					facts.add(factor.getName() + ": " + factor.getGuideSays());
					for (PayFactorOption option : factor.getOptions()) {
						facts.add(option.getLabel() + ": " + option.getDescription());
					}
				}
			}
			case "pay-bands" -> {
				for (PayBand band : catalog.payBands()) {
					facts.add(band.getName() + ": " + band.getSummary() + " " + band.hourlyRange() + " "
							+ message("explore.search.perHour") + ", " + band.annualRange() + " "
							+ message("explore.search.perYear") + ".");
				}
				facts.add(message("pay.bands.note"));
			}
			case "job-search" -> {
				catalog.jobSearchTerms().forEach(term -> facts.add(term.getTerm() + "."));
				facts.addAll(platformsNamedIn(section));
			}
			case "platforms" -> facts.addAll(platformsNamedIn(section));
			case "careers" -> {
				for (CareerRole role : catalog.careerRoles()) {
					facts.add(join(role.getName() + ": " + role.getSummary(), role.getExtraStudy()));
				}
			}
			case "challenges" -> {
				for (Challenge challenge : catalog.challenges()) {
					facts.add(challenge.getTitle() + ": " + challenge.getDescription() + " " + challenge.getCoping());
				}
			}
			default -> {
				// skills, roadmap steps and kinds of work are documents of their own
			}
		}
		return String.join(" ", facts);
	}

	private List<String> platformsNamedIn(Section section) {
		return catalog.platformsNamedIn(section.number())
			.stream()
			.map(platform -> join(platform.getName() + ": " + platform.getGoodFor(), platform.getNotes()))
			.toList();
	}

	/** The guide page and anchor of a numbered subsection, such as "4.1". */
	private String anchor(String number) {
		for (Section section : guide.contents()) {
			for (Section sub : section.subsections()) {
				if (sub.number().equals(number)) {
					return "/guide/" + section.slug() + "#" + sub.slug();
				}
			}
		}
		return "/guide";
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.ROOT);
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(text.isEmpty() ? "" : " ").append(part);
			}
		}
		return text.toString();
	}

}
