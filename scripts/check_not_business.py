"""Check datasets/not_business.jsonl and print its counts.

Fails on: invalid JSON, missing/extra fields, bad values, duplicate ids or texts,
a genre with fewer than 6 or more than 14 rows. Prints counts only, never texts.
"""
import collections
import json
import pathlib
import sys

PATH = pathlib.Path(__file__).resolve().parent.parent / "datasets" / "not_business.jsonl"
FIELDS = {"id", "split", "language", "genre", "hard", "text"}


def main() -> int:
    rows, errors = [], []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e.msg})")
            continue
        if set(r) != FIELDS:
            errors.append(f"line {n}: fields {sorted(r)}")
            continue
        if r["split"] not in ("dev", "test") or r["language"] not in ("id", "en") \
                or not isinstance(r["hard"], bool) or not r["text"].strip() or not r["genre"]:
            errors.append(f"line {n}: bad value")
        rows.append(r)
    for key in ("id", "text"):
        dup = [k for k, c in collections.Counter(r[key] for r in rows).items() if c > 1]
        if dup:
            errors.append(f"{len(dup)} duplicate {key}s")
    genres = collections.Counter(r["genre"] for r in rows)
    errors += [f"genre {g!r}: {c} rows" for g, c in genres.items() if not 6 <= c <= 14]

    words = sorted(len(r["text"].split()) for r in rows)
    print(f"rows {len(rows)}  genres {len(genres)}")
    for key in ("split", "language", "hard"):
        print(key, dict(sorted(collections.Counter(str(r[key]) for r in rows).items())))
    print(f"words min {words[0]}  median {words[len(words) // 2]}  max {words[-1]}  "
          f"10-50 words {sum(10 <= w <= 50 for w in words)}")
    print("genre: rows dev/test id/en hard")
    for g in sorted(genres):
        rs = [r for r in rows if r["genre"] == g]
        c = collections.Counter
        s, lang = c(r["split"] for r in rs), c(r["language"] for r in rs)
        print(f"  {g}: {len(rs)} {s['dev']}/{s['test']} {lang['id']}/{lang['en']} {sum(r['hard'] for r in rs)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
