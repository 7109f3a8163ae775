#!/usr/bin/env python3
"""Writes RESULTS.md from what run.sh collected: for each scale's folder, the machine, the timings of the harness,
each profile's Gatling report (its statistics table in index.html), Payara Micro's resident memory samples and the
statements per screen.

    report.py RUN_DIR [RUN_DIR...] > RESULTS.md

Each RUN_DIR holds meta.env, timings, statements.tsv (optional), serial/ (the serial pass's Gatling report; optional)
and profile-<users>/ with the Gatling report folder,
rss.txt ("<epoch seconds> <kB>" per line), loadavg.txt and hot.tsv (where Payara Micro's CPU went, written by
HotMethods from the profile's flight recording; optional), with portal.svg (its flame graph: copied to flamegraphs/
next to this script, where RESULTS.md is written, and linked from there; the folder is emptied first). With RUN_DIRs
of more than one scale, a last section compares each screen's p95 across the scales (issue 15's growth budget: at most
+20 % from the smallest to the largest).
"""
import glob
import html
import math
import os
import re
import shutil
import sys

ROW = re.compile(r'<tr id="([^"]+)"(?: data-parent="([^"]+)")?\s*>(.*?)</tr>', re.S)
NAME = re.compile(r'class="ellipsed-name">([^<]*)</span>')
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')

# Budgets of issue 15 (ms, p95 at 100 users, scale 1).
BUDGET_P95 = 150
BUDGET_NATIONAL_P95 = 100
# Growth budget: a screen's p95 may grow by at most this much from the smallest scale to the largest.
BUDGET_GROWTH = 0.20
# Budgets "on the server" of issues 14 (training) and 16 (minutes), p95 ms, checked against the serial pass. The
# sheet import's budget (2 s for 1,000 rows) is for its two requests together: the upload with its preview, the import.
BUDGET_SERVER = {
    "attendance": 150, "attendance save (ajax)": 150, "liaison list": 150,
    "meeting": 150, "meeting: notes open (ajax)": 150, "meeting: notes save (ajax)": 150,
    "minutes search (ajax)": 150, "meeting: PDF": 1000}
SHEET_IMPORT = ("attendance: sheet upload and preview (ajax)", "attendance: sheet import (ajax)")
BUDGET_SHEET_IMPORT = 2000


def read_env(path):
    values = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                values[key] = value
    return values


def statistics(report_dir):
    """Rows of Gatling's statistics table: name -> dict(total, ok, ko, rps, min, p50, p75, p95, p99, max, mean)."""
    page = open(os.path.join(report_dir, "index.html"), encoding="utf-8").read()
    rows = {}
    for row_id, parent, body in ROW.findall(page):
        name = NAME.search(body)
        cells = {int(col): value for col, value in CELL.findall(body)}
        if not name or len(cells) < 13:
            continue
        number = lambda col: float(cells[col].replace(",", "")) if cells[col] not in ("-", "") else None
        rows[html.unescape(name.group(1))] = {
            "group": row_id.startswith("group_"), "parent": parent,
            "total": number(2), "ok": number(3), "ko": number(4), "rps": number(6), "min": number(7),
            "p50": number(8), "p75": number(9), "p95": number(10), "p99": number(11), "max": number(12),
            "mean": number(13)}
    return rows


ACCESS_LINE = re.compile(r'^"[^"]*" (\d+) "(\d+)" "([^"]*)"')


def server_times(folder):
    """Each screen's times on the server itself, from the portal's access log of the run (run.sh: access.log, one
    line a request with the milliseconds Payara Micro took and the X-Load-Screen header the simulation sent): screen
    -> sorted times. Empty when the run kept no log (runs before stop 25)."""
    times = {}
    path = os.path.join(folder, "access.log")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8", errors="replace"):
            match = ACCESS_LINE.match(line)
            if match and not match.group(3).startswith("NULL-HEADER"):
                times.setdefault(match.group(3), []).append(int(match.group(2)))
    return {screen: sorted(values) for screen, values in times.items()}


