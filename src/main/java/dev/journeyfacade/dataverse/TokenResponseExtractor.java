package dev.journeyfacade.dataverse;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.reactive.function.BodyExtractor;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the token endpoint's answer like Spring Security's own extractor, but without
 * Spring's JSON decoder: at DEBUG that decoder logs every value it decodes, and here the
 * value is the access token.
 */
final class TokenResponseExtractor implements BodyExtractor<Mono<OAuth2AccessTokenResponse>, ReactiveHttpInputMessage> {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final int MAX_BODY = 64 * 1024;

	private final JsonMapper json = JsonMapper.builder().build();

	private final DefaultMapOAuth2AccessTokenResponseConverter converter = new DefaultMapOAuth2AccessTokenResponseConverter();

	@Override
	public Mono<OAuth2AccessTokenResponse> extract(ReactiveHttpInputMessage message, Context context) {
		return DataBufferUtils.join(message.getBody(), MAX_BODY)
			.map(this::read)
			.switchIfEmpty(Mono.error(() -> unreadable("empty body")))
			.map(this::toTokenResponse);
	}

	private Map<String, Object> read(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return json.readValue(new String(bytes, StandardCharsets.UTF_8), MAP);
		}
		catch (JacksonException e) {
			throw unreadable("not JSON");
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private OAuth2AccessTokenResponse toTokenResponse(Map<String, Object> body) {
		if (body.get("error") instanceof String code) {
			Object description = body.get("error_description");
			throw new OAuth2AuthorizationException(
					new OAuth2Error(code, description instanceof String d ? d : null, null));
		}
		try {
			return converter.convert(body);
		}
		catch (RuntimeException e) {
			throw unreadable("not a token response");
		}
	}

	private static OAuth2AuthorizationException unreadable(String why) {
		return new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
				"The token endpoint's answer could not be read: " + why, null));
	}

}
