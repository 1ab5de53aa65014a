#!/usr/bin/env python3
"""Summarise a Stryker.NET mutation report (mutation-testing-elements JSON) the way docs/reliability.md states scores.

Score = (killed + timeout) / (killed + timeout + survived + no coverage): compile-error and ignored mutants are left
out; a mutant no test reaches counts as a survivor. Prints the score per file and every surviving mutant; with
--write, writes the record the next run compares with: one line per file (counts), then one line per survivor
(file, line, mutator, replacement), tab-separated and sorted, so `git diff` shows what changed. With --compare, reads
an earlier record and says which survivors are new and which were killed since.
"""

import argparse
import collections
import json
import sys
from pathlib import Path

KILLED = {"Killed", "Timeout"}
SURVIVED = {"Survived", "NoCoverage"}


def load(report_path):
    report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    files = {}
    for name, data in report["files"].items():
        short = name.split("/src/", 1)[-1]
        files[short] = data
    return files


def summarise(files):
    per_file = {}
    survivors = []
    for name, data in sorted(files.items()):
        counts = collections.Counter(m["status"] for m in data["mutants"])
        per_file[name] = counts
        for m in data["mutants"]:
            if m["status"] in SURVIVED:
                line = m["location"]["start"]["line"]
                replacement = (m.get("replacement") or "").replace("\t", " ").replace("\n", " ")[:120]
                survivors.append((name, line, m["status"], m["mutatorName"], replacement))
    return per_file, sorted(survivors)


def score(counts):
    killed = sum(counts[s] for s in KILLED)
    total = killed + sum(counts[s] for s in SURVIVED)
    return killed, total, (100.0 * killed / total if total else 100.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report")
    ap.add_argument("--area", default="")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args()

    per_file, survivors = summarise(load(args.report))
    overall = collections.Counter()
    for counts in per_file.values():
        overall.update(counts)
    killed, total, pct = score(overall)
    print(f"{args.area}: mutation score {pct:.1f}% ({killed} of {total} killed; survived {overall['Survived']}, "
          f"no coverage {overall['NoCoverage']}, timeout {overall['Timeout']}, compile error {overall['CompileError']}, ignored {overall['Ignored']})")
    for name, counts in per_file.items():
        k, t, p = score(counts)
        if t:
            print(f"  {p:5.1f}%  {k:4}/{t:<4}  {name}")
    for s in survivors:
        print("  survivor\t" + "\t".join(str(x) for x in s))

    lines = [f"# {args.area}\tscore {pct:.1f}%\tkilled {killed}\tof {total}"]
    for name, counts in per_file.items():
        k, t, p = score(counts)
        if t:
            lines.append(f"file\t{name}\t{k}\t{t}\t{p:.1f}")
    lines += ["survivor\t" + "\t".join(str(x) for x in s) for s in survivors]

    if args.compare and args.compare.is_file():
        old = {tuple(l.split("\t")[1:5:3]) for l in args.compare.read_text(encoding="utf-8").splitlines() if l.startswith("survivor\t")}
        new = {(s[0], s[3]) for s in survivors}
        print(f"compared with {args.compare}: {len(new - old)} new survivor kinds, {len(old - new)} gone")
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
