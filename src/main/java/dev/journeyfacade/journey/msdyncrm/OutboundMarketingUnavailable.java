package dev.journeyfacade.journey.msdyncrm;

import dev.journeyfacade.web.ProblemType;
import org.springframework.web.ErrorResponseException;

/**
 * The environment has no outbound marketing: 503 {@code outbound-marketing-unavailable},
 * in words. Microsoft removed it from Customer Insights – Journeys during 2026; new,
 * copied and restored environments never have it
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/transition-faqs).
 */
class OutboundMarketingUnavailable extends ErrorResponseException {

	OutboundMarketingUnavailable() {
		super(ProblemType.OUTBOUND_MARKETING_UNAVAILABLE.status(), ProblemType.OUTBOUND_MARKETING_UNAVAILABLE.detail(
				"This Dataverse environment has no outbound marketing: Microsoft removed it from Customer Insights – "
						+ "Journeys during 2026, and new, copied or restored environments never include it. Outbound "
						+ "journeys, their segments, emails and content settings cannot be used here; real-time "
						+ "journeys (/api/v1/realtime-journeys) can."),
				null);
	}

}
