package dev.journeyfacade.dataverse;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whom the Dataverse calls of a caller request act as, bound from
 * {@code dataverse.impersonation.*} (environment variables
 * {@code DATAVERSE_IMPERSONATION_MODE}, …); ADR 15 says why the default is
 * {@link Mode#OFF}.
 *
 * @param mode {@code off}: every call acts as the application user; {@code caller}: the
 * calls of a request made with a user's token act as that user ({@code CallerObjectId})
 * @param appOnlyCallers in mode {@code caller}, what a token of an application (no user)
 * may do
 * @param userCacheTtl how long the look-up of a caller's Dataverse user (or that there is
 * none) is kept
 * @param userCacheSize the most callers whose Dataverse user is kept
 */
@Validated
@ConfigurationProperties("dataverse.impersonation")
public record ImpersonationProperties(@DefaultValue("off") @NotNull Mode mode,
		@DefaultValue("refuse") @NotNull AppOnlyCallers appOnlyCallers,
		@DefaultValue("5m") @NotNull Duration userCacheTtl,
		@DefaultValue("10000") @Min(1) @Max(1_000_000) int userCacheSize) {

	/** Whether calls act as the signed-in user. */
	public enum Mode {

		/** Every call acts as the application user, whoever the caller is. */
		OFF,
		/** A user's calls act as that user; see {@link AppOnlyCallers} for the rest. */
		CALLER

	}

	/** In mode {@code caller}, the calls of an application's own token (no user). */
	public enum AppOnlyCallers {

		/** Answered 403 {@code application-caller-refused}: no user to act as. */
		REFUSE,
		/** Act as the application user, as in mode {@code off}. */
		APPLICATION_USER

	}

	/** True when the calls of a user's request act as that user. */
	public boolean impersonatesCallers() {
		return mode == Mode.CALLER;
	}

}
