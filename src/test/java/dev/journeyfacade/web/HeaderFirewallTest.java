package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The cheaper header checks refuse exactly what Spring Security's own
 * {@link StrictHttpFirewall} predicates refuse: compared code point by code point over
 * the whole Unicode range, and on random strings that mix ASCII, controls, tabs,
 * unassigned code points, surrogate pairs and lone surrogates.
 */
class HeaderFirewallTest {

	@Test
	void refusesInHeaderNamesExactlyTheCodePointsThatSpringSecurityRefuses() {
		assertThat(disagreements(StrictHttpFirewall.ALLOWED_HEADER_NAMES, HeaderFirewall::allowedName)).isEmpty();
	}

	@Test
	void refusesInHeaderValuesExactlyTheCodePointsThatSpringSecurityRefuses() {
		assertThat(disagreements(StrictHttpFirewall.ALLOWED_HEADER_VALUES, HeaderFirewall::allowedValue)).isEmpty();
	}

	@Test
	void refusesInParameterNamesExactlyTheCodePointsThatSpringSecurityRefuses() {
		assertThat(disagreements(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES, HeaderFirewall::allowedName)).isEmpty();
	}

	@Test
	void agreesWithSpringSecurityOnMixedStrings() {
		Random random = new Random(42);
		int[] pool = { 'a', 'Z', '0', ' ', '~', '\t', '\n', '\r', 0x00, 0x1f, 0x7f, 0x80, 0x9f, 0xa0, 0xe9, 0x0378,
				0x20ac, 0xfffe, 0xffff, 0xd83d, 0xde00, 0xdbff, 0x1f600, 0x10ffff, 0xe0001 };
		List<String> disagreements = new ArrayList<>();
		for (int n = 0; n < 200_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(8); length > 0; length--) {
				text.appendCodePoint(pool[random.nextInt(pool.length)]);
			}
			String s = text.toString();
			if (StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(s) != HeaderFirewall.allowedName(s)
					|| StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(s) != HeaderFirewall.allowedValue(s)) {
				disagreements.add(s.codePoints().mapToObj(Integer::toHexString).toList().toString());
			}
		}
		assertThat(disagreements).isEmpty();
	}

	@Test
	void allowsATabInAValueButNotInAName() {
		assertThat(HeaderFirewall.allowedValue("a\tb")).isTrue();
		assertThat(HeaderFirewall.allowedName("a\tb")).isFalse();
	}

	@Test
	void refusesControlCharactersAnywhereInALongToken() {
		String token = "Bearer " + "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9".repeat(60);

		assertThat(HeaderFirewall.allowedValue(token)).isTrue();
		assertThat(HeaderFirewall.allowedValue(token + "\u0000")).isFalse();
		assertThat(HeaderFirewall.allowedValue("\r\n" + token)).isFalse();
		assertThat(HeaderFirewall.allowedValue(token.substring(0, 900) + "\u0085" + token.substring(900))).isFalse();
	}

	/**
	 * Code points (alone, as a one-code-point string) on which the two predicates differ.
	 */
	private static List<String> disagreements(Predicate<String> spring, Predicate<String> ours) {
		List<String> differ = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String s = new String(Character.toChars(codePoint));
			if (spring.test(s) != ours.test(s)) {
				differ.add(Integer.toHexString(codePoint));
			}
		}
		return differ;
	}

}
