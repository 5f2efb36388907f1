package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The AIMD rule of the in-flight limit: cap, hint, decrease, increase, floor. */
class ConcurrencyLimitTest {

	@Test
	void startsAtTheCapBeforeAnyHint() {
		assertThat(new ConcurrencyLimit(32).limit()).isEqualTo(32);
	}

	@Test
	void aLowerHintBecomesTheLimit() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);

		assertThat(limit.hinted(8)).isTrue();

		assertThat(limit.limit()).isEqualTo(8);
		assertThat(limit.hint()).isEqualTo(8);
	}

	@Test
	void aHintAboveTheCapLeavesTheCap() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);

		assertThat(limit.hinted(48)).isFalse();

		assertThat(limit.limit()).isEqualTo(32);
	}

	@Test
	void aHintBelowOneIsIgnored() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);

		limit.hinted(0);

		assertThat(limit.limit()).isEqualTo(32);
		assertThat(limit.hint()).isZero();
	}

	@Test
	void aConcurrencyRefusalMultipliesTheLimitBySevenTenths() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);

		assertThat(limit.refused(limit.generation())).isTrue();

		assertThat(limit.limit()).isEqualTo(22);
	}

	@Test
	void refusalsOfCallsSentBeforeTheLastDecreaseDecreaseNoFurther() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);
		long sentTogether = limit.generation();

		limit.refused(sentTogether);
		assertThat(limit.refused(sentTogether)).isFalse();
		assertThat(limit.refused(sentTogether)).isFalse();

		assertThat(limit.limit()).isEqualTo(22);
	}

	@Test
	void aRefusalInTheNewGenerationDecreasesAgain() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);
		limit.refused(limit.generation());

		limit.refused(limit.generation());

		assertThat(limit.limit()).isEqualTo(15);
	}

	@Test
	void neverGoesBelowOne() {
		ConcurrencyLimit limit = new ConcurrencyLimit(2);
		limit.refused(limit.generation());

		assertThat(limit.refused(limit.generation())).isFalse();

		assertThat(limit.limit()).isEqualTo(1);
	}

	@Test
	void growsByOneAfterARunOfSuccessesAsLongAsTheLimit() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);
		limit.refused(limit.generation()); // 22

		for (int i = 0; i < 21; i++) {
			assertThat(limit.succeeded()).isFalse();
		}
		assertThat(limit.succeeded()).isTrue();

		assertThat(limit.limit()).isEqualTo(23);
	}

	@Test
	void aRefusalStartsTheRunOfSuccessesAgain() {
		ConcurrencyLimit limit = new ConcurrencyLimit(10);
		limit.hinted(4);
		limit.refused(limit.generation()); // 2
		long older = limit.generation() - 1;
		limit.succeeded();

		limit.refused(older); // too old to decrease, but the run is broken
		limit.succeeded();

		assertThat(limit.limit()).isEqualTo(2);
		limit.succeeded();
		assertThat(limit.limit()).isEqualTo(3);
	}

	@Test
	void neverGrowsAboveTheHint() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);
		limit.hinted(4);
		limit.refused(limit.generation()); // 2

		for (int i = 0; i < 100; i++) {
			limit.succeeded();
		}

		assertThat(limit.limit()).isEqualTo(4);
	}

	@Test
	void neverGrowsAboveTheCap() {
		ConcurrencyLimit limit = new ConcurrencyLimit(3);

		for (int i = 0; i < 100; i++) {
			limit.succeeded();
		}

		assertThat(limit.limit()).isEqualTo(3);
	}

	@Test
	void aHigherHintLetsTheLimitGrowBackToIt() {
		ConcurrencyLimit limit = new ConcurrencyLimit(32);
		limit.hinted(4);

		limit.hinted(6);
		for (int i = 0; i < 4 + 5; i++) {
			limit.succeeded();
		}

		assertThat(limit.limit()).isEqualTo(6);
	}

}
