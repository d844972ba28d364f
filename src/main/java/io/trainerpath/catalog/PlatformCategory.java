package io.trainerpath.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "platform_categories")
public class PlatformCategory extends CatalogItem {

	private String name;

	private String description;

	protected PlatformCategory() {
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

}
