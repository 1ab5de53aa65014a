#!/usr/bin/env python3
"""Brings every project's PublicAPI.Unshipped.txt in line with its code.

Builds the solution (or the projects given), reads the public-API analyzer's RS0016 (undeclared symbol)
and RS0017 (declared but gone) diagnostics, and adds or removes the named lines. Review the diff before
committing: an unexpected line here is an accidental API change.

Usage: scripts/update-public-api.py [project-or-solution ...]
"""
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATTERN = re.compile(r"error (RS0016|RS0017): Symbol '(.+?)' is (?:not )?part of the declared (?:public )?API.*\[(.+?\.csproj)")


def build(targets):
    args = ["dotnet", "build", "--no-incremental", "-nologo", "-clp:NoSummary", "-p:TreatWarningsAsErrors=true"] + targets
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True).stdout


def main():
    targets = sys.argv[1:] or []
    for _ in range(3):
        added, removed = defaultdict(set), defaultdict(set)
        for line in build(targets).splitlines():
            m = PATTERN.search(line)
            if m:
                (added if m.group(1) == "RS0016" else removed)[os.path.dirname(m.group(3))].add(m.group(2))
        if not added and not removed:
            print("public API files are up to date")
            return 0
        for project in set(added) | set(removed):
            path = os.path.join(project, "PublicAPI.Unshipped.txt")
            lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
            header = [l for l in lines if l.startswith("#")]
            body = set(l for l in lines if not l.startswith("#"))
            body |= added[project]
            body -= removed[project]
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join((header or ["#nullable enable"]) + sorted(body, key=str.casefold)) + "\n")
            print(f"{path}: +{len(added[project])} -{len(removed[project])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
