#!/usr/bin/env python3
"""Turns the raw results of bench/run.sh into docs/benchmarks/README.md and docs/benchmarks/latency.png, and prints
the targets, each met or missed, on stdout.

Usage: report.py RAW_DIR OUT_DIR   (RAW_DIR holds results.jsonl, meta.json and the profiles: NAME-profile.collapsed
from async-profiler, or NAME-profile.samples.txt from JFR, for NAME facade and baseline)
OUT_DIR/findings.md, hand-written analysis of the committed run, is appended to the report when present.
Needs python3-matplotlib (Debian) for the chart; without it the report says the chart is missing.
"""
import collections
import json
import os
import re
import statistics
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



def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def ratio(a, b):
    return a / b if a is not None and b else None


def f2(v, digits=2):
    return "n/a" if v is None else f"{v:.{digits}f}"


def cpu_per_request(r):
    """Milliseconds of the facade JVM's CPU (utime + stime) per request it answered during the run."""
    return r["cpuMs"] / r["requests"] if r.get("cpuMs") is not None and r["requests"] else None


# ---------------------------------------------------------------- targets (issue "The hop must be cheap")
TARGETS = {
    "cpu_one": 1.0,      # ms of facade CPU per GET one, warm, c=16 and c=64
    "cpu_page": 0.8,     # ms per page of 50
    "thr_c64": 0.25,     # facade/nginx throughput at c=64
    "thr_c16": 0.40,     # at c=16
    "first_minute": 3.0, # ms CPU per GET one in the first minute under load
    "startup": 1.5,      # JVM start → readiness UP, facade / bare app
    "lat_p50": 1.03,     # 50 ms added latency, c ≤ in-flight cap: facade p50 / direct
    "lat_p99": 1.10,
}
IN_FLIGHT_CAP = 32


def hop_rows(results, target, endpoint, c):
    return [r for r in results if r["scenario"] == "hop" and r["target"] == target and r["endpoint"] == endpoint
            and r["connections"] == c]


def hop_summary(results, target, endpoint, c):
    rows = hop_rows(results, target, endpoint, c)
    if not rows:
        return None
    return {"rps": median([rps(r) for r in rows]), "p50": median([r["p50Us"] for r in rows]),
            "p99": median([r["p99Us"] for r in rows]), "cpu": median([cpu_per_request(r) for r in rows]),
            "rounds": len(rows), "non2xx": ", ".join(sorted({non2xx(r) for r in rows})),
            "timeWait": median([r.get("timeWaitAdded") for r in rows]),
            "timeWaitClient": median([r.get("timeWaitClientAdded") for r in rows])}


def startup_summary(results, app):
    rows = [r for r in results if r["scenario"] == "startup" and r["target"] == app and r["round"] > 0]
    if not rows:
        return None
    return {"ready": median([r["readyMs"] for r in rows]), "rss": median([r["rssReadyKb"] for r in rows]),
            "min": min(r["readyMs"] for r in rows), "max": max(r["readyMs"] for r in rows), "n": len(rows)}


def startup_ratio(results, app, other="bare"):
    """Median of the per-round ratios app / other (each round runs both, one after the other)."""
    by_round = collections.defaultdict(dict)
    for r in results:
        if r["scenario"] == "startup" and r["round"] > 0:
            by_round[r["round"]][r["target"]] = r["readyMs"]
    return median([v[app] / v[other] for v in by_round.values() if app in v and other in v])


