"""A seeded synthetic news corpus for benchmarks: N articles of about ten paragraphs each.

Words follow a Zipf distribution over a generated vocabulary (a few hundred very common words
and a long tail), so that document frequencies look like a real corpus's; articles carry
names, numbers, dates and quotations. ``questions`` draws answerable questions from the
articles' own sentences and adds out-of-scope ones.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

_SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "ee")]
_FUNCTION = """the of and to a in that is was he for it with as his on be at by had are but from or
have an they which one you were her all she there would their we him been has when who will
more no if out so said what up its about into than them can only other new some could time these
two may then do first any my now such like our over man me even most made after also did many
before must through back years where much your way well down should because each just those
people how too little state good very make world still own see men work long get here between
both life being under never day same another know while last might us great old year off come
since against go came right used take three""".split()


def vocabulary(size: int, rng: random.Random) -> list[str]:
    """``size`` distinct made-up content words of two to four syllables."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Corpus:
    """The generator. ``write(folder, n)`` writes ``n`` story files and returns their paths."""

    def __init__(self, seed: int = 7, vocabulary_size: int = 60_000, zipf: float = 1.07) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(vocabulary_size, self.rng)
        self.rng.shuffle(self.words)  # frequency rank must not follow spelling
        weights = [1.0 / (rank + 1) ** zipf for rank in range(len(self.words))]
        total = sum(weights)
        self.cumulative = []
        running = 0.0
        for w in weights:
            running += w / total
            self.cumulative.append(running)
        self.names = [w.capitalize() for w in self.rng.sample(self.words[2000:], 3000)]

    def _content_word(self) -> str:
        return self.rng.choices(self.words, cum_weights=self.cumulative)[0]

    def sentence(self) -> str:
        words = []
        for _ in range(self.rng.randint(8, 28)):
            r = self.rng.random()
            if r < 0.45:
                words.append(self.rng.choice(_FUNCTION))
            elif r < 0.5:
                words.append(self.rng.choice(self.names))
            elif r < 0.52:
                words.append(str(self.rng.randint(2, 9000)))
            else:
                words.append(self._content_word())
        words[0] = words[0].capitalize()
        text = " ".join(words) + self.rng.choice([".", ".", ".", "?"])
        if self.rng.random() < 0.15:
            speaker = f"{self.rng.choice(self.names)} {self.rng.choice(self.names)}"
            text = f'"{text[:-1]}," {speaker} said.'
        if self.rng.random() < 0.1:
            text = text[:-1] + f" on {self.rng.choice(['Monday', 'Tuesday', 'Friday'])}."
        return text

    def article(self, number: int) -> str:
        published = dt.date(2020, 1, 1) + dt.timedelta(days=self.rng.randint(0, 1500))
        title = " ".join(self._content_word().capitalize() for _ in range(6))
        paragraphs = [" ".join(self.sentence() for _ in range(self.rng.randint(1, 4))) for _ in range(10)]
        body = "\n\n".join(paragraphs)
        return f"---\ntitle: {title}\npublished: {published.isoformat()}\n---\n{title}\n\n{body}\n"

    def write(self, folder: Path, n: int) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in range(n):
            path = folder / f"article-{i:05d}.md"
            path.write_text(self.article(i), encoding="utf-8")
            paths.append(path)
        return paths


def questions(texts: list[str], count: int, seed: int = 11) -> list[str]:
    """``count`` questions: most made of four to six words of one of ``texts``' sentences, the
    rest of made-up words no article uses (out of scope)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        if i % 10 == 9:
            out.append("What about " + " ".join(rng.choice(["zzyzx", "qwfp", "xylq", "vvrot"]) for _ in range(3)) + "?")
            continue
        sentence = rng.choice(rng.choice(texts).split(". "))
        words = [w.strip('.,?"') for w in sentence.split() if len(w) > 3]
        picked = rng.sample(words, min(len(words), rng.randint(4, 6))) if words else ["nothing"]
        out.append(rng.choice(["What", "Who", "When", "Why", "How"]) + " " + " ".join(picked) + "?")
    return out
