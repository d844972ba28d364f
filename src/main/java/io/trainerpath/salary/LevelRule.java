package io.trainerpath.salary;

/**
 * One rule for the level a situation fits, with the reason in plain words. Rules are read in order and
 * the first whose conditions hold gives the suggestion; the last asks nothing, so there always is one.
 */
public record LevelRule(String slug, Conditions conditions, String band, String reason) {
}
