#!/usr/bin/env python3
"""Turns the raw results of bench/run.sh into docs/benchmarks/README.md and docs/benchmarks/latency.png.

Usage: report.py RAW_DIR OUT_DIR   (RAW_DIR holds results.jsonl, meta.json, facade-profile.samples.txt)
OUT_DIR/findings.md, hand-written analysis of the committed run, is appended to the report when present.
Needs python3-matplotlib (Debian) for the chart; without it the report says the chart is missing.
"""
import collections
import json
import os
import re
import sys

BUDGET_MS = 20_000  # dataverse.retry.budget default


def load(raw):
    with open(os.path.join(raw, "results.jsonl")) as f:
        results = [json.loads(line) for line in f if line.strip()]
    with open(os.path.join(raw, "meta.json")) as f:
        meta = json.load(f)
    return results, meta


def ms(us):
    return us / 1000.0


def rps(r):
    return r["requests"] / (r["durationUs"] / 1e6) if r["durationUs"] else 0.0


def ok(r):
    return sum(n for s, n in r["statuses"].items() if s.startswith("2"))


def non2xx(r):
    bad = {s: n for s, n in r["statuses"].items() if not s.startswith("2")}
    errors = {k: v for k, v in r["errors"].items() if v}
    parts = [f"{s}×{n}" for s, n in sorted(bad.items())] + [f"{k} errors×{v}" for k, v in errors.items()]
    return ", ".join(parts) if parts else "none"


def find(results, **kv):
    for r in results:
        if all(r.get(k) == v for k, v in kv.items()):
            return r
    return None


def fmt_ms(us):
    v = ms(us)
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def verdict(passed):
    return "**met**" if passed else "**missed**"


# ---------------------------------------------------------------- profile
# Self time by component: a sample is charged to the first frame, walking from the leaf up, that belongs to
# one of these (JDK frames such as regex or BigInteger are charged to the library that called them).
CATEGORIES = [
    ("inbound JWT check (Nimbus: parse, JWK → key, RSA verify; Spring's JWT decoder)",
     ("com.nimbusds", "security.oauth2.jwt", "security.oauth2.server.resource")),
    ("Spring Security filters (firewall header checks, headers, authorization)", ("org.springframework.security",)),
    ("JSON (Jackson 3)", ("tools.jackson",)),
    ("outbound HTTP (Reactor Netty / Netty / WebClient)", ("reactor.netty", "io.netty", "web.reactive.function")),
    ("Reactor operators", ("reactor.core", "reactor.util")),
    ("inbound HTTP (Tomcat)", ("org.apache.tomcat", "org.apache.coyote", "org.apache.catalina")),
    ("metrics / observation (Micrometer)", ("io.micrometer",)),
    ("logging (Logback / SLF4J)", ("ch.qos.logback", "org.slf4j")),
    ("bean validation (Hibernate Validator)", ("org.hibernate.validator",)),
    ("facade's own code (dev.journeyfacade)", ("dev.journeyfacade",)),
    ("Spring Framework (MVC, core)", ("org.springframework",)),
]

# Inclusive shares of a few call sites the findings refer to.
MARKERS = [
    ("`NimbusJwtDecoder.decode` (the whole inbound token check)", "NimbusJwtDecoder.decode"),
    ("`RSASSAVerifier.verify` (RSA signature)", "RSASSAVerifier.verify"),
    ("`RSAKey.toRSAPublicKey` (JWK converted to a key again on every request)", "RSAKey.toRSAPublicKey"),
    ("`StrictHttpFirewall` header checks (regex over every header value, the bearer token included)", "StrictHttpFirewall"),
    ("`DispatcherServlet.doDispatch` (controller, Dataverse call, JSON in and out)", "DispatcherServlet.doDispatch"),
    ("`CallPipeline.exchange` (the outbound call itself)", "CallPipeline.exchange"),
]


def category(stack):
    for method in stack:
        for name, prefixes in CATEGORIES:
            if any(p in method for p in prefixes):
                return name
    return "other (JDK, JVM-internal threads)"


def parse_samples(path):
    """Stacks (leaf first) of jdk.ExecutionSample events in `jfr print` text output."""
    stacks, current, inside = [], None, False
    frame = re.compile(r"^\s+([\w$.<>/]+\([^)]*\))")
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("jdk.ExecutionSample"):
                current = []
            elif "stackTrace = [" in line:
                inside = True
            elif inside and line.strip() == "]":
                inside = False
                stacks.append(current)
            elif inside:
                m = frame.match(line)
                if m:
                    current.append(re.sub(r"\(.*\)", "", m.group(1)))
    return stacks


