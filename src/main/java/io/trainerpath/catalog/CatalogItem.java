package io.trainerpath.catalog;

import java.util.Objects;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A piece of reference data named by its slug and placed in the guide's reading order. */
@MappedSuperclass
public abstract class CatalogItem {

	@Id
	private String slug;

	private int position;

	protected CatalogItem() {
	}

	public String getSlug() {
		return slug;
	}

	public int getPosition() {
		return position;
	}

	// Identity is the slug, so items compare equal across sessions and caches.
	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && Objects.equals(slug, ((CatalogItem) other).slug);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(slug);
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + slug + "]";
	}

}
