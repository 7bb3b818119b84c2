#!/usr/bin/env python3
"""Turns relais_bench's JSON results (one file per size) into docs/performance.md.

    report.py [--relais PATH] small.json [medium.json] [large.json] > docs/performance.md

The budgets are those of issue 10, on the large file; the smaller files are shown
against the same figures for reference.
"""
import argparse
import json
import os
import platform
import subprocess
import sys

# (measure, statistic, budget in ms or a ratio, what the budget says)
BUDGETS = {
    "1 start to first painted list": ("median", 300, "≤ 300 ms"),
    "2 keystroke to filtered list": ("median", 16, "≤ 16 ms median, ≤ 33 ms p95"),
    "3 open a contact record": ("median", 16, "≤ 16 ms"),
    "4 indicators of a year": ("median", 100, "≤ 100 ms"),
    "4 dashboard painted": ("median", 300, "≤ 300 ms"),
    "5 annual review PDF": ("median", 2000, "≤ 2 s"),
    "6 import contacts from CSV": ("ratio", 3, "≤ 3 × sqlite3 .import"),
}
KEYSTROKE_P95 = 33
MEMORY_BUDGET_MB = 150
BASELINE = "6 sqlite3 .import of the same CSV"


def measures(path):
    """{name: {"median": ms, "p95": ms, "runs": n, counters...}} and the context."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    found = {}
    for entry in data["benchmarks"]:
        name = entry["run_name"].split("/iterations:")[0]
        if entry.get("error_occurred"):
            found.setdefault(name, {})["error"] = entry.get("error_message", "error")
            continue
        figure = found.setdefault(name, {"runs": entry.get("repetitions", 1)})
        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[entry.get("time_unit", "ms")]
        if entry.get("run_type") == "aggregate":
            statistic = entry["aggregate_name"]
            if statistic in ("median", "p95"):
                figure[statistic] = entry["real_time"] * scale
                for key in ("peak_rss_MiB", "rows_shown", "rows", "pages", "meetings"):
                    if key in entry and statistic == "median":
                        figure[key] = entry[key]
        else:  # a single run: it is its own median and p95
            figure["median"] = figure["p95"] = entry["real_time"] * scale
            for key in ("peak_rss_MiB", "rows_shown", "rows", "pages", "meetings"):
                if key in entry:
                    figure[key] = entry[key]
    return data["context"], found


def milliseconds(value):
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 100:
        return f"{value:.0f} ms"
    return f"{value:.1f} ms"


def command_output(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False,
                              timeout=20).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine(relais, build_type):
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kib = int(f.readline().split()[1])
            memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    system = ""
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    system = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    lines = [
        f"- Processor: {model or platform.processor()}, {os.cpu_count()} cores; memory {memory}",
        f"- System: {system or platform.platform()}, kernel {platform.release()}",
        f"- SQLite: {command_output(['sqlite3', '--version']).split(' ')[0] or 'unknown'}",
    ]
    if relais:
        lines.append(f"- Relais: {command_output([relais, '--version'])}, {build_type} build")
    return "\n".join(lines)


def verdict(met):
    return "met" if met else "**missed**"


def size_table(context, found):
    rows = ["| what | median | p95 | runs | budget (large file) | |",
            "|---|---|---|---|---|---|"]
    large = context.get("relais_size") == "large"
    baseline = found.get(BASELINE, {})
    for name, figure in found.items():
        if "error" in figure:
            rows.append(f"| {name[2:]} | failed: {figure['error']} | | | | |")
            continue
        median, p95 = figure.get("median", 0), figure.get("p95", 0)
        family = name.split("/")[0]
        budget = BUDGETS.get(family)
        budget_text, state = "", ""
        if family == "2 keystroke to filtered list":
            budget_text = budget[2]
            state = verdict(median <= budget[1] and p95 <= KEYSTROKE_P95)
        elif budget and budget[0] == "ratio":
            if baseline.get("median"):
                ratio = median / baseline["median"]
                budget_text = f"{budget[2]}: **{ratio:.1f} ×**"
                state = verdict(ratio <= budget[1])
        elif budget:
            budget_text = budget[2]
            state = verdict(median <= budget[1])
        label = name[2:].replace("/", ", ")
        extras = []
        if "rows_shown" in figure:
            extras.append(f"{int(figure['rows_shown']):,} rows shown")
        if "rows" in figure:
            extras.append(f"{int(figure['rows']):,} contacts in the file")
        if "pages" in figure:
            extras.append(f"{int(figure['pages'])} pages")
        if extras:
            label += f" ({', '.join(extras)})"
        rows.append(f"| {label} | {milliseconds(median)} | {milliseconds(p95)} | "
                    f"{figure.get('runs', 1)} | {budget_text} | {state if large else ''} |")
    start = found.get("1 start to first painted list", {})
    if "peak_rss_MiB" in start:
        megabytes = start["peak_rss_MiB"] * 1024 * 1024 / 1e6
        rows.append(f"| peak memory, Actors page open | {megabytes:.0f} MB | | | "
                    f"≤ {MEMORY_BUDGET_MB} MB | "
                    f"{verdict(megabytes <= MEMORY_BUDGET_MB) if large else ''} |")
    return "\n".join(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--relais", default="")
    parser.add_argument("--build-type", default="Release")
    parser.add_argument("--note", default="", help="a paragraph on how the run went")
    parser.add_argument("results", nargs="+")
    arguments = parser.parse_args()
    out = sys.stdout
    out.write("# Performance\n\n")
    out.write("Measured by `tests/bench/run.sh` (the benchmark `tests/bench/`, Google Benchmark, "
              "offscreen) on demo files made by `relais demo`: small (250 contacts, 3 years), "
              "medium (10,000 contacts, 5 years), large (100,000 contacts, 10 years). Each "
              "figure is the median and 95th percentile of repeated runs; the budgets are "
              "those of issue 10, on the large file. Generated: do not edit by hand.\n\n")
    out.write("What each figure covers:\n\n"
              "1. *start to first painted list*: from starting the `relais` process on the file "
              "to the contacts list's first rows painted (the day's backup already made), "
              "and that process's peak resident memory then;\n"
              "2. *keystroke*: one more letter typed in the Actors search (accents ignored: the "
              "letters are typed without them) to the filtered list painted;\n"
              "3. *open a contact record*: the card of the person invited most, shown, then its "
              "History tab (meetings, trainings, SERD actions) painted;\n"
              "4. *indicators of a year*: the module behind the dashboard and `relais report`, "
              "for the last complete year; *dashboard painted*: the dashboard area opened (its "
              "latest year) to its tiles and charts painted;\n"
              "5. *annual review PDF*: gathering its content and writing the PDF;\n"
              "6. *import*: reading, checking and importing the CSV of the file's contacts into "
              "a new file (the wizard's and `relais import`'s work), against `sqlite3`'s "
              "`.import` of the same CSV into a table with as many indexes and a full-text "
              "index kept by a trigger, in the same run.\n\n")
    out.write("## The machine\n\n" + machine(arguments.relais, arguments.build_type) + "\n")
    if arguments.note:
        out.write("\n" + arguments.note + "\n")
    for path in arguments.results:
        context, found = measures(path)
        size = context.get("relais_size", os.path.basename(path))
        out.write(f"\n## {size.capitalize()} file: {int(context.get('relais_contacts', 0)):,} "
                  f"contacts, {context.get('relais_years', '?')} years\n\n")
        out.write(f"Measured {context.get('date', '')[:10]}, load average before the run "
                  f"{', '.join(f'{x:.1f}' for x in context.get('load_avg', []))}.\n\n")
        out.write(size_table(context, found) + "\n")


if __name__ == "__main__":
    main()
