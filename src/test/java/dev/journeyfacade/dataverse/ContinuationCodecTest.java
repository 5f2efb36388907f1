package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page tokens are signed with the newest of {@code journey.page-token.keys} and accepted
 * while the key that signed them is listed, so keys rotate without breaking the pages in
 * flight.
 */
class ContinuationCodecTest {

	private static final String BASE = "https://org.crm.dynamics.com/api/data/v9.2";

	private static final String NEXT_LINK = BASE + "/accounts?$select=name&$skiptoken=%3Ccookie%20page=%222%22/%3E";

	private static final byte[] OLD = key("the-old-page-token-key-32-chars!");

	private static final byte[] NEW = key("the-new-page-token-key-32-chars!");

	@Test
	void aTokenSignedWithTheOldKeyIsStillAcceptedWhileTheOldKeyIsListed() {
		String token = new ContinuationCodec(BASE, List.of(OLD)).encode("accounts", NEXT_LINK);

		ContinuationCodec rotated = new ContinuationCodec(BASE, List.of(NEW, OLD));

		assertThat(rotated.decode("accounts", token)).isEqualTo(NEXT_LINK);
	}

	@Test
	void newTokensAreSignedWithTheFirstKey() {
		String token = new ContinuationCodec(BASE, List.of(NEW, OLD)).encode("accounts", NEXT_LINK);

		assertThat(new ContinuationCodec(BASE, List.of(NEW)).decode("accounts", token)).isEqualTo(NEXT_LINK);
		assertThatThrownBy(() -> new ContinuationCodec(BASE, List.of(OLD)).decode("accounts", token))
			.isInstanceOf(InvalidContinuationException.class);
	}

	@Test
	void aTokenIsRefusedOnceItsKeyIsDropped() {
		String token = new ContinuationCodec(BASE, List.of(OLD)).encode("accounts", NEXT_LINK);

		assertThatThrownBy(() -> new ContinuationCodec(BASE, List.of(NEW)).decode("accounts", token))
			.isInstanceOf(InvalidContinuationException.class)
			.hasMessage("The page token was not issued by this service for this list.");
	}

	@Test
	void aCodecNeedsAKey() {
		assertThatThrownBy(() -> new ContinuationCodec(BASE, List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	private static byte[] key(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
