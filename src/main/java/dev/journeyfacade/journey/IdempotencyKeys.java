package dev.journeyfacade.journey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Turns an {@code Idempotency-Key} into the journey id a create will use: a name-based
 * UUID version 5 (RFC 9562, SHA-1) in this service's own namespace. The same key always
 * gives the same id, so a retried create lands on the record of the first attempt, which
 * Dataverse's create-only upsert refuses to make twice. Keys are global (not per caller):
 * callers should send random ones, e.g. a fresh UUID per intended create.
 */
public final class IdempotencyKeys {

	/**
	 * This service's namespace; never change it, or retries across a deployment would
	 * make duplicates.
	 */
	static final UUID NAMESPACE = UUID.fromString("6f1c8a52-3d7e-4b0a-9a55-2f4e8c1d7b36");

	private IdempotencyKeys() {
	}

	/** The id of the journey a create with this key makes. */
	public static UUID journeyId(String scope, String key) {
		return uuidV5(NAMESPACE, scope + ":" + key);
	}

	static UUID uuidV5(UUID namespace, String name) {
		MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-1", e);
		}
		sha1.update(ByteBuffer.allocate(16)
			.putLong(namespace.getMostSignificantBits())
			.putLong(namespace.getLeastSignificantBits())
			.array());
		byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
		hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
		ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(bytes.getLong(), bytes.getLong());
	}

}
