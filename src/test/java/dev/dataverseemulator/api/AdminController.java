package dev.dataverseemulator.api;

import dev.dataverseemulator.entity.EntityService;
import dev.dataverseemulator.entity.OutboundMarketing;
import dev.dataverseemulator.entity.SeedData;
import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.security.Directory;
import dev.dataverseemulator.security.Privileges;
import dev.dataverseemulator.security.SecurityService;
import dev.dataverseemulator.throttling.EmulatorStats;
import dev.dataverseemulator.throttling.ThrottlingGate;
import dev.dataverseemulator.throttling.ThrottlingSettings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Controls for tests and benchmarks, not part of Dataverse and not authenticated (the
 * emulator listens on 127.0.0.1): throttling at run time, the outbound-marketing switch,
 * the application user's act-on-behalf privilege and users' privileges, traffic counters,
 * and a reset to the seeded start state.
 */
@RestController
@RequestMapping("/_emulator")
class AdminController {

	private final ThrottlingGate gate;

	private final EmulatorStats stats;

	private final EntityService entities;

	private final SeedData seed;

	private final OutboundMarketing outbound;

	private final SecurityService security;

	private final JsonMapper json;

	private final Validator validator;

	AdminController(ThrottlingGate gate, EmulatorStats stats, EntityService entities, SeedData seed,
			OutboundMarketing outbound, SecurityService security, JsonMapper json, Validator validator) {
		this.gate = gate;
		this.stats = stats;
		this.entities = entities;
		this.seed = seed;
		this.outbound = outbound;
		this.security = security;
		this.json = json;
		this.validator = validator;
	}

	@GetMapping("/throttling")
	ThrottlingSettings throttling() {
		return gate.settings();
	}

	/**
	 * Replaces the settings: what the body leaves out takes the value the emulator
	 * started with.
	 */
	@PutMapping("/throttling")
	ThrottlingSettings replaceThrottling(@RequestBody JsonNode body) {
		ObjectNode merged = json.valueToTree(gate.initialSettings());
		merge(merged, body);
		return apply(merged);
	}

	/**
	 * Changes only the fields given (JSON merge patch), e.g. {@code {"latencyMs":50}} or
	 * {@code {"dopHint":4}}.
	 */
	@PatchMapping("/throttling")
	ThrottlingSettings patchThrottling(@RequestBody JsonNode body) {
		ObjectNode merged = json.valueToTree(gate.settings());
		merge(merged, body);
		return apply(merged);
	}

	/** Whether the outbound-marketing tables exist. */
	record OutboundSwitch(boolean enabled) {
	}

	@GetMapping("/outbound-marketing")
	OutboundSwitch outboundMarketing() {
		return new OutboundSwitch(outbound.enabled());
	}

	/**
	 * {@code {"enabled":false}}: the outbound entity sets and action answer 404 until
	 * switched on again.
	 */
	@PutMapping("/outbound-marketing")
	OutboundSwitch switchOutboundMarketing(@RequestBody JsonNode body) {
		outbound.setEnabled(requireBoolean(body, "enabled"));
		return outboundMarketing();
	}

	/** A user with the privileges in force. */
	record UserView(UUID systemUserId, String fullName, UUID azureActiveDirectoryObjectId, UUID businessUnitId,
			Privileges privileges) {
	}

	/** The impersonation settings and every user's privileges. */
	record SecurityView(boolean applicationUserMayActOnBehalf, List<UserView> users) {
	}

	@GetMapping("/security")
	SecurityView securitySettings() {
		return new SecurityView(security.applicationUserMayActOnBehalf(), security.users()
			.stream()
			.map(u -> new UserView(u.id(), u.fullName(), u.objectId(), u.businessUnit(), security.privilegesOf(u.id())))
			.toList());
	}

	/**
	 * {@code {"applicationUserMayActOnBehalf":false}}: the application user loses
	 * {@code prvActOnBehalfOfAnotherUser}.
	 */
	@PatchMapping("/security")
	SecurityView patchSecurity(@RequestBody JsonNode body) {
		security.setApplicationUserMayActOnBehalf(requireBoolean(body, "applicationUserMayActOnBehalf"));
		return securitySettings();
	}

	/**
	 * Replaces one user's privileges:
	 * {@code {"read":"ORGANIZATION","write":"BUSINESS_UNIT","publish":"NONE"}}.
	 */
	@PutMapping("/security/users/{id}/privileges")
	Privileges replacePrivileges(@PathVariable UUID id, @RequestBody JsonNode body) {
		Privileges privileges = read(body, Privileges.class);
		return security.setPrivileges(id, privileges)
			.orElseThrow(() -> DataverseError.of(HttpStatus.NOT_FOUND, DataverseError.RECORD_NOT_FOUND, "No user " + id
					+ "; the users are " + Directory.class.getSimpleName() + "'s, listed at GET /_emulator/security."));
	}

	@GetMapping("/stats")
	EmulatorStats.Snapshot stats() {
		return stats.snapshot(gate.inFlight());
	}

	@PostMapping("/reset-stats")
	ResponseEntity<Void> resetStats() {
		stats.reset();
		return ResponseEntity.noContent().build();
	}

	/**
	 * Seed data, throttling, switches, privileges and counters back to how the emulator
	 * started; tokens stay valid.
	 */
	@PostMapping("/reset")
	ResponseEntity<Void> reset() {
		entities.reset(seed);
		gate.reset();
		outbound.reset();
		security.reset();
		stats.reset();
		return ResponseEntity.noContent().build();
	}

	private ThrottlingSettings apply(JsonNode body) {
		ThrottlingSettings settings = read(body, ThrottlingSettings.class);
		gate.apply(settings);
		return settings;
	}

	/** A body as the type, validated; 400 in Dataverse's shape naming every violation. */
	private <T> T read(JsonNode body, Class<T> type) {
		T value;
		try {
			value = json.treeToValue(body, type);
		}
		catch (JacksonException e) {
			throw invalid("Not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
		}
		if (value == null) {
			throw invalid("A JSON object is expected.");
		}
		Set<ConstraintViolation<T>> violations = validator.validate(value);
		if (!violations.isEmpty()) {
			throw invalid(violations.stream()
				.map(v -> v.getPropertyPath() + " " + v.getMessage())
				.sorted()
				.collect(Collectors.joining("; ")));
		}
		return value;
	}

	private static boolean requireBoolean(JsonNode body, String field) {
		JsonNode value = body == null ? null : body.get(field);
		if (value == null || !value.isBoolean()) {
			throw invalid("{\"" + field + "\": true|false} is expected.");
		}
		return value.booleanValue();
	}

	private static DataverseError invalid(String message) {
		return DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT, message);
	}

	private static void merge(ObjectNode target, JsonNode patch) {
		if (patch == null || !patch.isObject()) {
			throw invalid("A JSON object is expected.");
		}
		for (Map.Entry<String, JsonNode> p : patch.properties()) {
			JsonNode current = target.get(p.getKey());
			if (current != null && current.isObject() && p.getValue().isObject()) {
				merge((ObjectNode) current, p.getValue());
			}
			else {
				target.set(p.getKey(), p.getValue());
			}
		}
	}

}