def profile_section(raw, results=()):
    path = os.path.join(raw, "facade-profile.samples.txt")
    if not os.path.exists(path):
        return ["No profile was recorded (BENCH_PROFILE=0)."]
    stacks = [s for s in parse_samples(path) if s]
    if not stacks:
        return ["The profile holds no execution samples."]
    n = len(stacks)
    leaf = collections.Counter(s[0] for s in stacks)
    inclusive = collections.Counter()
    for s in stacks:
        for method in set(s):
            if method.startswith("dev.journeyfacade"):
                inclusive[method] += 1
    cats = collections.Counter(category(s) for s in stacks)
    lines = [f"{n} execution samples (JFR, `settings=default`: a Java sample every 20 ms; stacks up to 64 frames) of the facade JVM while "
             "wrk drove GET one and GET page at concurrency 16, emulator latency 0 ms (runs not counted above).",
             "",
             "Self time by component (each sample charged to the innermost non-JDK frame's component):",
             "",
             "| component | samples | share |",
             "|---|---:|---:|"]
    for name, hits in cats.most_common():
        lines.append(f"| {name} | {hits} | {100.0 * hits / n:.1f} % |")
    speeds = []
    for endpoint in ("one", "page"):
        p = find(results, scenario="profile", endpoint=endpoint)
        m = find(results, scenario="overhead", target="facade", endpoint=endpoint, connections=16, latencyMs=0)
        if p and m:
            speeds.append(f"GET {endpoint} {rps(p):.0f} req/s while recorded vs {rps(m):.0f} in the measured run")
    if speeds:
        lines += ["", "Facade throughput while recorded (the recording and the host's load at the time both count): " + "; ".join(speeds) + "."]
    lines += ["", "Inclusive share of some call sites:", "", "| call site | samples | share |", "|---|---:|---:|"]
    for label, marker in MARKERS:
        hits = sum(1 for s in stacks if any(marker in m for m in s))
        lines.append(f"| {label} | {hits} | {100.0 * hits / n:.1f} % |")
    lines += ["", "Hottest leaf frames (self time):", "", "| method | samples | share |", "|---|---:|---:|"]
    for method, c in leaf.most_common(15):
        lines.append(f"| `{method}` | {c} | {100.0 * c / n:.1f} % |")
    lines += ["", "Facade methods by inclusive samples:", "", "| method | samples | share |", "|---|---:|---:|"]
    for method, c in inclusive.most_common(12):
        lines.append(f"| `{method}` | {c} | {100.0 * c / n:.1f} % |")
    return lines


# ---------------------------------------------------------------- chart
def chart(results, out, concurrencies, latencies):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, axes = plt.subplots(len(latencies), 3, figsize=(15, 4.2 * len(latencies)), squeeze=False)
    for row, lat in enumerate(latencies):
        for col, endpoint in enumerate(("one", "page")):
            ax = axes[row][col]
            for target, color in (("direct", "tab:blue"), ("facade", "tab:orange")):
                pts = [find(results, scenario="overhead", target=target, endpoint=endpoint, connections=c, latencyMs=lat)
                       for c in concurrencies]
                xs = [c for c, p in zip(concurrencies, pts) if p]
                ax.plot(xs, [ms(p["p50Us"]) for p in pts if p], "-o", color=color, label=f"{target} p50")
                ax.plot(xs, [ms(p["p99Us"]) for p in pts if p], "--s", color=color, label=f"{target} p99")
            ax.set_xscale("log", base=2)
            ax.set_yscale("log")
            ax.set_xticks(concurrencies)
            ax.set_xticklabels([str(c) for c in concurrencies])
            ax.set_xlabel("concurrent connections")
            ax.set_ylabel("latency (ms)")
            title = "GET one journey" if endpoint == "one" else "GET a page of 50"
            ax.set_title(f"{title}, emulator +{lat} ms")
            ax.grid(True, which="both", alpha=0.3)
            ax.legend(fontsize=8)
        ax = axes[row][2]
        for endpoint, marker in (("one", "o"), ("page", "s")):
            for target, color in (("direct", "tab:blue"), ("facade", "tab:orange")):
                pts = [find(results, scenario="overhead", target=target, endpoint=endpoint, connections=c, latencyMs=lat)
                       for c in concurrencies]
                xs = [c for c, p in zip(concurrencies, pts) if p]
                ax.plot(xs, [rps(p) for p in pts if p], "-" + marker, color=color, label=f"{target} {endpoint}")
        ax.set_xscale("log", base=2)
        ax.set_xticks(concurrencies)
        ax.set_xticklabels([str(c) for c in concurrencies])
        ax.set_xlabel("concurrent connections")
        ax.set_ylabel("requests/s")
        ax.set_title(f"throughput, emulator +{lat} ms")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("Journey facade vs direct Dataverse (emulator) calls — wrk, 127.0.0.1, 2 cores shared")
    fig.tight_layout()
    fig.savefig(os.path.join(out, "latency.png"), dpi=90)
    return True


