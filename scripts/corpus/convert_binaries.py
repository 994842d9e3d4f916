#!/usr/bin/env python3
"""Converts Corpus/sources/<key>.fodt into the .docx, .odt, .rtf and .pdf documents listed in metadata.tsv.

Uses LibreOffice headless (package libreoffice-writer-nogui). PDFs are exported from an intermediate
.odt, which keeps the headings (HTML -> PDF dropped an <h1> in earlier experiments). Document
properties (title, author, description, keywords) come from the <office:meta> block of the .fodt.
A private LibreOffice profile under a temporary directory keeps the run independent of ~/.config.
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "Corpus"))


def soffice(tmp, fmt, files, outdir):
    cmd = ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
           "--convert-to", fmt, "--outdir", outdir] + files
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        sys.exit(f"soffice failed ({r.returncode}):\n{r.stdout}")


def main():
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: install LibreOffice with "
                 "'apt-get install -y --no-install-recommends libreoffice-writer-nogui'")
    with open(os.path.join(ROOT, "metadata.tsv"), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r["encoding"] == "binary"]
    with tempfile.TemporaryDirectory() as tmp:
        out = {fmt: os.path.join(tmp, fmt) for fmt in ("docx", "odt", "rtf", "pdf", "pdfodt")}
        for p in out.values():
            os.makedirs(p)
        by_fmt = {}
        for r in rows:
            by_fmt.setdefault(r["format"], []).append(r)
        for fmt, group in sorted(by_fmt.items()):
            srcs = [os.path.join(ROOT, "sources", r["key"] + ".fodt") for r in group]
            if fmt == "pdf":
                soffice(tmp, "odt", srcs, out["pdfodt"])
                soffice(tmp, "pdf:writer_pdf_Export", [os.path.join(out["pdfodt"], r["key"] + ".odt") for r in group], out["pdf"])
            else:
                filt = {"docx": "docx:MS Word 2007 XML", "odt": "odt", "rtf": "rtf"}[fmt]
                soffice(tmp, filt, srcs, out[fmt])
            for r in group:
                produced = os.path.join(out[fmt], r["key"] + "." + fmt)
                if not os.path.exists(produced):
                    sys.exit(f"LibreOffice did not produce {produced}")
                dest = os.path.join(ROOT, r["path"])
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                shutil.copyfile(produced, dest)
    print(f"convert_binaries: {len(rows)} documents written")


if __name__ == "__main__":
    main()
