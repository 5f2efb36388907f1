package dev.journeyfacade.journey.msdynmkt;

import dev.journeyfacade.dataverse.OptionSet;
import dev.journeyfacade.journey.JourneyTrigger;
import dev.journeyfacade.journey.MessageChannel;
import dev.journeyfacade.journey.RealtimeJourneyStatus;
import java.util.List;
import java.util.Map;

/**
 * The codes of the real-time journey entity and its template, the only place they appear
 * (Microsoft's entity references of {@code msdynmkt_journey} and
 * {@code msdynmkt_journeytemplate}), and the parameter each kind of message has in a
 * journey's definition (create-journey-template-api).
 */
final class RealtimeCodes {

	static final OptionSet<RealtimeJourneyStatus> STATUS = new OptionSet<>(RealtimeRows.Journey.STATUS,
			RealtimeJourneyStatus.UNKNOWN,
			Map.of(RealtimeJourneyStatus.DRAFT, 1, RealtimeJourneyStatus.LIVE, 2, RealtimeJourneyStatus.STOPPED, 3,
					RealtimeJourneyStatus.PUBLISHING, 4, RealtimeJourneyStatus.DRAINING, 5,
					RealtimeJourneyStatus.DELETED, 6, RealtimeJourneyStatus.COMPLETING, 7,
					RealtimeJourneyStatus.COMPLETED, 8));

	static final OptionSet<JourneyTrigger> TRIGGER = new OptionSet<>(RealtimeRows.Journey.TRIGGER,
			JourneyTrigger.UNKNOWN, Map.of(JourneyTrigger.RECURRING, 0, JourneyTrigger.ONGOING, 1,
					JourneyTrigger.ONE_TIME, 2, JourneyTrigger.EVENT, 3));

	/**
	 * A template's states other than Deleted (4): Draft (0) and Live (1), by their
	 * invariant names.
	 */
	static final List<Integer> TEMPLATE_STATES_OFFERED = List.of(0, 1);

	/** The parameter of an action's message, by kind of message. */
	static final Map<MessageChannel, String> MESSAGE_PARAMETER = Map.of(MessageChannel.EMAIL, "contentId",
			MessageChannel.SMS, "smsId", MessageChannel.PUSH, "pushNotificationId");

	private RealtimeCodes() {
	}

}