def evaluate(results):
    """[(target text, result text, passed or None)] for every target of the issue, for the facade of this checkout."""
    out = []
    hop_cs = sorted({r["connections"] for r in results if r["scenario"] == "hop"})
    for endpoint, key, label in (("one", "cpu_one", "GET one"), ("page", "cpu_page", "page of 50")):
        for c in hop_cs:
            f = hop_summary(results, "facade", endpoint, c)
            if f and f["cpu"] is not None:
                out.append((f"facade CPU per {label}, warm, c={c}: ≤ {TARGETS[key]} ms", f"{f['cpu']:.2f} ms",
                            f["cpu"] <= TARGETS[key]))
    for endpoint, label in (("one", "GET one"), ("page", "page of 50")):
        for c in hop_cs:
            f, n = hop_summary(results, "facade", endpoint, c), hop_summary(results, "nginx", endpoint, c)
            want = TARGETS["thr_c64"] if c >= 64 else TARGETS["thr_c16"] if c == 16 else None
            if f and n and want:
                r = ratio(f["rps"], n["rps"])
                out.append((f"throughput {label}, c={c}: facade ≥ {want} × nginx",
                            f"{r:.2f} ({f['rps']:.0f} / {n['rps']:.0f} req/s)", r >= want))
    fm = find(results, scenario="first-minute", target="facade")
    if fm:
        v = cpu_per_request(fm)
        out.append((f"first minute after start, CPU per GET one: ≤ {TARGETS['first_minute']} ms", f"{v:.2f} ms",
                    v <= TARGETS["first_minute"]))
    for app, other, how in (("facade-cds", "bare-cds", "as the image runs it (plain jars + class data archive), "
                                                       "vs the bare app the same way"),
                            ("facade", "bare", "from the fat jar, vs the bare app's fat jar")):
        sr = startup_ratio(results, app, other)
        if sr is not None:
            fs, bs = startup_summary(results, app), startup_summary(results, other)
            out.append((f"start-up {how}, JVM start → readiness UP: ≤ {TARGETS['startup']} ×",
                        f"{sr:.2f} × (median {fs['ready'] / 1000:.2f} s vs {bs['ready'] / 1000:.2f} s; RSS "
                        f"{fs['rss'] / 1024:.0f} vs {bs['rss'] / 1024:.0f} MiB)", sr <= TARGETS["startup"]))
    for r_f in results:
        if r_f["scenario"] != "overhead" or r_f["target"] != "facade" or r_f.get("latencyMs") != 50:
            continue
        c = r_f["connections"]
        if c > IN_FLIGHT_CAP or c < 2:
            continue
        d = find(results, scenario="overhead", target="direct", endpoint=r_f["endpoint"], connections=c, latencyMs=50)
        if not d:
            continue
        p50, p99 = r_f["p50Us"] / d["p50Us"], r_f["p99Us"] / d["p99Us"]
        out.append((f"50 ms added, {r_f['endpoint']} c={c}: p50 ≤ {TARGETS['lat_p50']} × direct, p99 ≤ "
                    f"{TARGETS['lat_p99']} ×", f"p50 {p50:.2f}×, p99 {p99:.2f}×",
                    p50 <= TARGETS["lat_p50"] and p99 <= TARGETS["lat_p99"]))
    return out


# ---------------------------------------------------------------- Dataverse's limits (issue "Dataverse as it really answers")
def success(r):
    return ok(r) / max(r["requests"], 1)


def ok_rps(r):
    return ok(r) / (r["durationUs"] / 1e6) if r["durationUs"] else 0.0


def honest(r):
    """Every answer a 2xx or a 503 with Retry-After, none later than the budget (+100 ms), no socket errors."""
    bad = {s: n for s, n in r["statuses"].items() if not s.startswith("2")}
    return (set(bad) <= {"503"} and r.get("retryAfter503", 0) == bad.get("503", 0)
            and not any(r["errors"].values()) and r["maxUs"] <= (BUDGET_MS + 100) * 1000)


