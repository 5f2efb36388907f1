package dev.journeyfacade.web;

/**
 * The permissions of the API. Each is granted by a delegated scope ({@code scp}) or an
 * app role ({@code roles}) of the same name; which permission an endpoint needs is
 * declared in {@link SecurityConfiguration#API_RULES}.
 */
enum ApiPermission {

	READ("journeys.read", "Read journeys, pickers and validation reports."),
	WRITE("journeys.write", "Create, change, copy and delete journeys."),
	PUBLISH("journeys.publish", "Publish and stop journeys (they reach real customers).");

	/**
	 * Prefix of the authorities made from the scope and role claims: both grant the same
	 * authority.
	 */
	static final String AUTHORITY_PREFIX = "SCOPE_";

	private final String value;

	private final String description;

	ApiPermission(String value, String description) {
		this.value = value;
		this.description = description;
	}

	/** The scope or app role value, e.g. {@code journeys.read}. */
	String value() {
		return value;
	}

	String description() {
		return description;
	}

	/** The Spring Security authority that stands for this permission. */
	String authority() {
		return AUTHORITY_PREFIX + value;
	}

}
