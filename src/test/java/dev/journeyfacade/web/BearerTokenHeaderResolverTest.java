package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The faster resolver answers every Authorization header exactly as Spring Security's
 * {@link DefaultBearerTokenResolver}: the same token, the same null, or the same error.
 */
class BearerTokenHeaderResolverTest {

	private final BearerTokenResolver ours = new BearerTokenHeaderResolver();

	private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

	@Test
	void answersLikeSpringSecurityForTypicalHeaders() {
		String jwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_";
		List<String> headers = List.of("Bearer " + jwt, "bearer " + jwt, "BEARER " + jwt, "bEaReR " + jwt,
				"Bearer abc==", "Bearer abc=d", "Bearer =", "Bearer ", "Bearer", "Bearer  " + jwt,
				"Bearer " + jwt + " ", "Bearer " + jwt + "\n", "Bearer\t" + jwt, "Bearer a+b/c~d.e_f-g", "Bearer ä",
				"Basic dXNlcjpwYXNz", "DPoP " + jwt, "Bearerx " + jwt, "Bearer: " + jwt, "", "bearer",
				"Bearer " + "a".repeat(3000));
		for (String header : headers) {
			assertThat(answer(ours, header)).as(header).isEqualTo(answer(spring, header));
		}
		assertThat(answer(ours, null)).isEqualTo(answer(spring, null));
	}

	@Test
	void answersLikeSpringSecurityForRandomHeaders() {
		Random random = new Random(7);
		String alphabet = "BbEeAaRr rR=aZ09-._~+/\t\n\u00e4\u017f\u212a;,";
		List<String> disagreements = new ArrayList<>();
		for (int n = 0; n < 100_000; n++) {
			StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
			for (int length = random.nextInt(12); length > 0; length--) {
				header.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String h = header.toString();
			if (!answer(ours, h).equals(answer(spring, h))) {
				disagreements.add(h);
			}
		}
		assertThat(disagreements).isEmpty();
	}

	@Test
	void returnsTheTokenOfAWellFormedHeaderWithoutAskingSpring() {
		assertThat(BearerTokenHeaderResolver.wellFormedToken("Bearer abc.def-ghi==")).isEqualTo("abc.def-ghi==");
		assertThat(BearerTokenHeaderResolver.wellFormedToken("Bearer abc def")).isNull();
	}

	/** What a resolver says: the token, "null", or the error it throws. */
	private static String answer(BearerTokenResolver resolver, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/journeys");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		try {
			return "token:" + resolver.resolve(request);
		}
		catch (OAuth2AuthenticationException e) {
			return "error:" + e.getError().getErrorCode() + ":" + e.getError().getDescription();
		}
	}

}
