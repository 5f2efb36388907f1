package dev.journeyfacade.dataverse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Starts each caller request's Dataverse time budget ({@link DataverseDeadline}) when the
 * request arrives, right after the correlation id is set, so that every Dataverse call
 * made for the request shares one deadline.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DataverseDeadlineFilter extends OncePerRequestFilter {

	private final Clock clock;

	DataverseDeadlineFilter(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (DataverseDeadline.Scope ignored = DataverseDeadline.open(clock.instant())) {
			chain.doFilter(request, response);
		}
	}

}