def limits(results, meta):
    """Section 7 and its targets: [(target text, result text, passed)]."""
    L, out = [], []
    L += ["## 7 · Dataverse's three limits and its parallelism hint", "",
          "The emulator enforces Dataverse's service protection limits with their own codes (`0x80072322` requests, "
          "`0x80072321` execution time, `0x80072326` concurrency) and sends `x-ms-dop-hint` and the remaining-budget "
          "headers on every answer. The facade pauses the whole instance only for the first two; a concurrency 429 "
          "holds only the refused call and lowers the in-flight limit (AIMD under min(cap, hint)); the remaining "
          "budget an answer reports caps the calls in flight (one at a time at zero). Amplification = Dataverse "
          "requests the emulator received / requests the facades answered.", ""]
    d52, d64, f = (find(results, scenario="limit-concurrency", target=t, connections=c)
                   for t, c in (("direct", 52), ("direct", 64), ("replica-1", 64)))
    if d52 and d64 and f:
        share429 = d64["statuses"].get("429", 0) / max(d64["requests"], 1)
        ratio50 = f["p50Us"] / d52["p50Us"]
        L += ["### 7a · 64 callers against the concurrency limit (52), 50 ms per call, hint 48", "",
              "The facade here is a replica with `max-in-flight` 51 (the default cap of 32 would queue half the "
              "callers by design), so the hint decides: 48 in flight. Direct at c = 52 is the successful latency "
              "(every call admitted); direct at c = 64 shows what callers without a limiter get.", "",
              "| path | answers | success | successful req/s | p50 ms | p99 ms | max ms | statuses | Dataverse 429s |",
              "|---|---:|---:|---:|---:|---:|---:|---|---:|"]
        for name, r in (("direct, c=52", d52), ("direct, c=64", d64), ("facade, c=64", f)):
            mm = meta.get(f"limitConcurrency_{r['target']}_{r['connections']}", {})
            L.append(f"| {name} | {r['requests']} | {100.0 * success(r):.2f} % | {ok_rps(r):.0f} | {fmt_ms(r['p50Us'])} | "
                     f"{fmt_ms(r['p99Us'])} | {fmt_ms(r['maxUs'])} | {non2xx(r)} | {mm.get('throttled', 'n/a')} |")
        L.append("")
        out.append(("c=64 against the concurrency limit: facade callers' success 100 % (direct callers: "
                    f"{100.0 * share429:.1f} % 429s)", f"{100.0 * success(f):.2f} %",
                    ok(f) == f["requests"] and not any(f["errors"].values())))
        out.append(("c=64 against the concurrency limit: facade p50 ≤ 1.1 × direct's successful p50 (c=52)",
                    f"{ratio50:.2f} × ({fmt_ms(f['p50Us'])} vs {fmt_ms(d52['p50Us'])} ms)", ratio50 <= 1.1))
    d, f = (find(results, scenario="limit-concurrency-storm", target=t) for t in ("direct", "facade"))
    if d and f:
        m = meta.get("limitConcurrencyStorm_facade", {})
        amp = m.get("upstream", 0) / max(m.get("facadeAnswered", 1), 1)
        lat = f.get("latencyMs", 50)
        want = 0.9 * f["maxConcurrent"] / (lat / 1000.0)
        L += [f"### 7b · Concurrency storm: limit {f['maxConcurrent']}, hint {f['dopHint']}, {lat} ms per call, "
              f"{f['connections']} callers", "",
              "| path | answers | success | successful req/s | p50 ms | p99 ms | max ms | amplification | statuses | "
              "limit gauge after |", "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|",
              f"| direct | {d['requests']} | {100.0 * success(d):.2f} % | {ok_rps(d):.0f} | {fmt_ms(d['p50Us'])} | "
              f"{fmt_ms(d['p99Us'])} | {fmt_ms(d['maxUs'])} | 1 | {non2xx(d)} | — |",
              f"| facade | {f['requests']} | {100.0 * success(f):.2f} % | {ok_rps(f):.1f} | {fmt_ms(f['p50Us'])} | "
              f"{fmt_ms(f['p99Us'])} | {fmt_ms(f['maxUs'])} | {amp:.3f} ({m.get('upstream')} / {m.get('facadeAnswered')}; "
              f"{m.get('throttled')} throttled) | {non2xx(f)} | {m.get('limitGauge')} |", ""]
        out.append(("concurrency storm: facade success ≥ 99.9 %", f"{100.0 * success(f):.2f} %", success(f) >= 0.999))
        out.append((f"concurrency storm: successful throughput ≥ 0.9 × (limit / latency) = {want:.0f} req/s",
                    f"{ok_rps(f):.1f} req/s", ok_rps(f) >= want))
        out.append(("concurrency storm: amplification ≤ 1.1", f"{amp:.3f}", amp <= 1.1))
    rl = find(results, scenario="storm-rate", target="facade")
    q = meta.get("stormRate_facade", {})
    if rl:
        limit = rl["maxRequests"] / rl["windowS"]
        amp = q.get("upstream", 0) / max(q.get("facadeAnswered", 1), 1)
        L += ["### 7c · Request-count storm", "", "One facade, section 3's rate-limit run: "
              f"amplification {amp:.3f}, {ok_rps(rl) / limit:.2f} × the limit.", ""]
        out.append(("request-count storm: amplification ≤ 1.05", f"{amp:.3f}", amp <= 1.05))
        out.append(("request-count storm: throughput ≥ 0.95 × limit", f"{ok_rps(rl) / limit:.2f} ×",
                    ok_rps(rl) / limit >= 0.95))
    reps = sorted((r for r in results if r["scenario"] == "limit-replicas"), key=lambda r: r["target"])
    if reps:
        m = meta.get("limitReplicas", {})
        limit = reps[0]["maxRequests"] / reps[0]["windowS"]
        total = sum(ok_rps(r) for r in reps)
        amp = m.get("upstream", 0) / max(m.get("facadeAnswered", 1), 1)
        L += [f"### 7d · {len(reps)} facade replicas, one application user, rate-limit mode "
              f"({reps[0]['maxRequests']} requests per {reps[0]['windowS']} s: {limit:.0f} req/s)", "",
              f"Each replica has {reps[0]['connections']} callers of its own; Dataverse counts them all against one "
              "user.", "",
              "| replica | answers | success | successful req/s | p50 ms | p99 ms | max ms | statuses | 503 with Retry-After |",
              "|---|---:|---:|---:|---:|---:|---:|---|---:|"]
        for r in reps:
            L.append(f"| {r['target']} | {r['requests']} | {100.0 * success(r):.2f} % | {ok_rps(r):.1f} | "
                     f"{fmt_ms(r['p50Us'])} | {fmt_ms(r['p99Us'])} | {fmt_ms(r['maxUs'])} | {non2xx(r)} | "
                     f"{r.get('retryAfter503', 0)} |")
        L += ["", f"Together: {total:.1f} successful req/s = {total / limit:.2f} × the limit; amplification {amp:.3f} "
              f"({m.get('upstream')} Dataverse requests, {m.get('throttled')} of them refused, for "
              f"{m.get('facadeAnswered')} answers).", ""]
        out.append((f"{len(reps)} replicas: summed throughput ≥ 0.9 × limit", f"{total / limit:.2f} × ({total:.1f} req/s)",
                    total / limit >= 0.9))
        out.append((f"{len(reps)} replicas: amplification ≤ 1.05", f"{amp:.3f}", amp <= 1.05))
        out.append((f"{len(reps)} replicas: no caller waits past the budget without 503 + Retry-After",
                    f"max {fmt_ms(max(r['maxUs'] for r in reps))} ms; " + "; ".join(non2xx(r) for r in reps),
                    all(honest(r) for r in reps)))
    return L, out


