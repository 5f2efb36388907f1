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

/** The parts of a Web API request the routes need: version, resource segment, key, {@code Prefer}, base URLs. */
record ODataRequest(String version, String name, UUID key, Prefer prefer, String origin) {

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
        if (m.group(2) != null) {
            Matcher k = KEY.matcher(m.group(2).trim());
            if (!k.matches()) {
                throw DataverseError.badQuery("Bad Request - Error in query syntax: '" + m.group(2)
                        + "' is not a valid key; a GUID is expected.");
            }
            key = UUID.fromString(k.group(1));
        }
        return new ODataRequest(version, m.group(1), key, Prefer.parse(request.getHeaders("Prefer")),
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
     * {@code $skiptoken}) and the new token appended, as Dataverse builds {@code @odata.nextLink}.
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
     */
    record Prefer(boolean returnRepresentation, Integer maxPageSize) {

        static Prefer parse(java.util.Enumeration<String> headers) {
            boolean representation = false;
            Integer pageSize = null;
            while (headers != null && headers.hasMoreElements()) {
                for (String preference : headers.nextElement().split(",")) {
                    String p = preference.trim();
                    if (p.equalsIgnoreCase("return=representation")) {
                        representation = true;
                    } else if (p.regionMatches(true, 0, "odata.maxpagesize=", 0, 18)) {
                        try {
                            pageSize = Integer.parseInt(p.substring(18).trim());
                        } catch (NumberFormatException e) {
                            pageSize = null; // an unreadable preference is ignored, as preferences are
                        }
                    }
                }
            }
            return new Prefer(representation, pageSize);
        }
    }
}
