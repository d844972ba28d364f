package io.trainerpath.catalog;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * Where the portal's facts and figures come from: the title it was published under, its address, its
 * author when known, and the day the portal's figures were last checked against it.
 */
@Entity
@Immutable
@Table(name = "content_sources")
public class ContentSource {

	@Id
	private String slug;

	private String title;

	private String description;

	private String url;

	private String author;

	/** The month of publication as yyyy-MM: the source gives no day. */
	private String publishedIn;

	private LocalDate updatedOn;

	protected ContentSource() {
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getUrl() {
		return url;
	}

	/** The site that published it, such as example.blogspot.com; null without an address. */
	public String getSite() {
		return url == null ? null : URI.create(url).getHost();
	}

	/** Null when the source names nobody. */
	public String getAuthor() {
		return author;
	}

	public YearMonth getPublishedIn() {
		return publishedIn == null ? null : YearMonth.parse(publishedIn);
	}

	/** The day the portal's figures were last checked against the source. */
	public LocalDate getUpdatedOn() {
		return updatedOn;
	}

}
