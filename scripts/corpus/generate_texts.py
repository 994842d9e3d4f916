#!/usr/bin/env python3
"""Writes every text document and source of the Kommunesøk corpus, and Corpus/metadata.tsv.

UTF-8 .txt/.md/.html documents go straight to Corpus/documents/<kommune>/<key>.<ext>. Documents that
are published in another encoding, and the binary formats, get a UTF-8 source in Corpus/sources/
(.txt, .html or .fodt); encode.py and convert_binaries.sh turn those into the final documents.
Deterministic: the same scripts always produce the same text.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import additions  # noqa: E402
import docs_annet  # noqa: E402
import docs_prosjekt  # noqa: E402
import docs_reglement  # noqa: E402
import docs_sak  # noqa: E402
from model import words  # noqa: E402
from render import to_fodt, to_html, to_md, to_txt  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "Corpus"))
DOCS = os.path.join(ROOT, "documents")
SRC = os.path.join(ROOT, "sources")


def all_documents():
    docs = docs_reglement.build() + docs_prosjekt.build()
    saker, by_key = docs_sak.build_saker()
    docs += saker + docs_sak.build_protokoller(by_key) + docs_annet.build()
    for d in docs:
        d["body"] = d["body"] + additions.ADD.get(d["key"], [])
    keys = [d["key"] for d in docs]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, f"duplicate keys: {dup}"
    for d in docs:
        assert d["key"].isascii() and " " not in d["key"], d["key"]
    return docs


def main():
    docs = all_documents()
    for p in (DOCS, SRC):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    rows = []
    html_index = 0
    for d in docs:
        folder = os.path.join(DOCS, d["slug"])
        os.makedirs(folder, exist_ok=True)
        rel = f"documents/{d['slug']}/{d['key']}.{d['fmt']}"
        if d["fmt"] in ("docx", "odt", "pdf", "rtf"):
            with open(os.path.join(SRC, d["key"] + ".fodt"), "w", encoding="utf-8") as f:
                f.write(to_fodt(d))
        elif d["fmt"] == "txt":
            target = DOCS if d["enc"] == "utf-8" else SRC
            path = os.path.join(folder, d["key"] + ".txt") if d["enc"] == "utf-8" else os.path.join(SRC, d["key"] + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(to_txt(d))
        elif d["fmt"] == "md":
            with open(os.path.join(folder, d["key"] + ".md"), "w", encoding="utf-8") as f:
                f.write(to_md(d))
        elif d["fmt"] == "html":
            if d["enc"] == "utf-8":
                html_index += 1
                with open(os.path.join(folder, d["key"] + ".html"), "w", encoding="utf-8") as f:
                    f.write(to_html(d, entities=(html_index % 2 == 1)))
            else:
                with open(os.path.join(SRC, d["key"] + ".html"), "w", encoding="utf-8") as f:
                    f.write(to_html(d, entities=False, charset=d["enc"]))
        rows.append([d["key"], rel, d["kommuner"], judged_type(d), d["lang"], d["date"], d["title"], d["group"],
                     d["fmt"], d["enc"] if d["fmt"] in ("txt", "md", "html") else "binary", d["topic"],
                     str(words(d["body"])), THEME_OF_TOPIC[d["topic"]]])
    header = ["key", "path", "kommuner", "type", "language", "date", "title", "near_duplicate_group", "format",
              "encoding", "topic", "words", "theme"]
    with open(os.path.join(ROOT, "metadata.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for r in sorted(rows, key=lambda r: r[1]):
            assert all("\t" not in c and "\n" not in c for c in r)
            f.write("\t".join(r) + "\n")
    print(f"generate_texts: {len(docs)} documents, metadata.tsv written")


# The judged type where the generator's model has a coarser one: communication plans, inquiries
# and forum threads are types of their own.
def judged_type(d):
    for prefix, kind in (("kommunikasjonsplan-", "kommunikasjonsplan"), ("forum-", "forum"),
                         ("utredning-", "utredning"), ("utgreiing-", "utredning")):
        if d["key"].startswith(prefix):
            return kind
    return d["type"]


# Each topic's main theme among the merger programme's themes (the classifier must find it).
THEME_OF_TOPIC = {
    "møteprotokoll": "politisk organisering", "felles IKT-plattform": "IKT og digitalisering",
    "rådhus lokalisering": "organisering", "kommunevåpen": "kulturbygging", "prosjektplan sammenslåing": "organisering",
    "godtgjøring fellesnemnda": "politisk organisering", "godtgjøring folkevalgte": "politisk organisering",
    "delegeringsreglement": "politisk organisering", "økonomireglement": "økonomi", "kommunikasjon": "kommunikasjon",
    "arkiv": "arkiv", "arbeidsgiverpolitikk": "arbeidsgiverspørsmål", "utredning økonomi": "økonomi",
    "navn på ny kommune": "kulturbygging", "finansreglement": "økonomi", "utredning lokalisering": "organisering",
    "reglement fellesnemnda": "politisk organisering", "partssammensatt utvalg": "arbeidsgiverspørsmål",
    "målform": "kulturbygging", "innplassering ansatte": "arbeidsgiverspørsmål", "informasjon": "kommunikasjon",
    "evaluering": "organisering", "budsjett fellesnemnda": "økonomi", "ansettelse prosjektrådmann": "arbeidsgiverspørsmål",
}


if __name__ == "__main__":
    main()
