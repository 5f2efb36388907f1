package dev.journeyfacade.dataverse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workload's federated token, read from its file as the client assertion of a token
 * request (Entra Workload ID: learn.microsoft.com/azure/aks/workload-identity-overview).
 * The kubelet replaces the file's content before the token expires (a projected service
 * account token, learn.microsoft.com/entra/workload-id/workload-identity-federation), so
 * it is read anew for every token request: those are rare (one per access token
 * lifetime), and a copy kept in memory would be a stale assertion after a rotation. The
 * content is never logged.
 */
final class ClientAssertionFile {

	/** The client assertion type of a JWT (RFC 7523 §2.2). */
	static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private final Path file;

	ClientAssertionFile(Path file) {
		this.file = file;
	}

	/**
	 * The assertion the file holds now.
	 * @throws UncheckedIOException naming the file (never its content) when it cannot be
	 * read or is empty
	 */
	String read() {
		String assertion;
		try {
			assertion = Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException e) {
			throw new UncheckedIOException(
					"the federated token file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
		}
		if (assertion.isEmpty()) {
			throw new UncheckedIOException("the federated token file " + file + " is empty",
					new IOException("empty file"));
		}
		return assertion;
	}

	Path file() {
		return file;
	}

}