def percentile(values, fraction):
    """The nearest-rank percentile of sorted values (None for none)."""
    if not values:
        return None
    return values[max(0, math.ceil(len(values) * fraction) - 1)]


def rss(profile_dir):
    path = os.path.join(profile_dir, "rss.txt")
    if not os.path.exists(path):
        return None
    samples = [int(line.split()[1]) for line in open(path) if len(line.split()) == 2]
    if not samples:
        return None
    return min(samples) / 1024, max(samples) / 1024, samples[-1] / 1024


def cpu(profile_dir):
    """Cores each part of the stack used during the profile, from cpu.tsv (every 5 s, "<epoch>\t<pid>\t<part>\t<CPU s>"
    per process): each process's last CPU time less its first (or all of it, for a process started during the
    profile), summed by part and divided by the seconds sampled."""
    path = os.path.join(profile_dir, "cpu.tsv")
    if not os.path.exists(path):
        return None
    first, last, part_of, times = {}, {}, {}, set()
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 4:
            continue
        epoch, pid, part, seconds = int(fields[0]), fields[1], fields[2], clock(fields[3])
        times.add(epoch)
        part_of[pid] = part
        last[pid] = seconds
        first.setdefault(pid, (epoch, seconds))
    if len(times) < 2:
        return None
    start, span = min(times), max(times) - min(times)
    used = {}
    for pid, part in part_of.items():
        epoch, seconds = first[pid]
        used[part] = used.get(part, 0) + last[pid] - (seconds if epoch == start else 0)
    return sorted(((part, value / span) for part, value in used.items()), key=lambda p: -p[1])


def clock(value):
    """ps's cumulative time ([[dd-]hh:]mm:ss) in seconds."""
    days, _, rest = value.rpartition("-")
    seconds = 0
    for field in rest.split(":"):
        seconds = seconds * 60 + int(field)
    return seconds + (int(days) * 86400 if days else 0)


def top_statements(profile_dir):
    """The statements PostgreSQL spent most time on during the profile (statements-top.tsv), as table lines."""
    path = os.path.join(profile_dir, "statements-top.tsv")
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")] if os.path.exists(path) else []
    rows = [row for row in rows if len(row) == 5]
    if not rows:
        return None
    out = ["Where PostgreSQL's time went (pg_stat_statements during the profile, all roles, by total time):", "",
           "| calls | total ms | mean ms | rows | statement (first 300 characters) |", "|---:|---:|---:|---:|---|"]
    for calls, total, mean, count, query in rows:
        text = query.replace("|", "\\|")
        out.append(f"| {int(calls):,} | {float(total):,.0f} | {float(mean):,.1f} | {int(count):,} | `{text}` |")
    return out


def settled(run_dir):
    """The warm-up's rounds until the JIT compiler settled (run.sh's settle.txt: the compiler's seconds in each round,
    then why run.sh stopped them), as words for the Load line; empty for a run without them."""
    path = os.path.join(run_dir, "settle.txt")
    if not os.path.exists(path):
        return ""
    lines = [line.strip() for line in open(path, encoding="utf-8") if line.strip()]
    seconds = [float(line) for line in lines if not line.startswith("stopped:")]
    if not seconds:
        return ""
    why = next((line.removeprefix("stopped:").strip() for line in lines if line.startswith("stopped:")), None)
    return (f" and {len(seconds)} more round{'s' if len(seconds) > 1 else ''} of 60 s for the JIT compiler to settle "
            f"(its compilations took {', '.join(f'{v:.1f}' for v in seconds)} s by its clock, round after round"
            + (f": {why})" if why else ")"))


