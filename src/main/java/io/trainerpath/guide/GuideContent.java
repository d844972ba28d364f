package io.trainerpath.guide;

import java.util.List;
import java.util.Map;

/** The guide as it is shown: rendered once from the database, then kept in the cache. */
record GuideContent(List<Section> contents, Map<String, Section> bySlug, List<FaqItem> faq) {
}
