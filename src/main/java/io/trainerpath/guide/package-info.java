/**
 * The guide itself: its sections rendered from Markdown, and the frequently asked questions.
 */
package io.trainerpath.guide;