def queueing(rps, cost_ms, cores):
    """What the cores' queue alone adds to a request, by the textbook model of a queue served by several servers
    (M/M/c: requests arriving at random, each taking the measured CPU per request, c cores; Erlang's C formula): the
    p95 of the wait for a core, before the request's own work, on these cores and on twice as many. The stack's
    requests are neither that regular nor that simple (four processes, bursts of sign-ins, the collector's pauses
    stopping every thread), so the model's wait is an optimistic one: what the queue alone costs."""
    def wait_p95(c):
        a = rps * cost_ms / 1000  # the cores busy on average
        if a >= c:
            return None
        head = sum(a ** k / math.factorial(k) for k in range(c))
        tail = a ** c / math.factorial(c) / (1 - a / c)
        waiting = tail / (head + tail)  # the share of requests that wait at all
        return 0.0 if waiting <= 0.05 else math.log(waiting / 0.05) / (c * 1000 / cost_ms - rps) * 1000
    here, double = wait_p95(cores), wait_p95(2 * cores)
    if here is None:
        return ""
    return (f" By the textbook queue of {cores} servers (M/M/{cores}, Erlang's C formula) at this rate and cost, a "
            f"request waits for a core {here:,.0f} ms at p95 before its own work ({double:,.0f} ms on {2 * cores} "
            "cores); the stack's requests come in bursts and all stop for the collector, so they wait longer.")


def hot(profile_dir):
    """What HotMethods wrote: {"samples": n, "layer": [(name, n)], "self": [...], "portal": [...]}, or None."""
    path = os.path.join(profile_dir, "hot.tsv")
    if not os.path.exists(path):
        return None
    figures = {"samples": 0, "layer": [], "self": [], "portal": [], "jit": {}, "gc": {}}
    for line in open(path, encoding="utf-8"):
        kind, name, *numbers = line.rstrip("\n").split("\t")
        if kind == "samples":
            figures["samples"] = int(numbers[0])
        elif kind in ("jit", "gc"):
            figures[kind][name] = [int(n) for n in numbers]
        else:
            figures[kind].append((name, int(numbers[0])))
    return figures if figures["samples"] else None


# The serial collector's names for its two kinds of collection (others are shown as the JVM names them).
COLLECTIONS = {"DefNew": "young", "SerialOld": "full"}


def jvm_lines(figures):
    """What the JVM spent beside the requests (the JIT compiler, the collector's pauses), from the recording: the
    figures that tell the 100-user profile's two states apart (README.md)."""
    jit, gc = figures["jit"], figures["gc"]
    if not jit and not gc:
        return []
    parts = []
    if "all" in jit:
        count, millis = jit["all"]
        threads = f", its threads {jit['threads'][0] / 10:.1f} % of the Java threads' CPU" if "threads" in jit else ""
        slow = "; ".join(f"{tier} {jit[tier][0]:,} over 100 ms ({jit[tier][1] / 1000:,.1f} s)"
                         for tier in ("C2", "C1") if tier in jit)
        parts.append(f"the JIT compiler compiled {count:,} methods, {millis / 1000:,.1f} s of compilations by its own "
                     f"clock (waiting for a core included){threads}"
                     + (f" ({slow})" if slow else ""))
    if gc:
        parts.append("the collector paused " + ", ".join(
            f"{'once' if figure[0] == 1 else f'{figure[0]:,} times'} for {COLLECTIONS.get(name, name)} collections "
            f"({figure[1] / 1000:,.1f} s, "
            f"at most {figure[2]:,} ms)" for name, figure in sorted(gc.items(), key=lambda item: -item[1][0])))
    text = "; ".join(parts)
    return [f"What the JVM did beside the requests (JDK Flight Recorder): {text}.", ""]


# The flame graphs beside RESULTS.md (about 300 KB each; the rest of the results stays out of git).
HERE = os.path.dirname(os.path.abspath(__file__))
FLAME_GRAPHS = "flamegraphs"


def flame_graph(profile_dir):
    """Copies the profile's flame graph next to RESULTS.md and gives its link, relative to RESULTS.md (None: none)."""
    graph = os.path.join(profile_dir, "portal.svg")
    if not os.path.exists(graph):
        return None
    run_dir = os.path.dirname(os.path.abspath(profile_dir))
    link = f"{FLAME_GRAPHS}/{os.path.basename(run_dir)}-{os.path.basename(profile_dir)}.svg"
    os.makedirs(os.path.join(HERE, FLAME_GRAPHS), exist_ok=True)
    shutil.copyfile(graph, os.path.join(HERE, link))
    return link


