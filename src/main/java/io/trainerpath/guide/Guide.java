package io.trainerpath.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The guide's sections and questions, for this feature's pages and for anyone who links to them. */
@Service
public class Guide {

	private final GuideLoader loader;

	Guide(GuideLoader loader) {
		this.loader = loader;
	}

	/** The top-level sections in reading order, each with its subsections. */
	public List<Section> contents() {
		return loader.load().contents();
	}

	/** A section or subsection by its slug. */
	public Optional<Section> section(String slug) {
		return Optional.ofNullable(loader.load().bySlug().get(slug));
	}

	public List<FaqItem> faq() {
		return loader.load().faq();
	}

	/** The top-level section before this one, if any. */
	public Optional<Section> previous(Section section) {
		int index = contents().indexOf(section);
		return index > 0 ? Optional.of(contents().get(index - 1)) : Optional.empty();
	}

	/** The top-level section after this one, if any. */
	public Optional<Section> next(Section section) {
		int index = contents().indexOf(section);
		return index >= 0 && index < contents().size() - 1 ? Optional.of(contents().get(index + 1))
				: Optional.empty();
	}

}
