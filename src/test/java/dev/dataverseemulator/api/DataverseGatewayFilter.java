package dev.dataverseemulator.api;

import dev.dataverseemulator.EmulatorProperties;
import dev.dataverseemulator.auth.TokenService;
import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.throttling.EmulatorStats;
import dev.dataverseemulator.throttling.ThrottlingGate;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What stands before every Dataverse call ({@code /api/data/…}), in Dataverse's order:
 * count it, check the bearer token (401), pick the web server (the one an
 * {@code ARRAffinity} cookie names, else the next in turn), apply that server's service
 * protection limits (429, answered at once), then add the configured latency. The latency
 * holds no Tomcat thread: the request goes asynchronous and a timer dispatches it again
 * when the latency has passed; the concurrency slot is held, and the execution time
 * counted, until the response completes.
 *
 * <p>
 * Every answer carries {@code x-ms-dop-hint}; authenticated ones also the remaining
 * budget of the server ({@code x-ms-ratelimit-burst-remaining-xrm-requests},
 * {@code x-ms-ratelimit-time-remaining-xrm-requests}, the latter in seconds as Dataverse
 * writes it, {@code 1,200.00}) and its affinity cookie. The cookie's value is the
 * emulator's own (a hash of the server's number); Dataverse's is opaque too.
 */
class DataverseGatewayFilter extends OncePerRequestFilter {

	private static final String PREFIX = "/api/data/";
	static final String DOP_HINT = "x-ms-dop-hint";
	static final String BURST_REMAINING = "x-ms-ratelimit-burst-remaining-xrm-requests";
	static final String TIME_REMAINING = "x-ms-ratelimit-time-remaining-xrm-requests";
	static final String AFFINITY_COOKIE = "ARRAffinity";

	private static final int MAX_WEB_SERVERS = 16; // ThrottlingSettings' bound

	private static final List<String> AFFINITY_VALUES = affinityValues();

	private final TokenService tokens;

	private final ThrottlingGate gate;

	private final EmulatorStats stats;

	private final ScheduledExecutorService timer;

	private final DataverseResponses responses;

	private final String tenantId;

	DataverseGatewayFilter(TokenService tokens, ThrottlingGate gate, EmulatorStats stats,
			ScheduledExecutorService timer, DataverseResponses responses, EmulatorProperties properties) {
		this.tokens = tokens;
		this.gate = gate;
		this.stats = stats;
		this.timer = timer;
		this.responses = responses;
		this.tenantId = properties.tenantId();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + PREFIX);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false; // the delayed second half of a call comes back as an ASYNC dispatch
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isAsyncDispatch(request)) {
			chain.doFilter(request, response); // admitted and delayed already; the async
												// listener releases the slot
			return;
		}
		stats.dataverseRequest(entitySetOf(request));
		response.setHeader(DOP_HINT, Integer.toString(gate.settings().dopHint()));
		Optional<String> user = tokens.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (user.isEmpty()) {
			stats.unauthorized();
			String origin = origin(request);
			responses.write(response,
					DataverseError
						.of(HttpStatus.UNAUTHORIZED, DataverseError.UNAUTHENTICATED,
								"The bearer token is missing, unknown or expired.")
						.withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer authorization_uri=" + origin + "/" + tenantId
								+ "/oauth2/authorize, resource_id=" + origin + "/"));
			return;
		}
		ThrottlingGate.Admission admission = gate.admit(user.get(), affinity(request));
		stats.servedBy(admission.server());
		ThrottlingGate.Budget budget = gate.budget(user.get(), admission.server());
		response.setHeader(BURST_REMAINING, Long.toString(budget.requests()));
		response.setHeader(TIME_REMAINING, budget.executionSeconds());
		response.addHeader(HttpHeaders.SET_COOKIE,
				AFFINITY_COOKIE + "=" + affinityValue(admission.server()) + "; path=/; HttpOnly");
		if (admission instanceof ThrottlingGate.Refused refused) {
			stats.throttled(refused.reason(), refused.random());
			responses.write(response, refused.error());
			return;
		}
		ThrottlingGate.Permit permit = ((ThrottlingGate.Admitted) admission).permit();
		long latency = gate.settings().latencyMs();
		if (latency > 0) {
			AsyncContext async = request.startAsync();
			async.setTimeout(latency + 60_000);
			async.addListener(new ReleaseOnEnd(permit));
			Runnable resume = async::dispatch;
			timer.schedule(resume, latency, TimeUnit.MILLISECONDS);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permit.release();
		}
	}

	/**
	 * {@code msdyncrm_customerjourneys} of
	 * {@code /api/data/v9.2/msdyncrm_customerjourneys(…)}.
	 */
	static String entitySetOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
		int slash = path.indexOf('/');
		String segment = slash < 0 ? "" : path.substring(slash + 1);
		int end = segment.length();
		for (char stop : new char[] { '(', '/', '?' }) {
			int at = segment.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return segment.substring(0, end);
	}

	/**
	 * The web server an {@code ARRAffinity} cookie names; null without one (or with one
	 * the emulator did not set).
	 */
	private Integer affinity(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (cookie.getName().equals(AFFINITY_COOKIE)) {
				for (int server = 0; server < gate.settings().webServers(); server++) {
					if (affinityValue(server).equals(cookie.getValue())) {
						return server;
					}
				}
			}
		}
		return null;
	}

	/**
	 * The affinity cookie's value of a web server: stable, opaque, 64 hexadecimal
	 * characters.
	 */
	static String affinityValue(int server) {
		return AFFINITY_VALUES.get(server);
	}

	private static List<String> affinityValues() {
		try {
			List<String> values = new ArrayList<>();
			for (int server = 0; server < MAX_WEB_SERVERS; server++) {
				byte[] hash = MessageDigest.getInstance("SHA-256")
					.digest(("emulated web server " + server).getBytes(StandardCharsets.UTF_8));
				values.add(HexFormat.of().formatHex(hash));
			}
			return List.copyOf(values);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String origin(HttpServletRequest request) {
		String host = request.getHeader(HttpHeaders.HOST);
		return request.getScheme() + "://"
				+ (host != null ? host : request.getServerName() + ":" + request.getServerPort());
	}

	/** Frees the concurrency slot however the delayed call ends. */
	private record ReleaseOnEnd(ThrottlingGate.Permit permit) implements AsyncListener {
		@Override
		public void onComplete(AsyncEvent event) {
			permit.release();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			permit.release();
		}

		@Override
		public void onError(AsyncEvent event) {
			permit.release();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// nothing: the same call, still holding its slot
		}
	}

}
