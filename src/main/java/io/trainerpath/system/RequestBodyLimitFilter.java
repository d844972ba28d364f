package io.trainerpath.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit with 413 before anything reads them. A declared
 * Content-Length over the limit is refused at once; a chunked body is counted as it is read and
 * refused the moment it passes the limit. The error page (HTML or problem details) comes from the
 * usual error handling, so browsers and API clients each get their own kind of answer.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;

	RequestBodyLimitFilter(long limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
			chain.doFilter(new CountedRequest(request, response, limit), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Thrown by a counted body that grew past the limit. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("Request body larger than " + limit + " bytes");
		}

	}

	private static final class CountedRequest extends HttpServletRequestWrapper {

		private final HttpServletResponse response;

		private final long limit;

		private ServletInputStream stream;

		private BufferedReader reader;

		CountedRequest(HttpServletRequest request, HttpServletResponse response, long limit) {
			super(request);
			this.response = response;
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), response, limit);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
				reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return reader;
		}

	}

	static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final HttpServletResponse response;

		private final long limit;

		private long count;

		CountingStream(ServletInputStream delegate, HttpServletResponse response, long limit) {
			this.delegate = delegate;
			this.response = response;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws IOException {
			count += n;
			if (count > limit) {
				if (!response.isCommitted()) {
					// marks the response as an error now, so the handler's own failure cannot turn it into a 400
					response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
				}
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
