package dev.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one reader of test fixture files: a resource beside a test class, or one of the
 * seeds ({@link Seeds}).
 */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * A file kept under src/test/resources at the package path of {@code near}, exactly
	 * as stored.
	 */
	public static String read(Class<?> near, String name) {
		return read(near.getResourceAsStream(name), near.getPackageName() + "/" + name);
	}

	/**
	 * A file kept under src/test/resources at this absolute path, e.g.
	 * {@code /seeds/create-journey-request.json}.
	 */
	public static String read(String path) {
		return read(Fixtures.class.getResourceAsStream(path), path);
	}

	private static String read(InputStream resource, String name) {
		try (InputStream in = resource) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
