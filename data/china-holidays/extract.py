#!/usr/bin/env python3
"""Extract China's public holidays and make-up working days (调休) for 2024-2026 from chinese-days@1.5.7.

Usage:
    python3 data/china-holidays/extract.py [JSON_PATH] [--out CSV_PATH]

JSON_PATH defaults to <repo>/.cache/chinese-days/chinese-days.json, which
scripts/fetch-chinese-days.sh creates. CSV_PATH defaults to
china-holidays-2024-2026.csv next to this script.

Output: UTF-8 (no BOM), LF line endings, header `date,kind,name`; `kind` is
`holiday` (a day off by the State Council's notice, 放假) or `workday` (a
weekend day worked instead, 调休上班); `name` is the festival's Chinese name as
the package gives it. Rows are ordered by date. Only the years in YEARS are kept.
"""

import argparse
import csv
import json
import sys
from pathlib import Path

YEARS = ("2024", "2025", "2026")


def main() -> int:
    here = Path(__file__).resolve().parent
    repo = here.parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("json_path", nargs="?", default=str(repo / ".cache" / "chinese-days" / "chinese-days.json"))
    parser.add_argument("--out", default=str(here / "china-holidays-2024-2026.csv"))
    args = parser.parse_args()

    days = json.loads(Path(args.json_path).read_text(encoding="utf-8"))
    rows = []
    for source, kind in (("holidays", "holiday"), ("workdays", "workday")):
        for date, label in days[source].items():
            if date[:4] in YEARS:
                # label is "English name,中文名,number of days"
                rows.append((date, kind, label.split(",")[1]))
    rows.sort()
    clash = {d for d, k, _ in rows if k == "holiday"} & {d for d, k, _ in rows if k == "workday"}
    if clash:
        print(f"a day is both a holiday and a working day: {sorted(clash)}", file=sys.stderr)
        return 1

    with open(args.out, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("date", "kind", "name"))
        writer.writerows(rows)
    for year in YEARS:
        holidays = sum(1 for d, k, _ in rows if d.startswith(year) and k == "holiday")
        workdays = sum(1 for d, k, _ in rows if d.startswith(year) and k == "workday")
        print(f"{year}: {holidays} holidays, {workdays} make-up working days")
    return 0


if __name__ == "__main__":
    sys.exit(main())
