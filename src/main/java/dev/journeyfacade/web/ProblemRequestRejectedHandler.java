package dev.journeyfacade.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 400 problem for a URL Spring Security's firewall refuses before anything else looks at it (encoded
 * slashes or dots, {@code ;}, {@code //}, control characters: path tricks, never a real API call). Without
 * it the container's plain error page would answer, in another shape than every other error.
 */
@Slf4j
final class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.debug("Request refused by the firewall: {}", e.getMessage());
        SecurityProblems.write(request, response, ProblemType.REJECTED_REQUEST,
                "The URL contains characters or sequences this API never accepts (encoded slashes or dots, "
                        + "semicolons, double slashes, control characters).", null, Map.of());
    }
}
