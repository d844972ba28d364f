package io.trainerpath.assessment;

/** A named band of overall scores, from its minimum up to the next level's. */
public record ReadinessLevel(String slug, String name, int minScore, String meaning) {
}
