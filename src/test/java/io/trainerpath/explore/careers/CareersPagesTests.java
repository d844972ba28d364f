package io.trainerpath.explore.careers;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The careers pages, checked against what the database holds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareersPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void drawsTheMainPathInOrderWithEveryBranchUnderItsStep() {
		String body = new Http(port).get("/careers").body();
		List<String> mainPath = jdbc.queryForList(
				"SELECT slug FROM career_roles WHERE stage <> 'branch' ORDER BY position", String.class);
		List<String> branches = jdbc.queryForList(
				"SELECT slug FROM career_roles WHERE stage = 'branch' ORDER BY position", String.class);

		assertThat(mainPath).containsExactly("entry-annotator", "ai-data-trainer", "senior-data-trainer");
		assertThat(body).containsSubsequence(mainPath.stream().map(slug -> "id=\"step-" + slug + "\"").toList());
		String core = body.substring(body.indexOf("id=\"step-ai-data-trainer\""), body.indexOf("id=\"step-senior-data-trainer\""));
		assertThat(branches).hasSize(4)
			.allSatisfy(slug -> assertThat(core).contains("href=\"/careers/" + slug + "\""));
	}

	@Test
	void showsEachRolesPayBandFromTheDatabaseAndLinksToAnEstimateAtThatLevel() {
		List<Map<String, Object>> roles = jdbc.queryForList("""
				SELECT r.slug, r.name, r.pay_band_slug, b.hourly_min, b.hourly_max
				FROM career_roles r JOIN pay_bands b ON b.slug = r.pay_band_slug
				""");

		assertThat(roles).hasSizeGreaterThanOrEqualTo(3);
		for (Map<String, Object> role : roles) {
			HttpResponse<String> page = new Http(port).get("/careers/" + role.get("slug"));
			String min = "$" + ((java.math.BigDecimal) role.get("hourly_min")).intValue();
			String max = "$" + ((java.math.BigDecimal) role.get("hourly_max")).intValue();

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<h1>" + role.get("name").toString().replace("&", "&amp;") + "</h1>")
				.contains(min + "–" + max)
				.contains("href=\"/salary?band=" + role.get("pay_band_slug") + "\"");
		}
	}

	@Test
	void saysHonestlyWhenTheGuideGivesNoPayForARole() {
		List<String> unpaid = jdbc.queryForList("SELECT slug FROM career_roles WHERE pay_band_slug IS NULL",
				String.class);

		assertThat(unpaid).isNotEmpty();
		for (String slug : unpaid) {
			String body = new Http(port).get("/careers/" + slug).body();

			assertThat(body).contains("does not put a figure on this role").doesNotContain("/salary?band=");
		}
	}

	@Test
	void listsTheWorkTypesAndPlatformsThatLeadToARole() {
		String body = new Http(port).get("/careers/entry-annotator").body();
		List<String> platforms = jdbc.queryForList("""
				SELECT p.name FROM career_role_platforms c JOIN platforms p ON p.slug = c.platform_slug
				WHERE c.role_slug = 'entry-annotator' ORDER BY p.position
				""", String.class);
		List<String> workTypes = jdbc.queryForList("""
				SELECT w.name FROM career_role_work_types c JOIN work_types w ON w.slug = c.work_type_slug
				WHERE c.role_slug = 'entry-annotator' ORDER BY w.position
				""", String.class);

		assertThat(platforms).isNotEmpty();
		assertThat(body).containsSubsequence(platforms.stream().map(name -> ">" + name + "</a>").toList());
		assertThat(body).contains(workTypes.stream().map(name -> ">" + name + "</a>").toList());
		assertThat(body).contains("href=\"/guide/types-of-data-training#annotation-and-labeling\"");
	}

	@Test
	void showsTheExtraStudyABranchTakes() {
		String study = jdbc.queryForObject(
				"SELECT extra_study FROM career_roles WHERE slug = 'data-scientist-ml-engineer'", String.class);

		assertThat(new Http(port).get("/careers/data-scientist-ml-engineer").body()).contains(study);
	}

	@Test
	void answersAnUnknownRoleWithTheNotFoundPage() {
		HttpResponse<String> response = new Http(port).get("/careers/astronaut");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page");
	}

}
