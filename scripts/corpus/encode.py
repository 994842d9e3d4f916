#!/usr/bin/env python3
"""Encodes the UTF-8 sources of documents published in legacy encodings (per Corpus/metadata.tsv).

Windows-1252 text files get CRLF line endings; ISO-8859-1 text replaces characters outside Latin-1
(the en dash) with ASCII look-alikes, as an old export would; the ISO-8859-1 HTML page keeps them as
numeric character references; UTF-16 files start with a byte order mark (little-endian).
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "Corpus"))

ASCII_FALLBACK = {"–": "-", "—": "-", "’": "'", "“": '"', "”": '"', "…": "..."}


def main():
    n = 0
    with open(os.path.join(ROOT, "metadata.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            enc = row["encoding"]
            if enc in ("utf-8", "binary"):
                continue
            src = os.path.join(ROOT, "sources", row["key"] + "." + row["format"])
            text = open(src, encoding="utf-8").read()
            if enc == "cp1252":
                data = text.replace("\n", "\r\n").encode("cp1252")
            elif enc == "iso-8859-1" and row["format"] == "html":
                data = text.encode("iso-8859-1", errors="xmlcharrefreplace")
            elif enc == "iso-8859-1":
                data = "".join(ASCII_FALLBACK.get(c, c) for c in text).encode("iso-8859-1")
            elif enc == "utf-16":
                data = text.encode("utf-16")  # Python writes a BOM (FF FE on little-endian machines)
                if not data.startswith(b"\xff\xfe"):
                    data = b"\xff\xfe" + text.encode("utf-16-le")
            else:
                raise SystemExit(f"unknown encoding {enc} for {row['key']}")
            with open(os.path.join(ROOT, row["path"]), "wb") as out:
                out.write(data)
            n += 1
    print(f"encode: {n} documents written in legacy encodings")


if __name__ == "__main__":
    main()
