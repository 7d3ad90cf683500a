#!/usr/bin/env python3
"""Scores a run's facts.csv against a corpus's ground truth (truth.csv in ../shared/LABELS.md's columns).

    python3 bench/score_truth.py <corpus>/truth.csv <out>/facts.csv [--documents <corpus>/documents.csv]

A truth row is found when facts.csv holds a row of the same file and line with the same value (any status);
precision counts the facts.csv rows that match a truth row. Prints recall, precision, kind and year right (of the
found), the unmapped share of facts.csv, and the same per doc_type when documents.csv is given. Standard library only.
"""
import csv
import sys
from collections import defaultdict


def read(path, delimiter=None):
    with open(path, encoding="utf-8-sig", newline="") as f:
        sample = f.read(4096)
        f.seek(0)
        if delimiter is None:
            delimiter = ";" if sample.count(";") > sample.count(",") else ","
        return list(csv.DictReader(f, delimiter=delimiter))


def number(text):
    if text is None or text.strip() == "":
        return None
    return float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)


def share_of(t, f, fv):
    """facts.csv gives a fraction ("76/117 thủ tục") as its share in percent beside its denominator."""
    den = number(t.get("denominator"))
    fden = number(f.get("denominator"))
    return den and fden and abs(den - fden) < 1e-6 and abs(fv - 100 * number(t["value"]) / den) < 1e-6


def main(argv):
    truth_path, facts_path = argv[1], argv[2]
    docs_path = argv[argv.index("--documents") + 1] if "--documents" in argv else None
    truth = read(truth_path, ",")
    facts = read(facts_path)
    doc_type = {}
    if docs_path:
        for d in read(docs_path, ","):
            doc_type[d["file"]] = d.get("doc_type", "")
    by_place = defaultdict(list)
    for f in facts:
        name = f["source_file"].rsplit("/", 1)[-1]
        by_place[(name, f["source_line"])].append(f)
    used = set()
    tally = defaultdict(lambda: [0, 0, 0, 0])  # truth, found, kind right, year right
    missed = []
    for t in truth:
        key = (t["file"], t["line"])
        value = number(t["value"])
        hit = None
        for f in by_place.get(key, []):
            fv = number(f["value"])
            if id(f) in used or fv is None or value is None or not (abs(fv - value) < 1e-6 or share_of(t, f, fv)):
                continue
            # "100% | 100%": of equal values on one row, the one of the same kind
            if hit is None or f["kind"] == t["kind"] and hit["kind"] != t["kind"]:
                hit = f
        kind = doc_type.get(t["file"], "all")
        for k in {kind, "all"}:
            tally[k][0] += 1
        if hit is None:
            missed.append(t)
            continue
        used.add(id(hit))
        year = hit.get("year", "")
        year = "" if year in ("", "0") else year
        for k in {kind, "all"}:
            tally[k][1] += 1
            tally[k][2] += hit["kind"] == t["kind"]
            tally[k][3] += year == (t["year"] or "")
    matched = len(used)
    unmapped = sum(1 for f in facts if f.get("indicator_code") == "unmapped")
    print(f"facts.csv rows {len(facts)}, truth rows {len(truth)}")
    print("| doc_type | truth | found | recall | kind | year |")
    print("|---|---:|---:|---:|---:|---:|")
    for k in sorted(tally, key=lambda x: (x == "all", x)):
        n, found, kind_ok, year_ok = tally[k]
        print(f"| {k} | {n} | {found} | {found / n:.3f} | {kind_ok / max(found, 1):.3f} | {year_ok / max(found, 1):.3f} |")
    print(f"precision {matched / max(len(facts), 1):.3f} ({matched} of {len(facts)} facts.csv rows match a truth row)")
    print(f"unmapped {unmapped / max(len(facts), 1):.3f} ({unmapped} rows)")
    if "--missed" in argv:
        for t in missed[: int(argv[argv.index("--missed") + 1])]:
            print("missed", t["file"], t["line"], t["value"], t["unit"], "|", t["quote"])


if __name__ == "__main__":
    main(sys.argv)
