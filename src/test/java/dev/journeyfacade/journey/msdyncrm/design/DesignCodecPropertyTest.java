package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.withoutAssignedIds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Over a few hundred random valid designs (seeded, so a failure names its seed and
 * replays).
 */
class DesignCodecPropertyTest {

	private static final int DESIGNS = 300;

	private final DesignCodec codec = new DesignCodec();

	private final DesignValidator validator = new DesignValidator();

	@Test
	void encodedDesignDecodesToTheSameTreeWithIdsAssigned() {
		for (long seed = 1; seed <= DESIGNS; seed++) {
			JourneyDesign design = new RandomDesigns(seed).next();
			EntityTarget target = seed % 2 == 0 ? EntityTarget.CONTACT : EntityTarget.ACCOUNT;

			WorkflowDefinition written = codec.encode(design, target);
			JourneyDesign read = codec.decode(written.definition());

			assertThat(withoutAssignedIds(read)).as("seed %d", seed).isEqualTo(withoutAssignedIds(design));
			assertThat(validator.check(read)).as("seed %d", seed).isEmpty();
			DesignCodecBuildTest.assertStateAheadOfIds(written);
		}
	}

	@Test
	void decodedDesignEncodesToExactlyTheStringsItWasReadFrom() {
		for (long seed = 1; seed <= DESIGNS; seed++) {
			WorkflowDefinition written = codec.encode(new RandomDesigns(seed).next(), EntityTarget.CONTACT);

			WorkflowDefinition again = codec.encode(codec.decode(written.definition()), EntityTarget.CONTACT,
					written.designerState());

			assertThat(again).as("seed %d", seed).isEqualTo(written);
		}
	}

}