# ---------------------------------------------------------------- profiles
# Self time by component: a sample is charged to the first frame, walking from the leaf up, that belongs to one of
# these (JDK frames such as regex or BigInteger are charged to the library that called them; JVM-internal threads
# such as the JIT compiler and GC to those).
CATEGORIES = [
    ("inbound JWT check (Nimbus: parse, key, RSA verify; Spring's JWT decoder)",
     ("com.nimbusds", "security.oauth2.jwt", "security.oauth2.server.resource")),
    ("Spring Security filters (firewall, headers, authorization)", ("org.springframework.security",)),
    ("JSON (Jackson 3)", ("tools.jackson",)),
    ("outbound HTTP (Reactor Netty / Netty / WebClient)", ("reactor.netty", "io.netty", "web.reactive.function")),
    ("Reactor operators, blocking hand-off", ("reactor.core", "reactor.util")),
    ("inbound HTTP (Tomcat)", ("org.apache.tomcat", "org.apache.coyote", "org.apache.catalina")),
    ("metrics / observation (Micrometer)", ("io.micrometer",)),
    ("logging (Logback / SLF4J)", ("ch.qos.logback", "org.slf4j")),
    ("bean validation (Hibernate Validator)", ("org.hibernate.validator",)),
    ("facade's own code (dev.journeyfacade)", ("dev.journeyfacade",)),
    ("Spring Framework (MVC, core)", ("org.springframework",)),
]
JVM_THREADS = [("JIT compiler threads", ("CompileBroker", "C2Compiler", "Compiler::compile", "C1_")),
               ("garbage collector", ("G1", "GCTask", "ConcurrentGCThread", "WorkerThread::run"))]

# Inclusive shares of the call sites the findings refer to (substring of a frame).
MARKERS = [
    ("`NimbusJwtDecoder.decode` (the whole token check: parse, key, signature, claims)", "NimbusJwtDecoder.decode"),
    ("`RSASSAVerifier.verify` (RSA signature)", "RSASSAVerifier.verify"),
    ("`KeyConverter.toJavaKeys` / `RSAKey.toRSAPublicKey` (JWK → key)", "toRSAPublicKey"),
    ("firewall header checks (`StrictHttpFirewall`, regex or loop)", "StrictHttpFirewall"),
    ("bearer token read from the header (`DefaultBearerTokenResolver` / `BearerTokenHeaderResolver`)", "TokenResolver.resolve"),
    ("Spring Security observations (`ObservationFilterChainDecorator`: wraps the whole chain; own cost in the Micrometer row)",
     "ObservationFilterChainDecorator"),
    ("design read (`DesignCodec.decode`)", "DesignCodec.decode"),
    ("`DispatcherServlet.doDispatch` (controller, Dataverse call, JSON in and out)", "DispatcherServlet.doDispatch"),
    ("`CallPipeline.exchange` (the outbound call itself)", "CallPipeline.exchange"),
    ("JIT compiler threads", "CompileBroker"),
]


def category(stack):
    """stack: leaf first."""
    for method in stack:
        for name, prefixes in CATEGORIES:
            if any(p in method for p in prefixes):
                return name
    joined = " ".join(stack)
    for name, marks in JVM_THREADS:
        if any(m in joined for m in marks):
            return name
    return "other (JDK, JVM, kernel)"


def parse_jfr(path):
    """Stacks (leaf first) of jdk.ExecutionSample events in `jfr print` text output, one sample each."""
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
                stacks.append((current, 1))
            elif inside:
                m = frame.match(line)
                if m:
                    current.append(re.sub(r"\(.*\)", "", m.group(1)))
    return stacks


def parse_collapsed(path):
    """async-profiler's collapsed stacks (root first, ';'-separated, then a count) as (leaf-first stack, count)."""
    stacks = []
    with open(path, errors="replace") as f:
        for line in f:
            line = line.rstrip()
            if not line or " " not in line:
                continue
            frames, count = line.rsplit(" ", 1)
            stack = [fr.replace("/", ".").removesuffix("_[j]").removesuffix("_[i]").removesuffix("_[k]")
                     for fr in frames.split(";")]
            stacks.append((stack[::-1], int(count)))
    return stacks


def load_profile(raw, name):
    collapsed = os.path.join(raw, f"{name}-profile.collapsed")
    jfr = os.path.join(raw, f"{name}-profile.samples.txt")
    if os.path.exists(collapsed):
        return parse_collapsed(collapsed), "async-profiler, CPU time (itimer), every 2 ms of CPU"
    if os.path.exists(jfr):
        return parse_jfr(jfr), "JFR execution samples (`settings=profile`)"
    return None, None


