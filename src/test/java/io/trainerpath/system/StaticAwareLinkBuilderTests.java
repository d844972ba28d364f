package io.trainerpath.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StaticAwareLinkBuilderTests {

	@ParameterizedTest
	@ValueSource(strings = { "/css/site.css", "/favicon.svg", "/js/menu.js?v=2", "/robots.txt", "/img/Photo.PNG#top" })
	void treatsLinksToFilesAsStatic(String link) {
		assertThat(StaticAwareLinkBuilder.isStaticFile(link)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/guide/essential-skills", "/salary?band=domain-trainer&hours=40",
			"/assessment/abc_DEF-123/results", "/platforms?category=crowd-work#list", "/v1.2/guide",
			"/search?q=site.css" })
	void leavesPageLinksAlone(String link) {
		assertThat(StaticAwareLinkBuilder.isStaticFile(link)).isFalse();
	}

}
