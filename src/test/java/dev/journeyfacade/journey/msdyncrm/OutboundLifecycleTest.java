package dev.journeyfacade.journey.msdyncrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeyfacade.journey.JourneyStatus;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/**
 * The outbound journey's lifecycle table (Dataverse's status-reason transitions), status
 * by status.
 */
class OutboundLifecycleTest {

	static final UUID ID = UUID.fromString("6628bbf7-c52a-e911-a9b7-000d3a1e6adc");

	@Test
	void publishIsAllowedFromTheStatusesThatMayGoLive() {
		EnumSet<JourneyStatus> allowed = EnumSet.of(JourneyStatus.DRAFT, JourneyStatus.STOPPED, JourneyStatus.ERROR,
				JourneyStatus.LIVE, JourneyStatus.LIVE_EDITABLE);
		for (JourneyStatus status : JourneyStatus.values()) {
			if (allowed.contains(status)) {
				assertThatCode(() -> OutboundLifecycle.checkPublish(ID, status)).as(status.name())
					.doesNotThrowAnyException();
			}
			else {
				assertThatThrownBy(() -> OutboundLifecycle.checkPublish(ID, status)).as(status.name())
					.isInstanceOf(ErrorResponseException.class);
			}
		}
	}

	@Test
	void stopIsAllowedFromLiveAndErrorOnly() {
		for (JourneyStatus status : JourneyStatus.values()) {
			boolean allowed = status == JourneyStatus.LIVE || status == JourneyStatus.ERROR;
			if (allowed) {
				assertThatCode(() -> OutboundLifecycle.checkStop(ID, status)).doesNotThrowAnyException();
			}
			else {
				assertThatThrownBy(() -> OutboundLifecycle.checkStop(ID, status)).as(status.name())
					.isInstanceOf(ErrorResponseException.class);
			}
		}
	}

	@Test
	void aRefusalIs409NamingTheStatusAndTheAllowedOnes() {
		assertThatThrownBy(() -> OutboundLifecycle.checkStop(ID, JourneyStatus.DRAFT))
			.isInstanceOfSatisfying(ErrorResponseException.class, e -> {
				assertThat(e.getStatusCode().value()).isEqualTo(409);
				assertThat(e.getBody().getType().toString())
					.isEqualTo("urn:journey-facade:problem:journey-state-conflict");
				assertThat(e.getBody().getDetail()).contains("is DRAFT", "stop is allowed only from LIVE, ERROR");
				assertThat(e.getBody().getProperties()).containsEntry("journeyStatus", "DRAFT");
			});
	}

	@Test
	void updatesAreRefusedWhileLiveTransitioningOrExpired() {
		for (JourneyStatus status : EnumSet.of(JourneyStatus.LIVE, JourneyStatus.GOING_LIVE, JourneyStatus.STOPPING,
				JourneyStatus.EXPIRED)) {
			assertThatThrownBy(() -> OutboundLifecycle.checkUpdate(ID, status)).as(status.name())
				.isInstanceOf(ErrorResponseException.class);
		}
		for (JourneyStatus status : EnumSet.of(JourneyStatus.DRAFT, JourneyStatus.STOPPED, JourneyStatus.ERROR,
				JourneyStatus.LIVE_EDITABLE, JourneyStatus.UNKNOWN)) {
			assertThatCode(() -> OutboundLifecycle.checkUpdate(ID, status)).as(status.name())
				.doesNotThrowAnyException();
		}
	}

	@Test
	void deletesAreRefusedForRunningJourneys() {
		for (JourneyStatus status : EnumSet.of(JourneyStatus.LIVE, JourneyStatus.LIVE_EDITABLE,
				JourneyStatus.GOING_LIVE, JourneyStatus.STOPPING)) {
			assertThatThrownBy(() -> OutboundLifecycle.checkDelete(ID, status)).as(status.name())
				.isInstanceOf(ErrorResponseException.class);
		}
		for (JourneyStatus status : EnumSet.of(JourneyStatus.DRAFT, JourneyStatus.STOPPED, JourneyStatus.ERROR,
				JourneyStatus.EXPIRED)) {
			assertThatCode(() -> OutboundLifecycle.checkDelete(ID, status)).as(status.name())
				.doesNotThrowAnyException();
		}
	}

}