def profile_tables(stacks):
    n = sum(c for _, c in stacks)
    cats, leaf, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    for stack, c in stacks:
        cats[category(stack)] += c
        if stack:
            leaf[stack[0]] += c
        for method in set(stack):
            if method.startswith("dev.journeyfacade"):
                inclusive[method] += c
    marks = {label: sum(c for s, c in stacks if any(m in fr for fr in s)) for label, m in MARKERS}
    return n, cats, leaf, inclusive, marks


def profile_section(raw, results):
    lines = []
    names = [n for n in ("baseline", "facade") if load_profile(raw, n)[0]]
    if not names:
        return ["No profile was recorded (BENCH_PROFILE=0)."]
    tables = {}
    for name in names:
        stacks, how = load_profile(raw, name)
        tables[name] = profile_tables(stacks) + (how,)
    cpu = {}
    for name in names:
        rows = [r for r in results if r["scenario"] == "profile" and r["target"] == name]
        cpu[name] = {r["endpoint"]: cpu_per_request(r) for r in rows}
    lines += ["While wrk drove GET one and then the page of 50 at c=16 (a run each, emulator latency 0 ms, not counted "
              "above); " + tables[names[0]][5] + ". Shares are of all samples of the JVM (request threads, Netty event "
              "loops, JIT compiler, GC), so a share × the CPU per request is what a part costs in milliseconds.", ""]
    head = "| | " + " | ".join(f"{n} (samples {tables[n][0]})" for n in names) + " |"
    sep = "|---|" + "---:|" * len(names)
    lines += ["CPU per request while profiled (the profiler's own cost included): "
              + "; ".join(f"{n}: GET one {f2(cpu[n].get('one'))} ms, page {f2(cpu[n].get('page'))} ms" for n in names), ""]
    lines += ["Self time by component (each sample charged to the innermost non-JDK frame's component):", "", head, sep]
    comps = collections.Counter()
    for n in names:
        comps.update(tables[n][1])
    for comp, _ in comps.most_common():
        lines.append(f"| {comp} | " + " | ".join(f"{100.0 * tables[n][1][comp] / tables[n][0]:.1f} %" for n in names) + " |")
    lines += ["", "Inclusive share of the call sites named in the findings:", "", head, sep]
    for label, _ in MARKERS:
        lines.append(f"| {label} | " + " | ".join(f"{100.0 * tables[n][4][label] / tables[n][0]:.1f} %" for n in names) + " |")
    for name in names:
        n, _, leaf, inclusive, _, _ = tables[name]
        lines += ["", f"Hottest leaf frames, {name} (self time):", "", "| method | share |", "|---|---:|"]
        for method, c in leaf.most_common(15):
            lines.append(f"| `{method[:120]}` | {100.0 * c / n:.1f} % |")
    name = names[-1]
    n, _, _, inclusive, _, _ = tables[name]
    lines += ["", f"Facade methods by inclusive share, {name}:", "", "| method | share |", "|---|---:|"]
    for method, c in inclusive.most_common(12):
        lines.append(f"| `{method}` | {100.0 * c / n:.1f} % |")
    return lines


