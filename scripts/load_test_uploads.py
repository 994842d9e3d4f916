#!/usr/bin/env python3
"""Uploads and checks for scripts/load-test.

    load_test_uploads.py upload --base-url URL --token T --count N --pause S --run-tag TAG --out FILE
    load_test_uploads.py verify --base-url URL --acks FILE
    load_test_uploads.py delete --base-url URL --token T --acks FILE

`upload` sends N small text documents one by one through `POST /api/documents` (bearer token),
each holding a word found in no other document, and writes one JSON line per upload to FILE:
{"n", "word", "status", "key", "id", "seconds"}. `verify` searches each 201-acknowledged word with
`GET /api/search` and requires the acknowledged id among the hits; it prints a summary and exits
1 when any acknowledged upload is missing. `delete` removes the uploaded documents again so the
index returns to its size before the run.
"""

import argparse
import json
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

# Per request: an upload commits with fsync, which can take seconds on a busy shared disk.
REQUEST_TIMEOUT_SECONDS = 60
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def letters(n, width=4):
    """n as a fixed-width base-26 word of letters (the analyzer splits letters from digits)."""
    out = ""
    for _ in range(width):
        out = LETTERS[n % 26] + out
        n //= 26
    return out


def unique_word(run_tag, n):
    return f"lasttest{run_tag}{letters(n)}"


def multipart(fields, files):
    boundary = "----kommunesok-lasttest-boundary"
    parts = []
    for name, value in fields.items():
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode())
    for name, (filename, data) in files.items():
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                     f"Content-Type: text/plain; charset=utf-8\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def upload(args):
    with open(args.out, "w") as out:
        for n in range(args.count):
            word = unique_word(args.run_tag, n)
            key = f"lasttest-{args.run_tag}-{n:04d}"
            text = (f"Lasttest {n} av {args.count}. Dette notatet fra fellesnemnda handler om "
                    f"{word} og budsjett, arbeidsgiverpolitikk og samlokalisering.\n")
            body, content_type = multipart({"type": "annet"}, {"filer": (key + ".txt", text.encode())})
            request = urllib.request.Request(args.base_url + "/api/documents", data=body, method="POST", headers={
                "Authorization": f"Bearer {args.token}", "Content-Type": content_type})
            start = time.monotonic()
            record = {"n": n, "word": word, "key": key, "status": None, "id": None}
            try:
                with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_SECONDS) as response:
                    record["status"] = response.status
                    result = json.load(response)["results"][0]
                    record["id"] = result.get("id")
                    record["result"] = result.get("status")
                    record["key"] = result.get("key")
            except urllib.error.HTTPError as e:
                record["status"] = e.code
                record["error"] = e.read(500).decode(errors="replace")
            except (urllib.error.URLError, OSError) as e:
                record["error"] = str(e)
            record["seconds"] = round(time.monotonic() - start, 4)
            out.write(json.dumps(record) + "\n")
            out.flush()
            time.sleep(args.pause)
    return 0


def read_acks(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def get_json(url):
    with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT_SECONDS) as response:
        return json.load(response)


def verify(args):
    records = read_acks(args.acks)
    acked = [r for r in records if r["status"] == 201]
    failed = [r for r in records if r["status"] != 201]
    missing = []
    for r in acked:
        hits = get_json(args.base_url + "/api/search?q=" + urllib.parse.quote(r["word"]))["hits"]
        if not any(h["id"] == r["id"] and h["key"] == r["key"] for h in hits):
            missing.append(r)
    print(f"Opplastinger: {len(records)} sendt, {len(acked)} kvittert med 201, {len(failed)} avvist/feilet, "
          f"{len(missing)} kvitterte mangler i søket.")
    during = [r["seconds"] for r in acked if r["n"] < args.during]
    after = [r["seconds"] for r in acked if r["n"] >= args.during]
    for label, seconds in (("under søkelasten", during), ("etter søkelasten", after)):
        if seconds:
            seconds.sort()
            p99 = seconds[min(len(seconds) - 1, int(round(0.99 * (len(seconds) - 1))))]
            print(f"Opplastingstid {label} ({len(seconds)} stk.): p50 {statistics.median(seconds) * 1000:.0f} ms, "
                  f"p99 {p99 * 1000:.0f} ms, maks {seconds[-1] * 1000:.0f} ms.")
    for r in failed[:10]:
        print(f"  avvist: {r['key']}: status {r['status']} {r.get('error', '')[:200]}", file=sys.stderr)
    for r in missing[:10]:
        print(f"  MANGLER: {r['key']} (id {r['id']}, ord {r['word']}) ble kvittert, men finnes ikke i søket",
              file=sys.stderr)
    return 1 if missing or failed else 0


def delete(args):
    deleted = 0
    for r in read_acks(args.acks):
        if r["status"] != 201 or r["id"] is None:
            continue
        request = urllib.request.Request(f"{args.base_url}/api/documents/{r['id']}", method="DELETE",
                                         headers={"Authorization": f"Bearer {args.token}"})
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_SECONDS):
                deleted += 1
        except urllib.error.HTTPError as e:
            print(f"  kunne ikke slette {r['key']} (id {r['id']}): status {e.code}", file=sys.stderr)
    print(f"Slettet {deleted} opplastede lasttest-dokumenter igjen.")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("upload")
    p.add_argument("--base-url", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--count", type=int, default=200)
    p.add_argument("--pause", type=float, default=0.1)
    p.add_argument("--run-tag", required=True, help="letters that make this run's words unique")
    p.add_argument("--out", required=True)
    p = sub.add_parser("verify")
    p.add_argument("--base-url", required=True)
    p.add_argument("--acks", required=True)
    p.add_argument("--during", type=int, default=0, help="how many uploads were made while wrk ran")
    p = sub.add_parser("delete")
    p.add_argument("--base-url", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--acks", required=True)
    args = parser.parse_args()
    args.base_url = args.base_url.rstrip("/")
    return {"upload": upload, "verify": verify, "delete": delete}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