def hot_lines(figures, graph=None):
    total = figures["samples"]
    share = lambda n: f"{100.0 * n / total:.1f} %"
    out = jvm_lines(figures)
    out += [f"Where Payara Micro's CPU went (JDK Flight Recorder, {total:,} execution samples of Java threads; "
            "a library's share includes the JDK code it called):", ""]
    out.append("| library | share || portal method (innermost of the portal's frames) | share || top of stack | share |")
    out.append("|---|---:|---|---|---:|---|---|---:|")
    rows = max(len(figures["layer"][:12]), len(figures["portal"][:12]), len(figures["self"][:12]))
    for i in range(rows):
        cells = []
        for kind in ("layer", "portal", "self"):
            entries = figures[kind][:12]
            if i < len(entries):
                name, count = entries[i]
                cells.append(f"{name.replace('org.taskforce.portal.', '…')} | {share(count)}")
            else:
                cells.append(" | ")
        out.append("| " + " || ".join(cells) + " |")
    if graph:
        out += ["", f"The same samples as a flame graph (each box a method, as wide as its samples, on its caller; "
                    f"coloured by library; hover a box for its share): [{graph}]({graph})."]
    return out


def growth(runs, title=None):
    """Each screen's p95 at every scale for the smallest user count all runs share; None when one scale only."""
    scales = sorted(runs, key=lambda r: float(r[0]))
    if len(scales) < 2:
        return None
    common = None
    for _, profiles in scales:
        users = {u for u in profiles if u != "warm-up"}
        common = users if common is None else common & users
    if not common:
        return None
    users = min(common, key=int)
    tables = [(scale, profiles[users]) for scale, profiles in scales]
    out = [f"## Growth: p95 {title or f'at {users} concurrent users'}, scale {' → '.join(s for s, _ in tables)}", "",
           f"Issue 15's budget: a screen's p95 grows by at most {BUDGET_GROWTH:.0%} from scale {tables[0][0]} to "
           f"scale {tables[-1][0]}. Statements per screen are in each scale's section: they show whether the work "
           "itself grows (a statement count that grows is N + 1).", "",
           "| screen / request | " + " | ".join(f"p95 ms at {s}" for s, _ in tables) + " | growth | within |",
           "|---|" + "---:|" * len(tables) + "---:|:---:|"]
    for name, first in tables[0][1].items():
        if first["group"] or name == "All Requests" or " Redirect " in name or first["parent"] not in ("ROOT", None):
            continue
        values = [rows.get(name, {}).get("p95") for _, rows in tables]
        if values[0] is None or values[-1] is None or not values[0]:
            continue
        change = values[-1] / values[0] - 1
        out.append(f"| {name} | " + " | ".join(fmt(v) for v in values) + f" | {change:+.0%} | "
                   f"{'yes' if change <= BUDGET_GROWTH else '**no**'} |")
    return out


