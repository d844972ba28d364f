package io.trainerpath.guide;

/** A question with its answer rendered to HTML and the section that tells more. */
public record FaqItem(String slug, String question, String answerHtml, String sectionSlug) {
}
