package dev.journeyfacade.journey.msdyncrm;

import dev.journeyfacade.dataverse.OptionSet;
import dev.journeyfacade.journey.JourneyStatus;
import dev.journeyfacade.journey.JourneyType;
import dev.journeyfacade.journey.RequiredConsent;
import dev.journeyfacade.journey.JourneyTarget;
import java.util.Map;

/**
 * The option-set codes of the journey entity, the only place they appear (Microsoft's
 * entity reference for {@code msdyncrm_customerjourney} lists the status reasons; Expired
 * 192350004 is the one under statecode Inactive).
 */
final class JourneyCodes {

	static final OptionSet<JourneyStatus> STATUS = new OptionSet<>(JourneyMapper.Row.STATUS, JourneyStatus.UNKNOWN,
			Map.of(JourneyStatus.DRAFT, 192350000, JourneyStatus.LIVE, 192350001, JourneyStatus.STOPPED, 192350002,
					JourneyStatus.LIVE_EDITABLE, 192350003, JourneyStatus.EXPIRED, 192350004, JourneyStatus.ERROR,
					192350005, JourneyStatus.GOING_LIVE, 192350006, JourneyStatus.STOPPING, 192350007));

	static final OptionSet<RequiredConsent> REQUIRED_CONSENT = new OptionSet<>(JourneyMapper.Row.REQUIRED_CONSENT,
			RequiredConsent.UNKNOWN,
			Map.of(RequiredConsent.CONSENT, 587030001, RequiredConsent.TRANSACTIONAL, 587030002,
					RequiredConsent.SUBSCRIPTIONS, 587030003, RequiredConsent.MARKETING, 587030004,
					RequiredConsent.PROFILING, 587030005));

	static final OptionSet<JourneyTarget> TARGET = new OptionSet<>(JourneyMapper.Row.TARGET, JourneyTarget.UNKNOWN,
			Map.of(JourneyTarget.CONTACT, 0, JourneyTarget.ACCOUNT, 1));

	static final OptionSet<JourneyType> TYPE = new OptionSet<>(JourneyMapper.Row.TYPE, JourneyType.UNKNOWN,
			Map.of(JourneyType.AUTOMATED, 192350000, JourneyType.LINKEDIN, 192350001));

	/**
	 * statecode Active: every status reason but Expired lives under it; a new journey is
	 * Active.
	 */
	static final int STATE_ACTIVE = 0;

	private JourneyCodes() {
	}

}
