package dev.dataverseemulator.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottlingGateTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private static ThrottlingSettings limit(int maxRequests, long windowSeconds, int maxConcurrent) {
        return new ThrottlingSettings(new ThrottlingSettings.RateLimit(true, maxRequests, windowSeconds, maxConcurrent),
                new ThrottlingSettings.RandomFaults(0, 5), 0, 42);
    }

    private static ThrottlingGate.Admitted admitted(ThrottlingGate.Admission admission) {
        assertThat(admission).isInstanceOf(ThrottlingGate.Admitted.class);
        return (ThrottlingGate.Admitted) admission;
    }

    @Test
    void countsRequestsPerApplicationUser() {
        ThrottlingGate gate = new ThrottlingGate(limit(1, 10, 5), clock);
        admitted(gate.admit("app-a")).permit().release();
        admitted(gate.admit("app-b")).permit().release();
        assertThat(gate.admit("app-a")).isInstanceOf(ThrottlingGate.Refused.class);
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheOldestRequestLeavesTheWindow() {
        ThrottlingGate gate = new ThrottlingGate(limit(2, 10, 5), clock);
        admitted(gate.admit("app")).permit().release();
        clock.advance(Duration.ofMillis(2_300));
        admitted(gate.admit("app")).permit().release();

        ThrottlingGate.Refused refused = (ThrottlingGate.Refused) gate.admit("app");

        assertThat(refused.reason()).isEqualTo(ThrottlingGate.Reason.REQUEST_COUNT);
        assertThat(refused.error().code()).isEqualTo("0x80072322");
        assertThat(refused.error().headers()).containsEntry("Retry-After", "8"); // 7.7 s rounded up
        clock.advance(Duration.ofMillis(7_699));
        assertThat(gate.admit("app")).isInstanceOf(ThrottlingGate.Refused.class);
        clock.advance(Duration.ofMillis(1));
        assertThat(gate.admit("app")).isInstanceOf(ThrottlingGate.Admitted.class);
    }

    @Test
    void refusesConcurrentRequestsBeyondTheCapUntilOneIsReleased() {
        ThrottlingGate gate = new ThrottlingGate(limit(100, 10, 2), clock);
        ThrottlingGate.Permit first = admitted(gate.admit("app")).permit();
        admitted(gate.admit("app"));

        ThrottlingGate.Refused refused = (ThrottlingGate.Refused) gate.admit("app");
        assertThat(refused.error().code()).isEqualTo("0x80072326");
        assertThat(gate.inFlight()).isEqualTo(2);

        first.release();
        first.release(); // twice is harmless
        assertThat(gate.inFlight()).isEqualTo(1);
        assertThat(gate.admit("app")).isInstanceOf(ThrottlingGate.Admitted.class);
    }

    @Test
    void randomRefusalsAreRepeatableForASeed() {
        ThrottlingSettings random = new ThrottlingSettings(new ThrottlingSettings.RateLimit(false, 1, 1, 1),
                new ThrottlingSettings.RandomFaults(0.3, 7), 0, 1234);
        List<Boolean> first = draws(new ThrottlingGate(random, clock));
        List<Boolean> second = draws(new ThrottlingGate(random, clock));
        assertThat(first).isEqualTo(second);
        assertThat(first.stream().filter(b -> b).count()).isBetween(15L, 45L);
    }

    private static List<Boolean> draws(ThrottlingGate gate) {
        List<Boolean> refused = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ThrottlingGate.Admission a = gate.admit("app");
            refused.add(a instanceof ThrottlingGate.Refused);
            if (a instanceof ThrottlingGate.Admitted ok) {
                ok.permit().release();
            }
        }
        return refused;
    }

    @Test
    void roundsWaitsUpToWholeSecondsOfAtLeastOne() {
        assertThat(ThrottlingGate.ceilSeconds(Duration.ZERO)).isEqualTo(1);
        assertThat(ThrottlingGate.ceilSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(ThrottlingGate.ceilSeconds(Duration.ofSeconds(3))).isEqualTo(3);
        assertThat(ThrottlingGate.ceilSeconds(Duration.ofMillis(3_001))).isEqualTo(4);
    }
}