# ---------------------------------------------------------------- report
def main():
    raw, out = sys.argv[1], sys.argv[2]
    results, meta = load(raw)
    over = [r for r in results if r["scenario"] == "overhead"]
    concurrencies = sorted({r["connections"] for r in over})
    latencies = sorted({r["latencyMs"] for r in over})
    has_chart = chart(results, out, concurrencies, latencies)

    L = []
    L += ["# Benchmarks", "",
          "Generated by `bench/run.sh` (see the README's *Benchmarks* section); numbers from one run on the machine "
          "below. Load generator: wrk, everything on 127.0.0.1; the emulator, the facade and wrk share the cores, "
          "so absolute numbers are modest and only the side-by-side ratios mean much.", "",
          "## Machine and run", "",
          "| | |", "|---|---|",
          f"| date | {meta.get('date')} |",
          f"| commit | `{meta.get('commit')}` |",
          f"| CPU | {meta.get('cpu')}, {meta.get('nproc')} cores (`nproc`) |",
          f"| memory | {meta.get('memory')} (`free -h`) |",
          f"| Java | {meta.get('java')} |",
          f"| JVM flags (both JVMs) | `{meta.get('jvmFlags')}` ({meta.get('gc')}); MaxRAM stands for the chart's 768 Mi limit |",
          f"| load generator | {meta.get('wrk')} |",
          f"| durations | {meta.get('duration')} per overhead run, {meta.get('stormDuration')} per storm run, after an 8 s warm-up of each path |",
          "| facade settings | default profile, inbound JWT authentication **on** (RS256 tokens from a local JWK set), "
          "INFO logging, every `dataverse.*` knob at its default (max-in-flight 32, budget 20 s, 4 attempts) |",
          ""]

    # Scenario 1
    L += ["## 1 · Overhead: direct vs through the facade", "",
          "GET one journey (`GET /api/v1/journeys/{id}` vs `GET …/msdyncrm_customerjourneys(id)?$select=…`, "
          "the seeded journey with a design) and GET a page of 50 (`GET /api/v1/journeys?pageSize=50` vs the "
          "same `$select`/`$orderby` with `Prefer: odata.maxpagesize=50`). Ratios are facade/direct.", ""]
    for lat in latencies:
        L += [f"### Emulator latency {lat} ms", "",
              "| endpoint | conc. | direct req/s | facade req/s | thr. ratio | direct p50 ms | facade p50 ms | p50 ratio "
              "| direct p99 ms | facade p99 ms | p99 ratio | non-2xx (direct / facade) |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for endpoint in ("one", "page"):
            for c in concurrencies:
                d = find(results, scenario="overhead", target="direct", endpoint=endpoint, connections=c, latencyMs=lat)
                f = find(results, scenario="overhead", target="facade", endpoint=endpoint, connections=c, latencyMs=lat)
                if not d or not f:
                    continue
                L.append(f"| {endpoint} | {c} | {rps(d):.0f} | {rps(f):.0f} | {rps(f) / rps(d):.2f} | "
                         f"{fmt_ms(d['p50Us'])} | {fmt_ms(f['p50Us'])} | {f['p50Us'] / d['p50Us']:.2f} | "
                         f"{fmt_ms(d['p99Us'])} | {fmt_ms(f['p99Us'])} | {f['p99Us'] / d['p99Us']:.2f} | "
                         f"{non2xx(d)} / {non2xx(f)} |")
        L.append("")
    if has_chart:
        L += ["![latency and throughput vs concurrency](latency.png)", ""]
    else:
        L += ["(Chart missing: python3-matplotlib was not installed.)", ""]

    # Scenario 2
    burst = find(results, scenario="token")
    tokens = meta.get("tokenRequestsAfter", 0) - meta.get("tokenRequestsBefore", 0)
    L += ["## 2 · Token single flight", "",
          f"Cold facade (HTTP up, no readiness probe yet, so no token cached): wrk opens {meta.get('tokenBurst')} "
          "connections at once, each sending the first request; token requests counted by the emulator "
          "(`/_emulator/stats`, before and after).", "",
          "| burst | token requests | target | answers | p50 ms | p99 ms |", "|---:|---:|---|---|---:|---:|"]
    if burst:
        L.append(f"| {burst['connections']} connections, {burst['requests']} requests | {tokens} | exactly 1: "
                 f"{verdict(tokens == 1)} | {', '.join(f'{s}×{n}' for s, n in sorted(burst['statuses'].items()))} | "
                 f"{fmt_ms(burst['p50Us'])} | {fmt_ms(burst['p99Us'])} |")
    L.append("")

    # Scenario 3
    L += ["## 3 · 429 storms", "",
          "Caller-visible success = 2xx share of the answers; amplification = Dataverse requests the emulator "
          "received / requests the facade answered (the facade's own `http.server.requests` count, read after "
          "every request wrk left in flight was answered). Time budget: 20 s (`dataverse.retry.budget`).", ""]
    sr_d, sr_f = find(results, scenario="storm-random", target="direct"), find(results, scenario="storm-random", target="facade")
    m_d, m_f = meta.get("stormRandom_direct", {}), meta.get("stormRandom_facade", {})
    if sr_d and sr_f:
        amp = m_f.get("upstream", 0) / max(m_f.get("facadeAnswered", 1), 1)
        succ_f = ok(sr_f) / max(sr_f["requests"], 1)
        L += ["### Random mode: 30 % of calls answered 429 with `Retry-After: 1`", "",
              "| path | answers | success | successful req/s | p50 ms | p99 ms | max ms | amplification | statuses |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---|",
              f"| direct | {sr_d['requests']} | {100.0 * ok(sr_d) / max(sr_d['requests'], 1):.1f} % | "
              f"{ok(sr_d) / (sr_d['durationUs'] / 1e6):.0f} | {fmt_ms(sr_d['p50Us'])} | {fmt_ms(sr_d['p99Us'])} | "
              f"{fmt_ms(sr_d['maxUs'])} | 1 | {non2xx(sr_d)} |",
              f"| facade | {sr_f['requests']} | {100.0 * succ_f:.2f} % | "
              f"{ok(sr_f) / (sr_f['durationUs'] / 1e6):.1f} | {fmt_ms(sr_f['p50Us'])} | {fmt_ms(sr_f['p99Us'])} | "
              f"{fmt_ms(sr_f['maxUs'])} | {amp:.2f} ({m_f.get('upstream')} / {m_f.get('facadeAnswered')}) | {non2xx(sr_f)} |",
              "",
              f"Targets: success ≥ 99.9 % → {verdict(succ_f >= 0.999 and sr_f['maxUs'] <= BUDGET_MS * 1000)}; "
              f"amplification ≤ 1.5 → {verdict(amp <= 1.5)}.", ""]
    rl_d, rl_f = find(results, scenario="storm-rate", target="direct"), find(results, scenario="storm-rate", target="facade")
    q_d, q_f = meta.get("stormRate_direct", {}), meta.get("stormRate_facade", {})
    if rl_d and rl_f:
        limit = rl_f["maxRequests"] / rl_f["windowS"]
        amp = q_f.get("upstream", 0) / max(q_f.get("facadeAnswered", 1), 1)
        thr_f = ok(rl_f) / (rl_f["durationUs"] / 1e6)
        thr_d = ok(rl_d) / (rl_d["durationUs"] / 1e6)
        L += [f"### Rate-limit mode: {rl_f['maxRequests']} requests per {rl_f['windowS']} s window "
              f"(limit {limit:.0f} req/s), 429 with the true time until the window frees", "",
              "| path | answers | success | successful req/s | vs limit | p50 ms | p99 ms | max ms | amplification | statuses |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
              f"| direct | {rl_d['requests']} | {100.0 * ok(rl_d) / max(rl_d['requests'], 1):.1f} % | {thr_d:.1f} | "
              f"{thr_d / limit:.2f} | {fmt_ms(rl_d['p50Us'])} | {fmt_ms(rl_d['p99Us'])} | {fmt_ms(rl_d['maxUs'])} | "
              f"1 ({q_d.get('throttled')} of {q_d.get('upstream')} throttled) | {non2xx(rl_d)} |",
              f"| facade | {rl_f['requests']} | {100.0 * ok(rl_f) / max(rl_f['requests'], 1):.2f} % | {thr_f:.1f} | "
              f"{thr_f / limit:.2f} | {fmt_ms(rl_f['p50Us'])} | {fmt_ms(rl_f['p99Us'])} | {fmt_ms(rl_f['maxUs'])} | "
              f"{amp:.3f} ({q_f.get('upstream')} / {q_f.get('facadeAnswered')}; {q_f.get('throttled')} throttled) | {non2xx(rl_f)} |",
              "",
              f"Targets: amplification ≤ 1.05 → {verdict(amp <= 1.05)}; throughput ≥ 0.95 × limit → "
              f"{verdict(thr_f / limit >= 0.95)}.", ""]

    # Scenario 4
    b = find(results, scenario="budget")
    mb = meta.get("budget", {})
    if b:
        share503 = b["statuses"].get("503", 0) / max(b["requests"], 1)
        ra = b.get("retryAfter503", 0) / max(b["statuses"].get("503", 1), 1)
        L += ["## 4 · Budget honesty", "",
              "Every call answered 429 with `Retry-After: 120`, more than the 20 s budget: the facade should answer "
              "503 + `Retry-After` at once instead of waiting.", "",
              "| answers | 503 | with Retry-After | p50 ms | p99 ms | max ms | Dataverse requests | target |",
              "|---:|---:|---:|---:|---:|---:|---:|---|",
              f"| {b['requests']} | {100.0 * share503:.1f} % | {100.0 * ra:.1f} % | {fmt_ms(b['p50Us'])} | "
              f"{fmt_ms(b['p99Us'])} | {fmt_ms(b['maxUs'])} | {mb.get('upstream')} (for {mb.get('facadeAnswered')} answers) | "
              f"p99 ≤ budget + 100 ms: {verdict(share503 == 1 and ra == 1 and b['p99Us'] <= (BUDGET_MS + 100) * 1000)} |",
              "",
              "After the first 429 the throttle gate holds every call of the instance until `Retry-After` has "
              "passed, so the later answers are refused without a Dataverse call at all.", ""]

    # Scenario 5
    kb = lambda k: f"{meta[k] / 1024:.0f} MiB" if k in meta else "n/a"
    L += ["## 5 · Start-up and memory", "",
          "| measure | value |", "|---|---:|",
          f"| facade: JVM start → readiness UP (token fetched), cold, no load | {meta.get('startupReadyMs', 0) / 1000:.1f} s |",
          f"| facade: Spring's own line | {meta.get('startedLine', 'n/a')} |",
          f"| facade: JVM start → liveness UP (first facade, before the token burst) | {meta.get('facade1LiveMs', 0) / 1000:.1f} s |",
          f"| emulator: JVM start → health UP | {meta.get('emulatorReadyMs', 0) / 1000:.1f} s |",
          f"| facade RSS at readiness | {kb('startupRssReadyKb')} |",
          f"| facade RSS after {meta.get('duration')} of GET one + {meta.get('duration')} of GET page at c=16 | {kb('startupRssWarmKb')} (peak {kb('startupHwmKb')}) |",
          f"| facade RSS after all overhead runs (first facade) | {kb('facade1RssAfterOverheadKb')} (peak {kb('facade1HwmKb')}) |",
          f"| emulator RSS after the overhead runs | {kb('emulatorRssKb')} |",
          "",
          "RSS from `/proc/<pid>/status` (`VmRSS`, `VmHWM`). Heap limit 576 MiB (75 % of 768 MiB).", ""]

    L += ["## Profile of the facade", ""] + profile_section(raw, results) + [""]

    notes = os.path.join(out, "findings.md")
    if os.path.exists(notes):
        with open(notes) as f:
            L += [f.read().rstrip(), ""]

    with open(os.path.join(out, "README.md"), "w") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
