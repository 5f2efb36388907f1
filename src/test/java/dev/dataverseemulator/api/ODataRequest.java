package dev.dataverseemulator.api;

import dev.dataverseemulator.entity.EntityDefinition;
import dev.dataverseemulator.odata.DataverseError;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * The parts of a Web API request the routes need: version, resource segment, key,
 * {@code Prefer}, base URLs.
 *
 * @param call whether the segment ends in {@code ()}: a function called without
 * parameters, as {@code WhoAmI()}
 */
record ODataRequest(String version, String name, UUID key, boolean call, Prefer prefer, String origin) {

	private static final Set<String> VERSIONS = Set.of("v9.0", "v9.1", "v9.2");

	private static final Pattern SEGMENT = Pattern.compile("^([A-Za-z_$][A-Za-z0-9_.]*)(?:\\((.*)\\))?$");

	private static final Pattern KEY = Pattern.compile(
			"^(?:[A-Za-z_][A-Za-z0-9_]*=)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");

	static ODataRequest of(String version, String segment, HttpServletRequest request) {
		if (!VERSIONS.contains(version)) {
			throw DataverseError.resourceNotFound(version);
		}
		Matcher m = SEGMENT.matcher(segment);
		if (!m.matches()) {
			throw DataverseError.resourceNotFound(segment);
		}
		UUID key = null;
		boolean call = m.group(2) != null && m.group(2).isBlank();
		if (m.group(2) != null && !call) {
			Matcher k = KEY.matcher(m.group(2).trim());
			if (!k.matches()) {
				throw DataverseError.badQuery("Bad Request - Error in query syntax: '" + m.group(2)
						+ "' is not a valid key; a GUID is expected.");
			}
			key = UUID.fromString(k.group(1));
		}
		return new ODataRequest(version, m.group(1), key, call, Prefer.parse(request.getHeaders("Prefer")),
				DataverseGatewayFilter.origin(request));
	}

	/** {@code http://host:port/api/data/v9.2}. */
	String serviceRoot() {
		return origin + "/api/data/" + version;
	}

	String entityId(EntityDefinition entity, UUID id) {
		return serviceRoot() + "/" + entity.entitySet() + "(" + id + ")";
	}

	/** {@code …/$metadata#set(a,b)} plus {@code /$entity} for one record. */
	String context(EntityDefinition entity, List<String> select, boolean single) {
		return serviceRoot() + "/$metadata#" + entity.entitySet()
				+ (select.isEmpty() ? "" : "(" + String.join(",", select) + ")") + (single ? "/$entity" : "");
	}

	/**
	 * The next page's link: this request's URL with its query kept as sent (minus any old
	 * {@code $skiptoken}) and the new token appended, as Dataverse builds
	 * {@code @odata.nextLink}.
	 */
	static String nextLink(HttpServletRequest request, String skipToken) {
		List<String> kept = new ArrayList<>();
		String query = request.getQueryString();
		if (query != null) {
			for (String part : query.split("&")) {
				String name = URLDecoder.decode(part.split("=", 2)[0], StandardCharsets.UTF_8);
				if (!part.isEmpty() && !name.equals("$skiptoken")) {
					kept.add(part);
				}
			}
		}
		kept.add("$skiptoken=" + UriUtils.encodeQueryParam(skipToken, StandardCharsets.UTF_8));
		return DataverseGatewayFilter.origin(request) + request.getRequestURI() + "?" + String.join("&", kept);
	}

	/**
	 * The {@code Prefer} preferences the emulator honours.
	 *
	 * @param maxPageSize {@code odata.maxpagesize}, null when absent or not a number
	 * @param annotations {@code odata.include-annotations}: the annotations to write
	 */
	record Prefer(boolean returnRepresentation, Integer maxPageSize, Annotations annotations) {

		private static final String PAGE_SIZE = "odata.maxpagesize=";

		private static final String ANNOTATIONS = "odata.include-annotations=";

		static Prefer parse(java.util.Enumeration<String> headers) {
			boolean representation = false;
			Integer pageSize = null;
			Annotations annotations = Annotations.NONE;
			while (headers != null && headers.hasMoreElements()) {
				for (String preference : splitOutsideQuotes(headers.nextElement())) {
					String p = preference.trim();
					if (p.equalsIgnoreCase("return=representation")) {
						representation = true;
					}
					else if (p.regionMatches(true, 0, PAGE_SIZE, 0, PAGE_SIZE.length())) {
						try {
							pageSize = Integer.parseInt(p.substring(PAGE_SIZE.length()).trim());
						}
						catch (NumberFormatException e) {
							pageSize = null; // an unreadable preference is ignored, as
												// preferences are
						}
					}
					else if (p.regionMatches(true, 0, ANNOTATIONS, 0, ANNOTATIONS.length())) {
						annotations = Annotations.parse(p.substring(ANNOTATIONS.length()).trim());
					}
				}
			}
			return new Prefer(representation, pageSize, annotations);
		}

		/**
		 * Preferences are separated by commas, and so are the annotation names inside a
		 * quoted value.
		 */
		private static List<String> splitOutsideQuotes(String header) {
			List<String> parts = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			boolean quoted = false;
			for (char c : header.toCharArray()) {
				if (c == '"') {
					quoted = !quoted;
				}
				if (c == ',' && !quoted) {
					parts.add(current.toString());
					current.setLength(0);
				}
				else {
					current.append(c);
				}
			}
			parts.add(current.toString());
			return parts;
		}
	}

	/**
	 * The instance annotations asked for: {@code *}, names, {@code namespace.*} and
	 * {@code -name} exclusions, as OData's {@code odata.include-annotations} takes them.
	 *
	 * @param value the preference's value as sent, for {@code Preference-Applied}; null
	 * when none was asked for
	 */
	record Annotations(List<String> patterns, String value) {

		static final Annotations NONE = new Annotations(List.of(), null);

		static Annotations parse(String value) {
			String unquoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
					? value.substring(1, value.length() - 1) : value;
			List<String> patterns = new ArrayList<>();
			for (String part : unquoted.split(",")) {
				if (!part.isBlank()) {
					patterns.add(part.trim());
				}
			}
			return new Annotations(List.copyOf(patterns), value);
		}

		boolean any() {
			return patterns.stream().anyMatch(p -> !p.startsWith("-"));
		}

		boolean includes(String annotation) {
			boolean included = false;
			for (String p : patterns) {
				boolean excluded = p.startsWith("-");
				String pattern = excluded ? p.substring(1) : p;
				boolean matches = pattern.equals("*") || pattern.equals(annotation) || (pattern.endsWith(".*")
						&& annotation.startsWith(pattern.substring(0, pattern.length() - 1)));
				if (matches && excluded) {
					return false;
				}
				included |= matches;
			}
			return included;
		}
	}
}
