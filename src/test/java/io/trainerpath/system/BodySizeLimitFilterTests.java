package io.trainerpath.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class BodySizeLimitFilterTests {

	final BodySizeLimitFilter filter = new BodySizeLimitFilter(100);

	@Test
	void refusesADeclaredLengthOverTheLimitWithoutPassingItOn() throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(post(new byte[101]), response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).as("passed on").isNull();
	}

	@Test
	void passesABodyAtTheLimitUntouched() throws ServletException, IOException {
		MockHttpServletRequest request = post(new byte[100]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isSameAs(request);
	}

	private static MockHttpServletRequest post(byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/guide");
		request.setContent(body);
		return request;
	}

}
