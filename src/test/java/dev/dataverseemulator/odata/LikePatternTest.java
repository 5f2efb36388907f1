package dev.dataverseemulator.odata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

	@Test
	void bracketsHoldCharacterClassesAndRanges() {
		assertThat(LikePattern.of("a[bc]d").matches("ACD")).isTrue();
		assertThat(LikePattern.of("a[b-d]e").matches("ace")).isTrue();
		assertThat(LikePattern.of("a[^b]c").matches("abc")).isFalse();
		assertThat(LikePattern.of("a[^b]c").matches("axc")).isTrue();
	}

	@Test
	void anUnclosedBracketIsLiteral() {
		assertThat(LikePattern.of("%[abc").matches("x[abc")).isTrue();
	}

	@Test
	void regexCharactersInTextAreLiteral() {
		assertThat(LikePattern.of("%a.b(c)*+?%").matches("xa.b(c)*+?y")).isTrue();
		assertThat(LikePattern.of("%a.b%").matches("axb")).isFalse();
	}

}
