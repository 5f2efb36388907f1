package dev.journeyfacade.journey.msdyncrm;

import dev.journeyfacade.web.ProblemType;
import org.springframework.web.ErrorResponseException;

/**
 * The environment has no outbound marketing (or not the part a call needs): 503
 * {@code outbound-marketing-unavailable}, in words. Microsoft removed it from Customer
 * Insights – Journeys during 2026; new, copied and restored environments never have it
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/transition-faqs).
 */
class OutboundMarketingUnavailable extends ErrorResponseException {

	OutboundMarketingUnavailable() {
		this("This Dataverse environment has no outbound marketing: Microsoft removed it from Customer Insights – "
				+ "Journeys during 2026, and new, copied or restored environments never include it. Outbound "
				+ "journeys, their segments, emails and content settings cannot be used here; real-time journeys "
				+ "(/api/v1/realtime-journeys) can.");
	}

	private OutboundMarketingUnavailable(String detail) {
		super(ProblemType.OUTBOUND_MARKETING_UNAVAILABLE.status(),
				ProblemType.OUTBOUND_MARKETING_UNAVAILABLE.detail(detail), null);
	}

	/**
	 * The journeys are there, but Dataverse does not know a table or action this call
	 * needs.
	 */
	static OutboundMarketingUnavailable partly() {
		return new OutboundMarketingUnavailable("This Dataverse environment lacks a part of outbound marketing that "
				+ "this call needs (Dataverse does not know its table or action): Microsoft removed outbound marketing "
				+ "from Customer Insights – Journeys during 2026, and removes its services where it keeps the data. "
				+ "Real-time journeys (/api/v1/realtime-journeys) can be used instead.");
	}

}
