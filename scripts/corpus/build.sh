#!/usr/bin/env bash
# Regenerates every derived file of the Kommunesøk corpus from the generator scripts:
#   1. generate_texts.py   text documents, sources (Corpus/sources) and Corpus/metadata.tsv
#   2. encode.py           Windows-1252, ISO-8859-1 and UTF-16 documents from their UTF-8 sources
#   3. convert_binaries.py .docx/.odt/.rtf/.pdf from the .fodt sources (needs LibreOffice)
#   4. make_qrels.py       Corpus/queries/qrels.txt from the judgement rules
#   5. check.py            sanity checks (counts, sizes, encodings, document properties, qrels keys)
# LibreOffice: apt-get install -y --no-install-recommends libreoffice-writer-nogui
set -euo pipefail
cd "$(dirname "$0")"
python3 generate_texts.py
python3 encode.py
python3 convert_binaries.py
python3 make_qrels.py
python3 check.py
