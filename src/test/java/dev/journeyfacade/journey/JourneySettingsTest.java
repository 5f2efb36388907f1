package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The settings record and its list of fields say the same settings, in one order. */
class JourneySettingsTest {

	@Test
	void everySettingIsAFieldInTheRecordsOrder() {
		assertThat(Arrays.stream(JourneySettings.Field.values()).map(JourneySettings.Field::apiName))
			.containsExactly(Arrays.stream(JourneySettings.class.getRecordComponents())
				.map(RecordComponent::getName)
				.toArray(String[]::new));
	}

}
