package dev.journeyfacade.dataverse;

/**
 * A continuation token that this service did not issue for that entity set (forged,
 * truncated or stale format).
 */
public class InvalidContinuationException extends RuntimeException {

	public InvalidContinuationException(String message) {
		super(message);
	}

}
