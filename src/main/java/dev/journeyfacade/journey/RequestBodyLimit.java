package dev.journeyfacade.journey;

import dev.journeyfacade.web.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of request bodies. Nothing in Spring MVC limits a JSON body, and a
 * journey body is read whole into memory. The cap is enforced while the body is read (a
 * declared Content-Length over it fails at the first read, a chunked body once it passes
 * the cap), so the failure is thrown inside the handler and the problem-details advice
 * renders it as 413.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestBodyLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new LimitedRequest(request, maxBytes), response);
	}

	private ErrorResponseException tooLarge() {
		return ProblemType.PAYLOAD_TOO_LARGE
			.exception("The request body is larger than the " + maxBytes + " bytes this API accepts.");
	}

	/** The request with a counting body stream. */
	private final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), getContentLengthLong() > limit, limit);
			}
			return stream;
		}

	}

	/** Counts what is read and fails once the count passes the limit. */
	private final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final boolean declaredTooLarge;

		private final long limit;

		private long count;

		LimitedStream(ServletInputStream delegate, boolean declaredTooLarge, long limit) {
			this.delegate = delegate;
			this.declaredTooLarge = declaredTooLarge;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			check(0);
			int b = delegate.read();
			if (b >= 0) {
				check(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			check(0);
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				check(n);
			}
			return n;
		}

		private void check(int read) {
			count += read;
			if (declaredTooLarge || count > limit) {
				throw tooLarge();
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
