"""Gathers the hyperfine rounds of benchmarks/coldrun.sh: prints the table of medians and
ratios against the peers, with the targets of issue 18, and writes it all as JSON with the
machine and the JDKs. Usage (by coldrun.sh): coldrun.py WORK OUT SMOKE LOAD_BEFORE LOAD_AFTER
GROUP... -- JDK_HOME..."""
import glob
import json
import os
import platform
import statistics
import subprocess
import sys
from datetime import datetime, timezone

work, out, smoke, load_before, load_after = sys.argv[1:6]
rest = sys.argv[6:]
groups = rest[:rest.index("--")]
jdks = rest[rest.index("--") + 1:]
smoke = smoke == "true"

# the peer of each group, and the targets: (peer, the largest wall ratio, the largest CPU ratio)
TARGETS = {"10000": ("ajv", 0.67, 1.0), "100000": ("ajv", 0.67, 1.0),
           "examples": ("yamllint", 0.75, None)}


def run(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


results = {}
for g in groups:
    per = {}
    for f in sorted(glob.glob(os.path.join(work, f"{g}-*.json"))):
        for r in json.load(open(f))["results"]:
            e = per.setdefault(r["command"], {"wall_s": [], "cpu_s": []})
            e["wall_s"].append(round(r["times"][0], 4))
            e["cpu_s"].append(round(r["user"] + r["system"], 4))
    for e in per.values():
        e["median_wall_s"] = round(statistics.median(e["wall_s"]), 4)
        e["median_cpu_s"] = round(statistics.median(e["cpu_s"]), 4)
    results[g] = per


def status(ratio, limit):
    if limit is None:
        return ""
    if smoke:
        return "not judged (smoke)"
    return "met" if ratio <= limit else f"missed by {ratio / limit - 1:.0%}"


rows = []
print()
print("| data | command | wall, median | CPU, median | wall ÷ peer | CPU ÷ peer | target | status |")
print("|---|---|---:|---:|---:|---:|---|---|")
for g in groups:
    peer, wall_limit, cpu_limit = TARGETS.get(g, ("ajv", None, None))
    p = results[g].get(peer)
    for name, e in results[g].items():
        if name == peer:
            print(f"| {g} | {name} | {e['median_wall_s']:.2f} s | {e['median_cpu_s']:.2f} s | | | | |")
            continue
        wr = e["median_wall_s"] / p["median_wall_s"]
        cr = e["median_cpu_s"] / p["median_cpu_s"]
        judged = name.startswith("liaison-")  # the launcher; java -jar is shown beside it
        target = ""
        st = ""
        if judged and wall_limit is not None:
            target = f"wall ≤ {wall_limit}" + (f", CPU ≤ {cpu_limit}" if cpu_limit else "")
            sw = status(wr, wall_limit)
            sc = status(cr, cpu_limit) if cpu_limit else ""
            st = sw if not sc else f"wall {sw}, CPU {sc}"
        rows.append({"data": g, "command": name, "peer": peer, "wall_ratio": round(wr, 3),
                     "cpu_ratio": round(cr, 3), "target": target, "status": st})
        print(f"| {g} | {name} | {e['median_wall_s']:.2f} s | {e['median_cpu_s']:.2f} s "
              f"| {wr:.2f} | {cr:.2f} | {target} | {st} |")
print()
print(f"load average before: {load_before}, after: {load_after}")

machine = {"cpu": "", "cores": os.cpu_count(), "kernel": platform.release()}
for line in run("lscpu").splitlines():
    if line.startswith("Model name:"):
        machine["cpu"] = line.split(":", 1)[1].strip()
try:
    with open("/proc/meminfo") as m:
        machine["memory_kib"] = int(m.readline().split()[1])
except OSError:
    pass
doc = {
    "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "commit": run("git", "rev-parse", "--short", "HEAD"),
    "smoke": smoke,
    "rounds": max((len(e["wall_s"]) for r in results.values() for e in r.values()), default=0),
    "machine": machine,
    "load_average_before": load_before,
    "load_average_after": load_after,
    "jdks": [{"home": j, "version": run(os.path.join(j, "bin", "java"), "-version")
              or subprocess.run([os.path.join(j, "bin", "java"), "-version"],
                                capture_output=True, text=True).stderr.splitlines()[0]}
             for j in jdks],
    "peers": {"ajv-cli": "5.0.0 with ajv-formats 3.0.1, --spec=draft2020",
              "yamllint": run("yamllint", "--version"),
              "node": run("node", "--version"),
              "hyperfine": run("hyperfine", "--version")},
    "results": results,
    "ratios": rows,
}
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    json.dump(doc, f, indent=2)
    f.write("\n")
print(f"written: {out}")
