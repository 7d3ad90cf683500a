#!/usr/bin/env python3
"""Reads out/dxrank.xlsx outside the JVM (Python's standard library only) and checks it against the CSVs beside it:
a sheet per contract table, the header row frozen and filtered, as many rows as the CSV, numbers stored as numbers.
Usage: scripts/check-xlsx.py OUT_DIR   (exit 1 with one line per problem)"""
import csv
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
CONTRACT = ["plans", "facts", "rankings", "composite", "trends", "quality", "ambition", "attribution", "trajectory"]
NUMBER = re.compile(r"^-?(0|[1-9]\d*)(\.\d+)?$")
# codes stay text even when they look like numbers (the workbook's own rule: a code keeps its leading zeros)
CODE_COLUMN = re.compile(r".*(_id|_code|sha256|code|period|file)$")


def column(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group():
        n = n * 26 + ord(ch) - 64
    return n - 1


def main(out):
    problems = []
    book = zipfile.ZipFile(f"{out}/dxrank.xlsx")
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    sheets = {s.get("name"): "xl/" + targets[s.get(f"{{{NS['r']}}}id")].lstrip("/").replace("xl/", "")
              for s in workbook.find("m:sheets", NS)}
    for table in CONTRACT:
        if table not in sheets:
            problems.append(f"no sheet {table}")
            continue
        sheet = ET.fromstring(book.read(sheets[table]))
        pane = sheet.find(".//m:pane", NS)
        if pane is None or pane.get("state") != "frozen":
            problems.append(f"{table}: header row not frozen")
        if sheet.find("m:autoFilter", NS) is None:
            problems.append(f"{table}: no filter on the header")
        rows = sheet.findall(".//m:sheetData/m:row", NS)
        with open(f"{out}/{table}.csv", encoding="utf-8-sig", newline="") as f:
            expected = list(csv.reader(f))
        # a table longer than the workbook keeps per sheet ends in a note row that sends the reader to its CSV
        note = "".join(t.text or "" for t in rows[-1].iter(f"{{{NS['m']}}}t")) if rows else ""
        if len(rows) < len(expected) and "chỉ giữ" in note and len(rows) >= 2:
            pass
        elif len(rows) != len(expected):
            problems.append(f"{table}: {len(rows)} rows, the CSV has {len(expected)}")
            continue
        # a cell whose CSV text is a plain number must be a number cell (no t="s"/"inlineStr")
        header = expected[0]
        for r, row in enumerate(rows[1:6], start=1):
            for cell in row.findall("m:c", NS):
                c = column(cell.get("r"))
                text = expected[r][c] if c < len(expected[r]) else ""
                if CODE_COLUMN.match(header[c]):
                    continue
                if NUMBER.match(text) and cell.get("t") in ("s", "inlineStr", "str"):
                    problems.append(f"{table} row {r + 1} {header[c]}: {text} stored as text")
    for p in problems:
        print(f"check-xlsx: {p}", file=sys.stderr)
    print(f"check-xlsx: {len(CONTRACT)} contract sheets read, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "out"))
