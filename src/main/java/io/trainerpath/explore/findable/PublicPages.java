package io.trainerpath.explore.findable;

import java.util.ArrayList;
import java.util.List;

import io.trainerpath.catalog.Catalog;
import io.trainerpath.catalog.CareerRole;
import io.trainerpath.guide.Guide;
import io.trainerpath.guide.Section;
import org.springframework.stereotype.Component;

/** Every public page worth finding from a search engine, as paths, home first. */
@Component
class PublicPages {

	/**
	 * Pages other features own (the readiness quiz and the pay estimator). Features link by URL, not
	 * by code, so the sitemap names them here; FindabilityTests proves they answer.
	 */
	static final List<String> OWNED_BY_OTHER_FEATURES = List.of("/assessment", "/assessment/method", "/salary",
			"/salary/method");

	private final Guide guide;

	private final Catalog catalog;

	PublicPages(Guide guide, Catalog catalog) {
		this.guide = guide;
		this.catalog = catalog;
	}

	List<String> paths() {
		List<String> paths = new ArrayList<>();
		paths.add("/");
		paths.add("/guide");
		for (Section section : guide.contents()) {
			paths.add("/guide/" + section.slug());
		}
		paths.add("/faq");
		paths.add("/careers");
		for (CareerRole role : catalog.careerRoles()) {
			paths.add("/careers/" + role.getSlug());
		}
		paths.add("/platforms");
		paths.add("/api");
		paths.addAll(OWNED_BY_OTHER_FEATURES);
		return List.copyOf(paths);
	}

}
