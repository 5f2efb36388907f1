package dev.dataverseemulator.api;

import dev.dataverseemulator.entity.EntityService;
import dev.dataverseemulator.entity.SeedData;
import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.throttling.EmulatorStats;
import dev.dataverseemulator.throttling.ThrottlingGate;
import dev.dataverseemulator.throttling.ThrottlingSettings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
 * Controls for tests and benchmarks, not part of Dataverse and not authenticated (the emulator listens on
 * 127.0.0.1): throttling at run time, traffic counters, and a reset to the seeded start state.
 */
@RestController
@RequestMapping("/_emulator")
class AdminController {

    private final ThrottlingGate gate;
    private final EmulatorStats stats;
    private final EntityService entities;
    private final SeedData seed;
    private final JsonMapper json;
    private final Validator validator;

    AdminController(ThrottlingGate gate, EmulatorStats stats, EntityService entities, SeedData seed, JsonMapper json,
                    Validator validator) {
        this.gate = gate;
        this.stats = stats;
        this.entities = entities;
        this.seed = seed;
        this.json = json;
        this.validator = validator;
    }

    @GetMapping("/throttling")
    ThrottlingSettings throttling() {
        return gate.settings();
    }

    /** Replaces the settings; every field must be given. */
    @PutMapping("/throttling")
    ThrottlingSettings replaceThrottling(@RequestBody JsonNode body) {
        return apply(body);
    }

    /** Changes only the fields given (JSON merge patch), e.g. {@code {"latencyMs":50}}. */
    @PatchMapping("/throttling")
    ThrottlingSettings patchThrottling(@RequestBody JsonNode body) {
        ObjectNode merged = json.valueToTree(gate.settings());
        merge(merged, body);
        return apply(merged);
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

    /** Seed data, throttling settings and counters back to how the emulator started; issued tokens stay valid. */
    @PostMapping("/reset")
    ResponseEntity<Void> reset() {
        entities.reset(seed);
        gate.reset();
        stats.reset();
        return ResponseEntity.noContent().build();
    }

    private ThrottlingSettings apply(JsonNode body) {
        ThrottlingSettings settings;
        try {
            settings = json.treeToValue(body, ThrottlingSettings.class);
        } catch (JacksonException e) {
            throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT,
                    "Not a throttling setting: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<ThrottlingSettings>> violations = settings == null || settings.rateLimit() == null
                || settings.random() == null ? null : validator.validate(settings);
        if (violations == null) {
            throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT,
                    "rateLimit and random must both be given.");
        }
        if (!violations.isEmpty()) {
            throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT, violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        gate.apply(settings);
        return settings;
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT, "A JSON object is expected.");
        }
        for (Map.Entry<String, JsonNode> p : patch.properties()) {
            JsonNode current = target.get(p.getKey());
            if (current != null && current.isObject() && p.getValue().isObject()) {
                merge((ObjectNode) current, p.getValue());
            } else {
                target.set(p.getKey(), p.getValue());
            }
        }
    }
}
