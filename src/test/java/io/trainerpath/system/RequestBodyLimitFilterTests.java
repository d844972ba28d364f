package io.trainerpath.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitFilterTests {

	final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(100);

	@Test
	void refusesADeclaredLengthOverTheLimitWithoutPassingItOn() throws ServletException, IOException {
		MockHttpServletRequest request = post(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, response, chain);

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

	@Test
	void stopsAChunkedBodyTheMomentItPassesTheLimit() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContent(new byte[500]);
		request.addHeader("Transfer-Encoding", "chunked");
		MockHttpServletResponse response = new MockHttpServletResponse();
		int[] read = new int[1];

		assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
			var in = req.getInputStream();
			while (in.read() >= 0) {
				read[0]++;
			}
		})).isInstanceOf(RequestBodyLimitFilter.BodyTooLargeException.class);
		assertThat(read[0]).isEqualTo(100);
		assertThat(response.getStatus()).isEqualTo(413);
	}

	@Test
	void letsAChunkedBodyWithinTheLimitBeReadWhole() throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContent("{\"a\":\"b\"}".getBytes());
		request.addHeader("Transfer-Encoding", "chunked");
		StringBuilder body = new StringBuilder();

		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			for (String line; (line = req.getReader().readLine()) != null;) {
				body.append(line);
			}
		});

		assertThat(body).hasToString("{\"a\":\"b\"}");
	}

	private static MockHttpServletRequest post(byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/guide");
		request.setContent(body);
		return request;
	}

}
