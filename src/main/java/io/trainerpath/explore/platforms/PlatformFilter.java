package io.trainerpath.explore.platforms;

import java.util.List;
import java.util.Optional;

import io.trainerpath.catalog.CatalogItem;
import io.trainerpath.catalog.Platform;
import io.trainerpath.catalog.PlatformCategory;
import io.trainerpath.catalog.WorkType;

/**
 * Which platforms to show: those of one category, those offering one kind of work, or both. A blank
 * value means "any"; a value that names nothing is kept as given so the page and the API can say so.
 * Shared by the directory page and the JSON API, so both filter the same way.
 */
public record PlatformFilter(PlatformCategory category, WorkType workType, String unknownCategory,
		String unknownWorkType) {

	/** Unknown values are echoed back to the user, so they are cut to this length first. */
	public static final int MAX_ECHO = 60;

	public static PlatformFilter resolve(String categorySlug, String workTypeSlug, List<PlatformCategory> categories,
			List<WorkType> workTypes) {
		String category = clean(categorySlug);
		String workType = clean(workTypeSlug);
		Optional<PlatformCategory> knownCategory = find(categories, category);
		Optional<WorkType> knownWorkType = find(workTypes, workType);
		return new PlatformFilter(knownCategory.orElse(null), knownWorkType.orElse(null),
				category != null && knownCategory.isEmpty() ? echo(category) : null,
				workType != null && knownWorkType.isEmpty() ? echo(workType) : null);
	}

	/** True when every value given names something real. */
	public boolean valid() {
		return unknownCategory == null && unknownWorkType == null;
	}

	public boolean active() {
		return category != null || workType != null;
	}

	public boolean matches(Platform platform) {
		return (category == null || platform.getCategory().equals(category))
				&& (workType == null || platform.offers(workType));
	}

	/** The matching platforms, in the order given. An unknown value filters nothing. */
	public List<Platform> apply(List<Platform> platforms) {
		return platforms.stream().filter(this::matches).toList();
	}

	public String categorySlug() {
		return category == null ? null : category.getSlug();
	}

	public String workTypeSlug() {
		return workType == null ? null : workType.getSlug();
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String echo(String value) {
		return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
	}

	private static <T extends CatalogItem> Optional<T> find(List<T> items, String slug) {
		return slug == null ? Optional.empty() : items.stream().filter(i -> i.getSlug().equals(slug)).findFirst();
	}

}
