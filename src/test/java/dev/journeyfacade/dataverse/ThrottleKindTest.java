package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading the limit a 429 names from its error code, in every form Microsoft writes it.
 */
class ThrottleKindTest {

	@Test
	void readsTheThreeCodesInHexadecimal() {
		assertThat(ThrottleKind.of("0x80072322")).isEqualTo(ThrottleKind.REQUEST_COUNT);
		assertThat(ThrottleKind.of("0x80072321")).isEqualTo(ThrottleKind.EXECUTION_TIME);
		assertThat(ThrottleKind.of("0x80072326")).isEqualTo(ThrottleKind.CONCURRENCY);
	}

	@Test
	void readsTheSignedDecimalFormsOfMicrosoftsLists() {
		assertThat(ThrottleKind.of("-2147015902")).isEqualTo(ThrottleKind.REQUEST_COUNT);
		assertThat(ThrottleKind.of("-2147015903")).isEqualTo(ThrottleKind.EXECUTION_TIME);
		assertThat(ThrottleKind.of("-2147015898")).isEqualTo(ThrottleKind.CONCURRENCY);
	}

	@Test
	void ignoresCaseAndSurroundingSpace() {
		assertThat(ThrottleKind.of(" 0X80072326 ")).isEqualTo(ThrottleKind.CONCURRENCY);
	}

	@Test
	void aMissingEmptyOrForeignCodeIsUnknown() {
		assertThat(ThrottleKind.of(null)).isEqualTo(ThrottleKind.UNKNOWN);
		assertThat(ThrottleKind.of("")).isEqualTo(ThrottleKind.UNKNOWN);
		assertThat(ThrottleKind.of("0x0")).isEqualTo(ThrottleKind.UNKNOWN);
		assertThat(ThrottleKind.of("0x80040217")).isEqualTo(ThrottleKind.UNKNOWN);
		assertThat(ThrottleKind.of("TooManyRequests")).isEqualTo(ThrottleKind.UNKNOWN);
		assertThat(ThrottleKind.of("0x800723260")).isEqualTo(ThrottleKind.UNKNOWN);
	}

	@Test
	void onlyTheConcurrencyLimitLeavesTheInstanceRunning() {
		assertThat(ThrottleKind.REQUEST_COUNT.pausesInstance()).isTrue();
		assertThat(ThrottleKind.EXECUTION_TIME.pausesInstance()).isTrue();
		assertThat(ThrottleKind.UNKNOWN.pausesInstance()).isTrue();
		assertThat(ThrottleKind.CONCURRENCY.pausesInstance()).isFalse();
	}

}
