package io.trainerpath.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaselinesTests {

	@Test
	void readsEachFormsMethodActionAndDefaultValues() {
		String html = """
				<form action="/search" role="search"><input type="search" name="q"><button>Search</button></form>
				<form method="post" action="/assessment/step?n=2&amp;x=1">
				  <input type="hidden" name="_csrf" value="token">
				  <fieldset><input type="radio" name="level" value="none" id="level">
				  <input type="radio" name="level" value="expert"></fieldset>
				  <input type="radio" name="pace" value="slow" id="pace"><input type="radio" name="pace" value="fast" checked>
				  <select name="band" id="band"><option value="entry-annotator">Entry</option>
				    <option value="senior-expert" selected>Senior</option></select>
				  <textarea name="notes"> hello </textarea>
				  <input type="number" name="hours" value="40">
				  <button type="submit" name="action" value="next">Next</button>
				</form>
				""";

		List<Baselines.Form> forms = Baselines.formsIn(html);

		assertThat(forms).hasSize(2);
		assertThat(forms.get(0).method()).isEqualTo("GET");
		assertThat(forms.get(0).action()).isEqualTo("/search");
		assertThat(forms.get(0).fields()).containsExactly(java.util.Map.entry("q", ""));
		assertThat(forms.get(1).method()).isEqualTo("POST");
		assertThat(forms.get(1).action()).isEqualTo("/assessment/step?n=2&x=1");
		assertThat(forms.get(1).fields()).containsExactly(java.util.Map.entry("level", "none"),
				java.util.Map.entry("pace", "fast"), java.util.Map.entry("band", "senior-expert"), java.util.Map.entry("notes", "hello"),
				java.util.Map.entry("hours", "40"));
	}

}
