package io.trainerpath.assessment;

import java.util.List;

/**
 * What the rules suggest: which kinds of work fit, which skills are strong, and the weakest skills
 * (lowest first) to work on next. Everything is named by slug.
 */
public record Recommendations(List<RuleMatch> workTypes, List<String> strengths, List<String> gaps) {
}
