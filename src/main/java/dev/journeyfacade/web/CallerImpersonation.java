package dev.journeyfacade.web;

import dev.journeyfacade.dataverse.DataverseCaller;
import dev.journeyfacade.dataverse.DataverseUser;
import dev.journeyfacade.dataverse.DataverseUsers;
import dev.journeyfacade.dataverse.ImpersonationProperties;
import dev.journeyfacade.dataverse.ImpersonationProperties.AppOnlyCallers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Mode {@code caller} (ADR 15): the Dataverse calls of a request made with a user's token
 * act as that user. Before the controller runs, the token's {@code oid} (checked as a
 * GUID by the token validator) is looked up as a Dataverse user ({@link DataverseUsers},
 * cached); a caller without one, or a disabled one, is answered 403
 * {@code no-dataverse-user} before any other call. Then every Dataverse call of the
 * request carries it as {@code CallerObjectId} ({@link DataverseCaller}) until the
 * request completes. An application's own token (no user) acts as the application user
 * only where {@code dataverse.impersonation.app-only-callers} allows it, else 403
 * {@code application-caller-refused}.
 */
final class CallerImpersonation implements HandlerInterceptor {

	/** Request attribute: the {@link DataverseUser} the request acts as. */
	static final String USER_ATTRIBUTE = CallerImpersonation.class.getName() + ".user";

	private static final String SCOPE_ATTRIBUTE = CallerImpersonation.class.getName() + ".scope";

	/** Entra ID's object ids: GUIDs, in their one canonical form. */
	static final Pattern OBJECT_ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final DataverseUsers users;

	private final AppOnlyCallers appOnlyCallers;

	private final String scopeClaim;

	CallerImpersonation(DataverseUsers users, ImpersonationProperties properties, AuthProperties auth) {
		this.users = users;
		this.appOnlyCallers = properties.appOnlyCallers();
		this.scopeClaim = auth.scopeClaim();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			return true; // authentication off (profile local): nobody to act as
		}
		UUID objectId = userObjectId(token.getToken(), scopeClaim);
		if (objectId == null) {
			if (appOnlyCallers == AppOnlyCallers.APPLICATION_USER) {
				return true;
			}
			throw ProblemType.APPLICATION_CALLER_REFUSED
				.exception("This service acts in Dataverse as the signed-in user, and this token is an application's "
						+ "own (no user signed in). Call with a user's token, or have operators allow applications "
						+ "(dataverse.impersonation.app-only-callers=application-user).");
		}
		DataverseUser user = users.byObjectId(objectId).orElse(null);
		if (user == null || user.disabled()) {
			throw ProblemType.NO_DATAVERSE_USER.exception("Your sign-in (object id " + objectId + ") "
					+ (user == null ? "has no Dataverse user" : "belongs to a disabled Dataverse user")
					+ " in this environment, and this service acts in Dataverse as you. Ask an administrator to add "
					+ "you as an enabled Dataverse user with a security role for journeys.");
		}
		request.setAttribute(USER_ATTRIBUTE, user);
		request.setAttribute(SCOPE_ATTRIBUTE, DataverseCaller.actAs(objectId));
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (request.getAttribute(SCOPE_ATTRIBUTE) instanceof DataverseCaller.Scope scope) {
			request.removeAttribute(SCOPE_ATTRIBUTE);
			scope.close();
		}
	}

	/**
	 * The signed-in user's Entra ID object id; null for an application's own token:
	 * {@code idtyp=app} (Entra ID's optional claim for it), no {@code oid}, or no
	 * delegated scope (a user's token always has {@code scp}; an application's has roles
	 * only).
	 */
	static @Nullable UUID userObjectId(Jwt jwt, String scopeClaim) {
		if ("app".equals(jwt.getClaimAsString("idtyp")) || !jwt.hasClaim(scopeClaim)) {
			return null;
		}
		String oid = jwt.getClaimAsString("oid");
		if (oid == null) {
			return null;
		}
		if (!OBJECT_ID.matcher(oid).matches()) {
			// the token validator refuses these; never act as something that is no id
			throw ProblemType.UNAUTHORIZED.exception("The token's oid claim is not an object id.");
		}
		return UUID.fromString(oid);
	}

	/**
	 * The Dataverse user this request acts as; null when it acts as the application user.
	 */
	static @Nullable DataverseUser actingUser(HttpServletRequest request) {
		return request.getAttribute(USER_ATTRIBUTE) instanceof DataverseUser user ? user : null;
	}

}
