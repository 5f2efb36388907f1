package dev.journeyfacade.journey.msdyncrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeyfacade.dataverse.OptionSet;
import dev.journeyfacade.journey.JourneyStatus;
import dev.journeyfacade.journey.JourneyType;
import dev.journeyfacade.journey.RequiredConsent;
import dev.journeyfacade.journey.JourneyTarget;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JourneyCodesTest {

	@Test
	void everyKnownValueRoundTripsThroughItsCode() {
		roundTrip(JourneyCodes.STATUS, JourneyStatus.values());
		roundTrip(JourneyCodes.REQUIRED_CONSENT, RequiredConsent.values());
		roundTrip(JourneyCodes.TARGET, JourneyTarget.values());
		roundTrip(JourneyCodes.TYPE, JourneyType.values());
	}

	@Test
	void statusCodesAreThoseOfTheSeedPlusExpired() {
		assertThat(JourneyCodes.STATUS.code(JourneyStatus.GOING_LIVE)).isEqualTo(192350006);
		assertThat(JourneyCodes.STATUS.code(JourneyStatus.STOPPING)).isEqualTo(192350007);
		assertThat(JourneyCodes.STATUS.value(192350004)).isEqualTo(JourneyStatus.EXPIRED);
	}

	@Test
	void anUnknownCodeReadsAsUnknown() {
		assertThat(JourneyCodes.STATUS.value(192350042)).isEqualTo(JourneyStatus.UNKNOWN);
		assertThat(JourneyCodes.TARGET.value(7)).isEqualTo(JourneyTarget.UNKNOWN);
		assertThat(JourneyCodes.REQUIRED_CONSENT.value(null)).isNull();
	}

	@Test
	void unknownHasNoCodeToWrite() {
		assertThatThrownBy(() -> JourneyCodes.TYPE.code(JourneyType.UNKNOWN))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@SafeVarargs
	private static <E extends Enum<E>> void roundTrip(OptionSet<E> set, E... values) {
		Arrays.stream(values)
			.filter(v -> !v.name().equals("UNKNOWN"))
			.forEach(v -> assertThat(set.value(set.code(v))).isEqualTo(v));
	}

}
