package io.trainerpath.assessment.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.trainerpath.assessment.Assessment;
import io.trainerpath.assessment.Quiz;
import io.trainerpath.assessment.QuizQuestion;
import io.trainerpath.assessment.SkillWeight;
import io.trainerpath.catalog.Catalog;

/**
 * The scores of a plan's completed attempts, oldest first: one series for the overall score and one per
 * skill, each drawn as a small line chart (its points worked out here, in the chart's own units), and
 * what changed between the last two attempts, with the answers behind each change.
 */
record ScoreHistory(List<Column> columns, List<Series> series, List<SkillChange> changes) {

	/** The drawing area of each small chart, in SVG units; scores run from 0 at the bottom to 100 at the top. */
	static final int WIDTH = 240;

	static final int HEIGHT = 80;

	static final int PAD = 8;

	/** One completed attempt: its number in the plan and when it was completed. */
	record Column(int number, LocalDateTime completedAt) {
	}

	/** One line: its name, its scores in attempt order, and where each falls in the chart. */
	record Series(String slug, String name, boolean overall, List<Integer> values, List<Point> points) {

		/** The points as an SVG polyline's "points" attribute. */
		public String polyline() {
			return points.stream().map(point -> point.x() + "," + point.y()).collect(Collectors.joining(" "));
		}

		public int first() {
			return values.get(0);
		}

		public int last() {
			return values.get(values.size() - 1);
		}

	}

	record Point(int x, int y, int value) {
	}

	/** A skill whose score moved between the last two attempts, and the answers that moved it. */
	record SkillChange(String skill, int before, int after, List<AnswerChange> answers) {

		public int change() {
			return after - before;
		}

	}

	record AnswerChange(String question, String before, String after) {
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public int width() {
		return WIDTH;
	}

	/** Where 100, 50 and 0 fall, for the charts' faint guide lines. */
	public List<Integer> gridLines() {
		return List.of(PAD, HEIGHT / 2, HEIGHT - PAD);
	}

	/** A chart needs two attempts to draw a line. */
	public boolean chartable() {
		return columns.size() >= 2;
	}

	/**
	 * Builds the history from the completed attempts (oldest first) with their numbers in the plan.
	 */
	static ScoreHistory of(List<PlanView.Attempt> numbered, List<Assessment> completed, Quiz quiz, Catalog catalog) {
		List<String> order = quiz.weights().stream().map(SkillWeight::skillSlug).toList();
		List<Column> columns = numbered.stream().map(a -> new Column(a.number(), a.completedAt())).toList();
		List<Series> series = new ArrayList<>();
		series.add(series("overall", null, true, completed.stream().map(Assessment::getOverallScore).toList()));
		for (String skill : order) {
			series.add(series(skill, catalog.skill(skill).orElseThrow().getName(), false,
					completed.stream().map(a -> a.skillScores(order).getOrDefault(skill, 0)).toList()));
		}
		List<SkillChange> changes = completed.size() < 2 ? List.of()
				: changes(completed.get(completed.size() - 2), completed.get(completed.size() - 1), order, quiz, catalog);
		return new ScoreHistory(columns, series, changes);
	}

	private static Series series(String slug, String name, boolean overall, List<Integer> values) {
		int n = values.size();
		List<Point> points = IntStream.range(0, n).mapToObj(i -> new Point(
				n == 1 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (n - 1),
				HEIGHT - PAD - values.get(i) * (HEIGHT - 2 * PAD) / 100, values.get(i))).toList();
		return new Series(slug, name, overall, values, points);
	}

	private static List<SkillChange> changes(Assessment before, Assessment after, List<String> order, Quiz quiz,
			Catalog catalog) {
		Map<String, Integer> was = before.skillScores(order);
		Map<String, Integer> now = after.skillScores(order);
		boolean generalist = after.profile().map(profile -> !profile.hasField()).orElse(false);
		Map<String, String> oldAnswers = before.answers();
		Map<String, String> newAnswers = after.answers();
		List<SkillChange> changes = new ArrayList<>();
		for (String skill : order) {
			if (Objects.equals(was.get(skill), now.get(skill)) || !was.containsKey(skill) || !now.containsKey(skill)) {
				continue;
			}
			List<AnswerChange> answers = quiz.questionsOfSkill(skill)
				.stream()
				.filter(question -> !Objects.equals(oldAnswers.get(question.slug()), newAnswers.get(question.slug())))
				.map(question -> new AnswerChange(question.shortPrompt(),
						label(question, oldAnswers.get(question.slug()), generalist),
						label(question, newAnswers.get(question.slug()), generalist)))
				.toList();
			changes.add(new SkillChange(catalog.skill(skill).orElseThrow().getName(), was.get(skill), now.get(skill),
					answers));
		}
		return changes;
	}

	/** An answer's wording, or null for a question the attempt did not have (the practice task before it existed). */
	private static String label(QuizQuestion question, String optionSlug, boolean generalist) {
		return optionSlug == null ? null : question.option(optionSlug).map(option -> option.label(generalist)).orElse(null);
	}

}