def serial_lines(rows, floor_jsf, statements, server):
    """The serial pass: each screen's time with one user and one request at a time, against the budgets of issues 14
    and 16 (time on the server: the access log's when the run kept it, else Gatling's) and 15 (ratios to the floor,
    the sign-in against Keycloak's form)."""
    out = ["| screen / request | count | KO | p50 ms | p95 ms | p99 ms | max ms | on the server p50 / p95 ms | "
           "p50 ÷ floor | statements | budget (p95 on the server) |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name, r, label, ratio in shown(rows, floor_jsf):
        budget = BUDGET_SERVER.get(name)
        p95 = server_p95(name, r, server)
        verdict = "" if budget is None or p95 is None else f"{budget:,} ms: {'met' if p95 <= budget else '**missed**'}"
        out.append(f"| {label} | {fmt(r['total'])} | {fmt(r['ko'])} | {fmt(r['p50'])} | {fmt(r['p95'])} | "
                   f"{fmt(r['p99'])} | {fmt(r['max'])} | {on_server(name, server)} | {fmt(ratio, 1)} | "
                   f"{statements.get(name, '–')} | {verdict} |")
    sheet = [server_p95(name, rows.get(name, {}), server) for name in SHEET_IMPORT]
    if None not in sheet:
        total = sum(sheet)
        out += ["", f"The CSV import of 1,000 rows (upload with preview, then import): {fmt(total)} ms at p95 "
                f"(budget {BUDGET_SHEET_IMPORT:,} ms: {'met' if total <= BUDGET_SHEET_IMPORT else '**missed**'})."]
    ratio = sign_in_ratio(rows)
    if ratio:
        _, sign_in, keycloak = ratio
        out += ["", f"Sign-in through the portal p50 {fmt(sign_in)} ms = {sign_in / keycloak:.2f} × Keycloak's own form "
                f"round trip ({fmt(keycloak)} ms; budget 1.5 ×), one after the other without other load."]
    return out


def server_p95(name, row, server):
    """A screen's p95 on the server: from the access log when the run kept one, else Gatling's."""
    return percentile(server[name], 0.95) if server.get(name) else row.get("p95")


def on_server(name, server):
    """A screen's "p50 / p95" on the server, from the access log ("–" when the run kept none)."""
    values = server.get(name)
    return f"{fmt(percentile(values, 0.5))} / {fmt(percentile(values, 0.95))}" if values else "–"


def fmt(value, digits=0):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def shown(rows, floor_jsf):
    """The rows a table shows (screens and groups, not Gatling's redirects or a group's requests), each as (name, row,
    label, p50 ÷ the trivial Faces page's p50)."""
    for name, r in rows.items():
        if name == "All Requests" or " Redirect " in name or r["parent"] not in ("ROOT", None) and not r["group"]:
            continue
        ratio = (r["p50"] / floor_jsf) if floor_jsf and r["p50"] else None
        yield name, r, f"**{name}** (whole)" if r["group"] else name, ratio


def sign_in_ratio(rows):
    """The portal's sign-in against Keycloak's own form, p50: (steady?, portal ms, Keycloak ms), or None. The steady
    sign-ins (a floor user signing in again and again) when there are: each user's first sign-in ("sign-in") falls
    in the ramp, on a cold server, all users at once."""
    steady = "sign-in (steady)" in rows
    sign_in = rows.get("sign-in (steady)" if steady else "sign-in", {}).get("p50")
    keycloak = rows.get("keycloak form", {}).get("p50")
    return (steady, sign_in, keycloak) if sign_in and keycloak else None


def profile_table(rows, floor_jsf, statements, server):
    out = ["| screen / request | count | KO | req/s | p50 ms | p95 ms | p99 ms | max ms | on the server p50 / p95 ms | "
           "p50 ÷ floor | statements |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r, label, ratio in shown(rows, floor_jsf):
        out.append(f"| {label} | {fmt(r['total'])} | {fmt(r['ko'])} | {fmt(r['rps'], 2)} | {fmt(r['p50'])} | "
                   f"{fmt(r['p95'])} | {fmt(r['p99'])} | {fmt(r['max'])} | {on_server(name, server)} | "
                   f"{fmt(ratio, 1)} | {statements.get(name, '–')} |")
    return out


def main(run_dirs):
    shutil.rmtree(os.path.join(HERE, FLAME_GRAPHS), ignore_errors=True)  # an earlier run's graphs
    print("# Load benchmark results (issue 15)")
    print()
    print("Written by `docs/benchmarks/load/run.sh` (design: [README.md](README.md)). Times are response times seen by")
    print("Gatling on the same machine as the stack; **the machine is shared with other engineers' test runs**, so")
    print("the load average before and after each profile is given next to it: figures taken under a high load")
    print("average are noisy and pessimistic. Nothing here was tuned or edited by hand.")
    runs, runs_serial = [], []
    for run_dir in run_dirs:
        meta = read_env(os.path.join(run_dir, "meta.env"))
        timings = read_env(os.path.join(run_dir, "timings"))
        statements = {}
        statements_path = os.path.join(run_dir, "statements.tsv")
        statements_note = None
        if os.path.exists(statements_path):
            for line in open(statements_path, encoding="utf-8"):
                parts = line.rstrip("\n").split("\t")
                if parts[0] == "#":
                    statements_note = parts[1]
                elif len(parts) >= 3:  # count and milliseconds in the database
                    statements[parts[0]] = f"{parts[1]} ({parts[2]} ms)"
                elif len(parts) >= 2:
                    statements[parts[0]] = parts[1]
        print()
        print(f"## Scale {meta.get('scale', '?')} — {meta.get('date', '')}")
        print()
        print(f"- Machine: {meta.get('cpus', '?')} cores ({meta.get('cpu_model', '?')}), "
              f"{meta.get('memory', '?')} memory, {meta.get('os', '?')}")
        print(f"- Versions: {meta.get('versions', '?')}")
        print(f"- Data: seed {meta.get('seed', '?')}, {meta.get('rows', '?')} rows, database "
              f"{timings.get('database_size', '?')}; generated in {timings.get('generation_seconds', '?')} s "
              f"(Flyway and COPY), audit chains verified in {timings.get('audit_verify_seconds', '?')} s "
              f"({meta.get('audit', '?')})")
        archive = {"read": ", with its class data sharing archive (bin/stack.sh)",
                   "none": ", without a class archive (the first start of this Payara Micro and JDK here)"}
        print(f"- Payara Micro cold start to first page: {timings.get('cold_start_seconds', '?')} s "
              f"(budget 15 s{archive.get(timings.get('class_archive'), '')}); "
              f"Keycloak start {timings.get('keycloak_start_seconds', '?')} s; "
              f"accounts {timings.get('accounts_seconds', '?')} s")
        print(f"- Load: {meta.get('users', '?')} concurrent users per profile, {meta.get('duration', '?')} s each "
              f"after a {meta.get('warmup', '?')} s warm-up{settled(run_dir)}; think time "
              f"{meta.get('pause', '?')} ms between screens; floor users {meta.get('floor_users', '?')} per floor "
              "scenario")
        if statements_note:
            print(f"- Statements per screen: {statements_note}")
        serial = latest_report(os.path.join(run_dir, "serial"))
        if serial:
            rows = statistics(serial)
            print()
            print(f"### One user, one request at a time (time on the server, {meta.get('serial', '?')} rounds)")
            print()
            pause = meta.get("serial_pause", "100")  # the first runs of the pass (stop 23) left 100 ms
            print(f"One virtual user goes through every screen of the load run, one request at a time with {pause} ms "
                  "between them, without queueing behind other users. Gatling's times also hold what Gatling itself "
                  "does on the same two cores; the column *on the server* is Payara Micro's own time for each request "
                  "(its access log, by the X-Load-Screen header each request carries). The budgets of issues 14 and "
                  "16 are checked here, against the time on the server. "
                  + ("It ran after the load profiles, on the warmest JVM of the run." if meta.get("serial_at") == "end"
                     else "It ran before the load profiles, after the warm-up."))
            print()
            print("\n".join(serial_lines(rows, rows.get("floor: trivial Faces page", {}).get("p50"), statements,
                                          server_times(os.path.join(run_dir, "serial")))))
            figures = hot(os.path.join(run_dir, "serial"))
            if figures:
                print()
                print("\n".join(hot_lines(figures, flame_graph(os.path.join(run_dir, "serial")))))
            runs_serial.append((meta.get("scale", "?"), {"1": rows}))
        profiles = sorted(glob.glob(os.path.join(run_dir, "profile-*")), key=lambda p: int(p.rsplit("-", 1)[1]))
        if os.path.isdir(os.path.join(run_dir, "warmup")):
            profiles.insert(0, os.path.join(run_dir, "warmup"))
        by_users = {}
        runs.append((meta.get("scale", "?"), by_users))
        for profile_dir in profiles:
            warm_up = profile_dir.endswith("warmup")
            users = "10 (warm-up, " + meta.get("warmup", "?") + " s)" if warm_up else profile_dir.rsplit("-", 1)[1]
            report = latest_report(profile_dir)
            if not report:
                print(f"\n### {users} users: no Gatling report (the run failed; see {profile_dir})")
                continue
            rows = statistics(report)
            by_users["warm-up" if warm_up else users] = rows
            load = read_env(os.path.join(profile_dir, "loadavg.txt"))
            memory = rss(profile_dir)
            floor = rows.get("floor: trivial Faces page", {}).get("p50")
            total = rows.get("All Requests", {})
            print()
            print(f"### {users} concurrent users")
            if warm_up:
                print()
                print("The warm-up's figures include each user's first visit of each screen (cold caches).")
            print()
            print(f"Load average before: {load.get('before', '?')}; after: {load.get('after', '?')}. "
                  f"Requests: {fmt(total.get('total'))}, KO {fmt(total.get('ko'))}, "
                  f"{fmt(total.get('rps'), 1)} req/s. Payara Micro resident memory: "
                  + (f"{fmt(memory[0])}–{fmt(memory[1])} MB, {fmt(memory[2])} MB at the end (budget 700 MB)."
                     if memory else "not sampled."))
            ratio = sign_in_ratio(rows)
            if ratio:
                steady, sign_in, keycloak = ratio
                print(f"Sign-in through the portal{' (steady)' if steady else ''} p50 {fmt(sign_in)} ms = "
                      f"{sign_in / keycloak:.2f} × Keycloak's own "
                      f"form round trip ({fmt(keycloak)} ms; budget 1.5 ×).")
            print()
            print("\n".join(profile_table(rows, floor, statements, server_times(profile_dir))))
            misses = [name for name, r in rows.items()
                      if not r["group"] and " Redirect " not in name and name != "All Requests"
                      and not name.startswith(("floor", "keycloak",
                                                                                                "sign-in"))
                      and r["p95"] is not None
                      and r["p95"] > (BUDGET_NATIONAL_P95 if name == "national overview" else BUDGET_P95)]
            if misses:
                print()
                print(f"Over the p95 budget ({BUDGET_P95} ms; national overview {BUDGET_NATIONAL_P95} ms) in this "
                      f"profile: {', '.join(misses)}.")
            cores = cpu(profile_dir)
            if cores:
                print()
                print("CPU used during the profile, in cores (of " + meta.get("cpus", "?") + "): "
                      + ", ".join(f"{part} {share:.2f}" for part, share in cores if share >= 0.005)
                      + " (sampled every 5 s with ps).")
                rps, machine = total.get("rps"), meta.get("cpus", "")
                if rps and machine.isdigit():
                    # What one request costs the machine, and so how many a second its cores could serve at most:
                    # the ceiling that a profile offering more runs into, whatever the portal's code does meanwhile.
                    all_ms = sum(share for _, share in cores) * 1000 / rps
                    portal_ms = sum(share for part, share in cores if part.startswith("Payara")) * 1000 / rps
                    print(f"CPU per request served: {all_ms:.0f} ms in all, {portal_ms:.0f} ms of them the portal's: "
                          f"at this cost the {machine} cores serve {int(machine) * 1000 / all_ms:.0f} requests a "
                          f"second at most, all busy." + queueing(rps, all_ms, int(machine)))
            statements_top = top_statements(profile_dir)
            if statements_top:
                print()
                print("\n".join(statements_top))
            figures = hot(profile_dir)
            if figures:
                print()
                print("\n".join(hot_lines(figures, flame_graph(profile_dir))))
            print()
            print(f"Gatling's report: `{os.path.relpath(report, HERE)}`"
                  f"/index.html")

    comparison = growth(runs)
    if comparison:
        print()
        print("\n".join(comparison))
    comparison = growth(runs_serial, "one user, one request at a time")
    if comparison:
        print()
        print("\n".join(comparison))


def latest_report(folder):
    """The folder of the last Gatling report under folder, or None."""
    reports = sorted(d for d in glob.glob(os.path.join(folder, "*")) if os.path.isdir(d)
                     and os.path.exists(os.path.join(d, "index.html")))
    return reports[-1] if reports else None


if __name__ == "__main__":
    main(sys.argv[1:])
