package io.trainerpath.system;

import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class BadInputExceptionResolverTests {

	final BadInputExceptionResolver resolver = new BadInputExceptionResolver();

	@Test
	void turnsABrokenConstraintIntoA400() {
		MockHttpServletResponse response = new MockHttpServletResponse();

		var view = resolver.resolveException(new MockHttpServletRequest(), response, null,
				new ConstraintViolationException("hours: must be at most 80", Set.of()));

		assertThat(view).isNotNull();
		assertThat(response.getStatus()).isEqualTo(400);
	}

	@Test
	void leavesOtherFailuresAlone() {
		MockHttpServletResponse response = new MockHttpServletResponse();

		var view = resolver.resolveException(new MockHttpServletRequest(), response, null,
				new IllegalStateException("a real bug"));

		assertThat(view).isNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
