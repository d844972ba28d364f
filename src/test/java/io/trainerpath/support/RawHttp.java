package io.trainerpath.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte on a socket, for what a well-behaved client library refuses to
 * send: request lines and headers tens of kilobytes long, broken percent-encoding, raw control bytes.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** The response as the server wrote it; the request is sent with Connection: close appended. */
	public static Response exchange(int port, String requestLine, String... headers) {
		StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			// a reset after the response still leaves the response readable
			if (bytes.size() == 0) {
				throw ex;
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	public record Response(int status, String head, String body) {

		static Response parse(String raw) {
			int split = raw.indexOf("\r\n\r\n");
			String head = split < 0 ? raw : raw.substring(0, split);
			String body = split < 0 ? "" : raw.substring(split + 4);
			String[] statusLine = head.split("\r\n", 2)[0].split(" ");
			int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
			return new Response(status, head, body);
		}

		public boolean hasHeader(String name) {
			String lower = head.toLowerCase(Locale.ROOT);
			return lower.startsWith(name.toLowerCase(Locale.ROOT) + ":")
					|| lower.contains("\r\n" + name.toLowerCase(Locale.ROOT) + ":");
		}

	}

}
