#!/usr/bin/env python3
"""Per-package mutation-score check over PIT's mutations.xml.

PIT's own mutationThreshold is one number for everything it mutated; ctsim holds each package to its own bar
(cost 95%, model 80%, experiment 80%). Score = killed / generated, where "killed" is PIT's "detected" (a test failed,
timed out or crashed the mutant's JVM) and "generated" counts every mutant, survived and uncovered ones included.

Prints a per-class table and a per-package table; exits 1 when a package is below its threshold, 2 when the report
cannot be read.

    python3 .ci/mutation_check.py [target/pit-reports/mutations.xml] [--threshold model=80 ...] [--markdown]
"""
import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

PREFIX = "uk.ctsim."
DEFAULT_THRESHOLDS = {"cost": 95.0, "model": 80.0, "experiment": 80.0}


def package_of(cls):
    """The top package under uk.ctsim (uk.ctsim.model.events counts as model)."""
    rest = cls[len(PREFIX):] if cls.startswith(PREFIX) else cls
    return rest.split(".")[0]


def read(path):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        print(f"{path}: cannot read the PIT report ({e}); run mvn -B -Pmutation test first", file=sys.stderr)
        sys.exit(2)
    by_class = defaultdict(lambda: defaultdict(int))
    for m in root.iter("mutation"):
        cls = m.findtext("mutatedClass").split("$")[0]
        counts = by_class[cls]
        counts["generated"] += 1
        if m.get("detected") == "true":
            counts["killed"] += 1
        elif m.get("status") == "NO_COVERAGE":
            counts["no_coverage"] += 1
        else:
            counts["survived"] += 1
    return by_class


def score(c):
    return 100.0 * c["killed"] / c["generated"] if c["generated"] else 100.0


def table(rows, markdown, first):
    head = [first, "generated", "killed", "survived", "no coverage", "score"]
    lines = []
    if markdown:
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "---|" * len(head))
        for name, c in rows:
            lines.append(f"| {name} | {c['generated']} | {c['killed']} | {c['survived']} | {c['no_coverage']} "
                         f"| {score(c):.1f}% |")
    else:
        width = max([len(first)] + [len(n) for n, _ in rows])
        lines.append(f"{first:<{width}}  generated  killed  survived  no-cover   score")
        for name, c in rows:
            lines.append(f"{name:<{width}}  {c['generated']:>9}  {c['killed']:>6}  {c['survived']:>8}  "
                         f"{c['no_coverage']:>8}  {score(c):>5.1f}%")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", nargs="?", default="target/pit-reports/mutations.xml")
    ap.add_argument("--threshold", action="append", default=[], metavar="PACKAGE=PERCENT")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables (for docs/MUTATION.md)")
    args = ap.parse_args()
    thresholds = dict(DEFAULT_THRESHOLDS)
    for t in args.threshold:
        name, _, value = t.partition("=")
        try:
            thresholds[name] = float(value)
        except ValueError:
            print(f"--threshold {t}: expected PACKAGE=PERCENT, such as model=80", file=sys.stderr)
            sys.exit(2)

    by_class = read(args.report)
    by_package = defaultdict(lambda: defaultdict(int))
    for cls, c in by_class.items():
        for k, v in c.items():
            by_package[package_of(cls)][k] += v

    classes = sorted(by_class.items(), key=lambda kv: (package_of(kv[0]), kv[0]))
    print(table([(cls[len(PREFIX):], c) for cls, c in classes], args.markdown, "class"))
    print()
    print(table(sorted(by_package.items()), args.markdown, "package"))
    print()
    failed = []
    for pkg, c in sorted(by_package.items()):
        bar = thresholds.get(pkg)
        if bar is None:
            continue
        verdict = "ok" if score(c) >= bar else "BELOW THRESHOLD"
        print(f"{pkg}: {score(c):.1f}% of {c['generated']} mutants killed (threshold {bar:.0f}%): {verdict}")
        if score(c) < bar:
            failed.append(pkg)
    for pkg in sorted(set(thresholds) - set(by_package)):
        print(f"{pkg}: no mutants in the report", file=sys.stderr)
        failed.append(pkg)
    if failed:
        print("mutation score below threshold in: " + ", ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
