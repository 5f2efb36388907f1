package dev.dataverseemulator.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code x-ms-service-request-id} on every response, as Dataverse sends it (clients log
 * it for support cases).
 */
class ServiceRequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "x-ms-service-request-id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, UUID.randomUUID().toString());
		chain.doFilter(request, response);
	}

}
