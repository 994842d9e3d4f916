#!/usr/bin/env python3
"""Sanity checks for the corpus: every metadata row has a file, sizes, encodings, document properties,
PDF page counts and qrels document ids. Exits non-zero with a message saying what to fix."""
import collections
import csv
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "Corpus"))
MAX_BYTES = 1_000_000 // 4  # every file must stay far below 1 MB


def fail(msg):
    sys.exit(f"check: {msg}")


def main():
    with open(os.path.join(ROOT, "metadata.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    keys = set()
    listed = set()
    for r in rows:
        p = os.path.join(ROOT, r["path"])
        if not os.path.isfile(p):
            fail(f"{r['path']} is listed in metadata.tsv but missing; run scripts/corpus/build.sh")
        if os.path.basename(p).rsplit(".", 1)[0] != r["key"]:
            fail(f"file name of {r['path']} does not match key {r['key']}")
        if r["key"] in keys:
            fail(f"duplicate key {r['key']}")
        keys.add(r["key"])
        listed.add(os.path.normpath(p))
        size = os.path.getsize(p)
        if size > MAX_BYTES:
            fail(f"{r['path']} is {size} bytes; keep files far below 1 MB")
        data = open(p, "rb").read()
        enc, fmt = r["encoding"], r["format"]
        if enc == "utf-8":
            data.decode("utf-8")
        elif enc == "utf-16":
            if not data.startswith(b"\xff\xfe"):
                fail(f"{r['path']} lacks a UTF-16 BOM")
        elif enc == "cp1252":
            try:
                data.decode("utf-8")
                if any(b > 127 for b in data):
                    fail(f"{r['path']} decodes as UTF-8 but should be Windows-1252")
            except UnicodeDecodeError:
                pass
        if fmt in ("docx", "odt"):
            z = zipfile.ZipFile(p)
            meta = z.read("docProps/core.xml" if fmt == "docx" else "meta.xml").decode("utf-8")
            if "<dc:title>" not in meta or ("<dc:creator>" not in meta and "initial-creator" not in meta):
                fail(f"{r['path']} lacks title/author document properties")
        if fmt == "pdf":
            pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
            if pages < 2:
                fail(f"{r['path']} has {pages} page(s); PDFs should be multi-page")
    on_disk = {os.path.normpath(os.path.join(dp, fn)) for dp, _, fns in os.walk(os.path.join(ROOT, "documents")) for fn in fns}
    extra = on_disk - listed
    if extra:
        fail(f"files not listed in metadata.tsv: {sorted(extra)}")
    qids = set()
    with open(os.path.join(ROOT, "queries", "queries.tsv"), encoding="utf-8") as f:
        for line in f:
            qid, q = line.rstrip("\n").split("\t")
            qids.add(qid)
    judged = collections.Counter()
    with open(os.path.join(ROOT, "queries", "qrels.txt"), encoding="utf-8") as f:
        for line in f:
            qid, zero, doc, grade = line.split()
            if qid not in qids or doc not in keys or zero != "0" or grade not in "0123":
                fail(f"bad qrels line: {line.strip()}")
            if int(grade) > 0:
                judged[qid] += 1
    missing = sorted(qids - set(judged))
    if missing:
        fail(f"queries without any relevant document: {missing}")
    c = lambda col: dict(collections.Counter(r[col] for r in rows))
    print(f"check: {len(rows)} documents OK; formats {c('format')}; types {c('type')}; languages {c('language')}; "
          f"{len(qids)} queries, {sum(judged.values())} positive judgements")


if __name__ == "__main__":
    main()