# ---------------------------------------------------------------- chart
def chart(results, out, concurrencies, latencies):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    hop_cs = sorted({r["connections"] for r in results if r["scenario"] == "hop"})
    targets = [t for t in ("direct", "nginx", "facade", "baseline") if any(r["target"] == t for r in results
                                                                            if r["scenario"] == "hop")]
    colors = {"direct": "tab:blue", "nginx": "tab:green", "facade": "tab:orange", "baseline": "tab:gray"}
    fig, axes = plt.subplots(1 + len(latencies), 2, figsize=(12, 4.2 * (1 + len(latencies))), squeeze=False)
    for col, endpoint in enumerate(("one", "page")):
        ax = axes[0][col]
        width = 0.8 / max(len(targets), 1)
        for i, t in enumerate(targets):
            vals = [(hop_summary(results, t, endpoint, c) or {}).get("rps") or 0 for c in hop_cs]
            ax.bar([k + i * width for k in range(len(hop_cs))], vals, width, label=t, color=colors[t])
        ax.set_xticks([k + width * (len(targets) - 1) / 2 for k in range(len(hop_cs))])
        ax.set_xticklabels([f"c={c}" for c in hop_cs])
        ax.set_yscale("log")
        ax.set_ylabel("requests/s (median of rounds)")
        ax.set_title(("GET one journey" if endpoint == "one" else "GET a page of 50") + ", emulator +0 ms")
        ax.legend(fontsize=8)
        ax.grid(True, axis="y", which="both", alpha=0.3)
    for row, lat in enumerate(latencies, start=1):
        for col, endpoint in enumerate(("one", "page")):
            ax = axes[row][col]
            for target in ("direct", "facade", "baseline"):
                pts = [find(results, scenario="overhead", target=target, endpoint=endpoint, connections=c, latencyMs=lat)
                       for c in concurrencies]
                xs = [c for c, p in zip(concurrencies, pts) if p]
                if not xs:
                    continue
                ax.plot(xs, [ms(p["p50Us"]) for p in pts if p], "-o", color=colors[target], label=f"{target} p50")
                ax.plot(xs, [ms(p["p99Us"]) for p in pts if p], "--s", color=colors[target], label=f"{target} p99")
            ax.set_xscale("log", base=2)
            ax.set_xticks(concurrencies)
            ax.set_xticklabels([str(c) for c in concurrencies])
            ax.set_xlabel("concurrent connections")
            ax.set_ylabel("latency (ms)")
            ax.set_title(("GET one journey" if endpoint == "one" else "GET a page of 50") + f", emulator +{lat} ms")
            ax.grid(True, which="both", alpha=0.3)
            ax.legend(fontsize=8)
    fig.suptitle("Journey facade vs direct and nginx pass-through (emulator) — wrk, 127.0.0.1, 2 cores shared")
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
    baseline = bool(meta.get("baselineJar"))
    hop_cs = sorted({r["connections"] for r in results if r["scenario"] == "hop"})
    hop_targets = [t for t in ("direct", "nginx", "facade", "baseline") if any(
        r["scenario"] == "hop" and r["target"] == t for r in results)]
    targets = evaluate(results)
    limit_lines, limit_targets = limits(results, meta)

    L = []
    L += ["# Benchmarks", "",
          "Generated by `bench/run.sh` (see the README's *Benchmarks* section); numbers from one run on the machine "
          "below. Load generator: wrk, everything on 127.0.0.1; the emulator, nginx, the facades and wrk share the "
          "cores, so absolute numbers are modest: the side-by-side ratios and the CPU per request mean most.", "",
          "## Machine and run", "",
          "| | |", "|---|---|",
          f"| date | {meta.get('date')} |",
          f"| commit | `{meta.get('commit')}`{' (with uncommitted changes)' if meta.get('dirty') else ''} |",
          f"| baseline (\"before\") | {('`' + os.path.basename(meta['baselineJar']) + '`, its own JVM beside this checkout' + chr(39) + 's, the same rounds') if baseline else 'none (BENCH_BASELINE_JAR unset)'} |",
          f"| CPU | {meta.get('cpu')}, {meta.get('nproc')} cores (`nproc`) |",
          f"| memory | {meta.get('memory')} (`free -h`) |",
          f"| Java | {meta.get('java')} |",
          f"| JVM flags (every JVM) | `{meta.get('jvmFlags')}` ({meta.get('gc')}); MaxRAM stands for the chart's 768 Mi limit |",
          f"| load generator | {meta.get('wrk')} |",
          f"| pass-through proxy | {meta.get('nginx', 'n/a')} (Debian's nginx-light): 2 workers, HTTP/1.1 upstream keep-alive (64), no access log |",
          f"| caller's token | RS256, {meta.get('callerTokenBytes')} characters, Entra ID v2 access-token claims (`scp`, `roles`, `oid`, `tid`, `wids`, `groups`, `xms_*` …) |",
          f"| durations | {meta.get('duration')} per run, {meta.get('rounds')} interleaved rounds at 0 ms (the order of the paths turns each round), after a {meta.get('warmup')} warm-up of each path and endpoint; {meta.get('stormDuration')} per storm run |",
          "| facade settings | default profile, inbound JWT authentication **on** (keys from a local JWK set), INFO "
          "logging, every `dataverse.*` knob at its default (max-in-flight 32, budget 20 s, 4 attempts); the emulator's "
          "`x-ms-dop-hint` is 48 (above the cap) outside section 7 |",
          "| CPU per request | utime + stime of the facade JVM (`/proc/<pid>/stat`) over the run ÷ the requests it answered |",
          ""]

    L += ["## Targets", "", "| target | this run | verdict |", "|---|---|---|"]
    for text, value, passed in targets + limit_targets:
        L.append(f"| {text} | {value} | {verdict(passed)} |")
    L.append("")

    # Before / after
    if baseline:
        L += ["## Before and after (same run)", "",
              "`baseline` is the jar given as `BENCH_BASELINE_JAR`, `facade` this checkout; both ran in the same "
              "interleaved rounds (medians over the rounds).", "",
              "| measure | baseline | facade | after / before |", "|---|---:|---:|---:|"]
        for endpoint, label in (("one", "GET one"), ("page", "page of 50")):
            for c in hop_cs:
                b, f = hop_summary(results, "baseline", endpoint, c), hop_summary(results, "facade", endpoint, c)
                n = hop_summary(results, "nginx", endpoint, c)
                if not (b and f):
                    continue
                L.append(f"| CPU per {label}, c={c} (ms) | {f2(b['cpu'])} | {f2(f['cpu'])} | {f2(ratio(f['cpu'], b['cpu']))} |")
                L.append(f"| {label}, c={c}: req/s (× nginx) | {b['rps']:.0f} ({f2(ratio(b['rps'], n and n['rps']))}) | "
                         f"{f['rps']:.0f} ({f2(ratio(f['rps'], n and n['rps']))}) | {f2(ratio(f['rps'], b['rps']))} |")
                L.append(f"| {label}, c={c}: p50 ms | {fmt_ms(b['p50'])} | {fmt_ms(f['p50'])} | {f2(ratio(f['p50'], b['p50']))} |")
        fb, ff = find(results, scenario="first-minute", target="baseline"), find(results, scenario="first-minute", target="facade")
        if fb and ff:
            L.append(f"| first minute, CPU per GET one (ms) | {f2(cpu_per_request(fb))} | {f2(cpu_per_request(ff))} | "
                     f"{f2(ratio(cpu_per_request(ff), cpu_per_request(fb)))} |")
        sb, sf = startup_summary(results, "baseline"), startup_summary(results, "facade")
        if sb and sf:
            L.append(f"| start-up, JVM start → readiness UP (s, median) | {sb['ready'] / 1000:.2f} | {sf['ready'] / 1000:.2f} | "
                     f"{f2(ratio(sf['ready'], sb['ready']))} |")
            L.append(f"| start-up ÷ bare app (fat jars, median of pairs) | {f2(startup_ratio(results, 'baseline'))} | "
                     f"{f2(startup_ratio(results, 'facade'))} | |")
            sc = startup_summary(results, "facade-cds")
            if sc:
                L.append(f"| start-up as the image runs it (plain jars + CDS; s, median) | {sb['ready'] / 1000:.2f} (fat jar) | "
                         f"{sc['ready'] / 1000:.2f} | {f2(ratio(sc['ready'], sb['ready']))} |")
            L.append(f"| RSS at readiness (MiB, median) | {sb['rss'] / 1024:.0f} | {sf['rss'] / 1024:.0f} | "
                     f"{f2(ratio(sf['rss'], sb['rss']))} |")
        L.append("")

    # Scenario 1: the hop at 0 ms
    L += ["## 1 · The hop at 0 ms added latency: direct, nginx pass-through, facade", "",
          "GET one journey (`GET /api/v1/journeys/{id}` vs `GET …/msdyncrm_customerjourneys(id)?$select=…`, the "
          "seeded journey with a design) and GET a page of 50 (`GET /api/v1/journeys?pageSize=50` vs the same "
          "`$select`/`$orderby` with `Prefer: odata.maxpagesize=50`). Medians over the rounds; CPU per request for "
          "the facades only.", "",
          "| endpoint | conc. | path | req/s | × nginx | p50 ms | p99 ms | CPU ms/request | non-2xx |",
          "|---|---:|---|---:|---:|---:|---:|---:|---|"]
    for endpoint in ("one", "page"):
        for c in hop_cs:
            n = hop_summary(results, "nginx", endpoint, c)
            for t in hop_targets:
                h = hop_summary(results, t, endpoint, c)
                if not h:
                    continue
                L.append(f"| {endpoint} | {c} | {t} | {h['rps']:.0f} | {f2(ratio(h['rps'], n and n['rps']))} | "
                         f"{fmt_ms(h['p50'])} | {fmt_ms(h['p99'])} | {f2(h['cpu'])} | {h['non2xx']} |")
    L.append("")
    tw = [(t, hop_summary(results, t, "one", c), c) for t in ("facade", "baseline") for c in hop_cs]
    tw = [(t, h, c) for t, h, c in tw if h and h.get("timeWait") is not None]
    if tw:
        L += ["Connections to the emulator closed during a GET-one run (sockets that entered TIME_WAIT on its port, "
              "median over the rounds; the end that closes keeps the TIME_WAIT; a negative count means more of the earlier "
              "runs' sockets expired than the run added): "
              + "; ".join(f"{t} c={c}: {h['timeWait']:.0f}, of them closed by the facade {f2(h['timeWaitClient'], 0)}"
                          for t, h, c in tw) + ".", ""]

    # Scenario 1b: 50 ms
    for lat in latencies:
        L += [f"## 1b · Emulator latency {lat} ms: direct vs facade", "",
              "| endpoint | conc. | direct req/s | facade req/s | direct p50 ms | facade p50 ms | p50 ratio | "
              "direct p99 ms | facade p99 ms | p99 ratio |" + (" baseline p50 / p99 ratio |" if baseline else ""),
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---|" if baseline else "")]
        for endpoint in ("one", "page"):
            for c in concurrencies:
                d = find(results, scenario="overhead", target="direct", endpoint=endpoint, connections=c, latencyMs=lat)
                f = find(results, scenario="overhead", target="facade", endpoint=endpoint, connections=c, latencyMs=lat)
                b = find(results, scenario="overhead", target="baseline", endpoint=endpoint, connections=c, latencyMs=lat)
                if not d or not f:
                    continue
                L.append(f"| {endpoint} | {c} | {rps(d):.0f} | {rps(f):.0f} | {fmt_ms(d['p50Us'])} | {fmt_ms(f['p50Us'])} | "
                         f"{f['p50Us'] / d['p50Us']:.2f} | {fmt_ms(d['p99Us'])} | {fmt_ms(f['p99Us'])} | "
                         f"{f['p99Us'] / d['p99Us']:.2f} |"
                         + (f" {b['p50Us'] / d['p50Us']:.2f} / {b['p99Us'] / d['p99Us']:.2f} |" if baseline and b else ""))
        L += ["", f"At c > {IN_FLIGHT_CAP} callers queue for one of the facade's {IN_FLIGHT_CAP} Dataverse slots "
              "(`dataverse.concurrency.max-in-flight`, at most 51: Dataverse refuses the 52nd concurrent request), so "
              "latency there doubles by design; the target counts c ≤ the cap.", ""]
    if has_chart:
        L += ["![throughput at 0 ms and latency at 50 ms](latency.png)", ""]
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


    # Scenario 5 and 6: first minute, start-up, memory
    kb = lambda v: f"{v / 1024:.0f} MiB" if v else "n/a"
    L += ["## 5 · The first minute after start", "",
          f"A cold facade, as soon as readiness is UP: GET one at c=16 for {meta.get('firstMinute')}; CPU per request "
          "over that minute (the JIT compiler's work included).", "",
          "| facade | ready after | CPU ms/request | req/s | p50 ms | p99 ms | RSS at ready → after |", "|---|---:|---:|---:|---:|---:|---|"]
    for t in ("baseline", "facade"):
        r = find(results, scenario="first-minute", target=t)
        if r:
            m = meta.get(f"firstMinute_{t}", {})
            L.append(f"| {t} | {r['readyMs'] / 1000:.1f} s | {f2(cpu_per_request(r))} | {rps(r):.0f} | {fmt_ms(r['p50Us'])} | "
                     f"{fmt_ms(r['p99Us'])} | {kb(r.get('rssReadyKb'))} → {kb(m.get('rssAfterKb'))} |")
    L += ["", "## 6 · Start-up and memory", "",
          "JVM start → readiness UP (`/actuator/health/readiness`; for the facade that includes its first Dataverse "
          "token), the same JVM flags, in turns (the order swapped every round), cold JVMs with a warm disk cache. "
          "The bare app is `bench/bare-app`: Spring Boot 4.0.7 web + actuator and nothing else. `-cds`: as the image "
          "runs it, extracted into plain jars (`java -Djarmode=tools -jar … extract`) and started with the class data "
          "archive of a training run (`-XX:SharedArchiveFile`, the Dockerfile's steps).", "",
          "| application | rounds | ready, median s (min–max) | ÷ bare app (median of pairs) | RSS at ready, median |",
          "|---|---:|---|---:|---:|"]
    for app, other in (("bare", None), ("baseline", "bare"), ("facade", "bare"), ("bare-cds", None),
                       ("facade-cds", "bare-cds")):
        s = startup_summary(results, app)
        if s:
            L.append(f"| {app} | {s['n']} | {s['ready'] / 1000:.2f} ({s['min'] / 1000:.2f}–{s['max'] / 1000:.2f}) | "
                     f"{'—' if other is None else f2(startup_ratio(results, app, other)) + ' (÷ ' + other + ')'} | {kb(s['rss'])} |")
    L += ["", "| other measure | value |", "|---|---:|",
          f"| facade: JVM start → liveness UP (first facade, before the token burst) | {meta.get('facade1LiveMs', 0) / 1000:.1f} s |",
          f"| facade: Spring's own line (first-minute start) | {meta.get('firstMinute_facade', {}).get('startedLine', 'n/a')} |",
          f"| emulator: JVM start → health UP | {meta.get('emulatorReadyMs', 0) / 1000:.1f} s |",
          f"| facade RSS after the overhead runs (first facade) | {kb(meta.get('facade1RssAfterOverheadKb'))} (peak {kb(meta.get('facade1HwmKb'))}) |",
          f"| emulator RSS after the overhead runs | {kb(meta.get('emulatorRssKb'))} |",
          "", "RSS from `/proc/<pid>/status` (`VmRSS`, `VmHWM`). Heap limit 576 MiB (75 % of 768 MiB).", ""]

    L += limit_lines
    L += ["## Profiles: where the CPU of a request goes", ""] + profile_section(raw, results) + [""]

    notes = os.path.join(out, "findings.md")
    if os.path.exists(notes):
        with open(notes) as f:
            L += [f.read().rstrip(), ""]

    with open(os.path.join(out, "README.md"), "w") as f:
        f.write("\n".join(L))

    print("Targets (issue: the hop must be cheap):")
    for text, value, passed in targets:
        print(f"  {'MET   ' if passed else 'MISSED'}  {text}: {value}")
    print("Targets (issue: Dataverse as it really answers):")
    for text, value, passed in limit_targets:
        print(f"  {'MET   ' if passed else 'MISSED'}  {text}: {value}")


if __name__ == "__main__":
    main()
