"""Score the engine on a question set: ``python -m knowledge.evaluate FILE [FILE ...]``.

A question file is YAML in the format of ``shared/eval/dev_set.yaml``: ``questions`` (each
with ``story``, ``q`` and ``gold`` strings, one of which the right passage contains) and
``out_of_scope`` questions that no story answers. ``story`` names a file stem in
``stories/`` beside the question file, or ``bundled`` for the story shipped with Storybot.
Prints top-1, top-3, mean reciprocal rank and out-of-scope accuracy, per story and in all; and,
for a file with ``quotes``, ``timeline`` or ``summary_facts`` sections, the quotations found with
the right speaker, the timeline events with the right date and the facts the summary holds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from knowledge.library import Library
from knowledge.loader import load_folder

#: The folder of stories that ship with Storybot; ``bundled`` in a question file means its story.
BUNDLED_FOLDER = Path(__file__).resolve().parent / "stories"


@dataclass
class Score:
    """Counts for one group of questions."""

    questions: int = 0
    top1: int = 0
    top3: int = 0
    reciprocal_rank: float = 0.0
    out_of_scope: int = 0
    declined: int = 0
    answered: int = 0  # in-scope questions answered (rather than declined)
    paraphrased: int = 0
    paraphrased_top1: int = 0
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: Score) -> Score:
        """Both groups' counts together (misses in order)."""
        counts = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(Score)}
        return Score(**counts)

    def row(self) -> dict[str, Any]:
        def pct(n: int, d: int) -> float | None:
            return round(100.0 * n / d, 1) if d else None

        return {
            "questions": self.questions,
            "top1": pct(self.top1, self.questions),
            "top3": pct(self.top3, self.questions),
            "mrr": round(self.reciprocal_rank / self.questions, 3) if self.questions else None,
            "out_of_scope": self.out_of_scope,
            "declined": pct(self.declined, self.out_of_scope),
            "paraphrased": self.paraphrased,
            "paraphrased_top1": pct(self.paraphrased_top1, self.paraphrased),
            "decisions": pct(self.answered + self.declined, self.questions + self.out_of_scope),
        }


def load_question_file(path: Path, lower_case: bool = False) -> tuple[dict[str, Any], Library]:
    """The question set in ``path`` and a library of the stories it names; with ``lower_case``,
    every question in lower case, as many people type in a chat."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: a question file is a mapping with 'questions' and 'out_of_scope'")
    if lower_case:
        for item in data.get("questions") or []:
            item["q"] = item["q"].lower()
        data["out_of_scope"] = [q.lower() for q in data.get("out_of_scope") or []]
    bundled, _ = load_folder(BUNDLED_FOLDER)
    stories = list(bundled)
    folder = path.parent / "stories"
    if folder.is_dir():
        stories += load_folder(folder)[0]
    return data, Library(stories)


def bundled_id() -> str:
    """The id of the story Storybot ships."""
    stories, _ = load_folder(BUNDLED_FOLDER)
    return stories[0].id


def _story_of(name: str, bundled: str) -> str:
    """The id of the story a question file names (``bundled`` stands for the shipped story's)."""
    return bundled if name == "bundled" else name


def evaluate(data: dict[str, Any], library: Library, top: int = 3, named: bool = True) -> dict[str, Score]:
    """Score every question of ``data``; keys are story ids and ``all``.

    With ``named`` (the default) each question is asked of its own story; without, of the
    whole library, as a Discord user does without picking a story: a passage from another
    story is wrong.
    """
    scores: dict[str, Score] = defaultdict(Score)
    bundled = bundled_id()
    for item in data.get("questions") or []:
        story = _story_of(item["story"], bundled)
        gold = [g.casefold() for g in item["gold"]]
        answer = library.ask(item["q"], story=story if named else None, top=top)
        rank = next(
            (
                i
                for i, p in enumerate(answer.passages, 1)
                if p.story == story and any(g in p.text.casefold() for g in gold)
            ),
            None,
        )
        for key in (story, "all"):
            score = scores[key]
            score.questions += 1
            score.top1 += rank == 1
            score.top3 += rank is not None and rank <= 3
            score.reciprocal_rank += 1.0 / rank if rank else 0.0
            score.answered += answer.answered
            if item.get("paraphrase"):
                score.paraphrased += 1
                score.paraphrased_top1 += rank == 1
            if rank != 1 and key == "all":
                got = answer.passages[0].text[:70] if answer.passages else "(not answered)"
                score.misses.append(f"{item['q']} -> {got}")
    for question in data.get("out_of_scope") or []:
        answer = library.ask(question)
        score = scores["all"]
        score.out_of_scope += 1
        score.declined += not answer.answered
        if answer.answered:
            score.misses.append(f"{question} -> answered from {answer.story}")
    return dict(scores)


@dataclass
class QuoteScore:
    """Quotations of one story against the expected ones (``quotes`` in a question file)."""

    expected: int = 0
    found: int = 0  # found with the right speaker
    wrong_speaker: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)  # reported, but no expected quotation


def evaluate_quotes(data: dict[str, Any], library: Library) -> dict[str, QuoteScore]:
    """Score quotation finding and attribution per story.

    An expected quotation is found when a reported one contains its text; a reported quotation
    that contains none of the expected texts is false (the expected list is taken as complete).
    """
    scores: dict[str, QuoteScore] = {}
    bundled = bundled_id()
    for name, expected in (data.get("quotes") or {}).items():
        story = _story_of(name, bundled)
        reported = library.quotes(story)
        score = scores[story] = QuoteScore(expected=len(expected))
        for item in expected:
            text = item["text"].casefold()
            match = next((q for q in reported if text in q.text.casefold()), None)
            if match is None:
                score.missed.append(item["text"])
            elif match.speaker == item.get("speaker"):
                score.found += 1
            else:
                score.wrong_speaker.append(f"{item['text']}: {match.speaker} (expected {item.get('speaker')})")
        for quote in reported:
            if not any(item["text"].casefold() in quote.text.casefold() for item in expected):
                score.false.append(quote.text)
    return scores


def format_quote_scores(scores: dict[str, QuoteScore]) -> str:
    """One line per story: quotations found with the right speaker, and every mistake."""
    lines = []
    for story, s in scores.items():
        lines.append(
            f"- quotes, {story}: {s.found}/{s.expected} with the right speaker, "
            f"{len(s.missed)} missed, {len(s.false)} false"
        )
        lines += [f"  - wrong speaker: {m}" for m in s.wrong_speaker]
        lines += [f"  - missed: {m}" for m in s.missed]
        lines += [f"  - false: {m}" for m in s.false]
    return "\n".join(lines)


def evaluate_timeline(data: dict[str, Any], library: Library) -> dict[str, list[str]]:
    """Per story, the expected timeline events (``timeline`` in a question file) that are wrong.

    An expected event is right when an event whose sentence contains its ``text`` has its
    ``date``. Returns ``{story: [mistakes]}``; an empty list means every event is right.
    """
    bundled = bundled_id()
    out: dict[str, list[str]] = {}
    for name, expected in (data.get("timeline") or {}).items():
        story = _story_of(name, bundled)
        events = library.timeline(story).events
        mistakes = out[story] = []
        for item in expected:
            matching = [e for e in events if item["text"].casefold() in e.text.casefold()]
            if not any(e.date == item["date"] for e in matching):
                got = ", ".join(str(e.date) for e in matching) or "no event"
                mistakes.append(f"{item['text']}: {got} (expected {item['date']})")
    return out


def evaluate_summary_facts(data: dict[str, Any], library: Library, sentences: int = 3) -> dict[str, list[str]]:
    """Per story, the facts (``summary_facts``) that its summary leaves out."""
    bundled = bundled_id()
    out: dict[str, list[str]] = {}
    for name, facts in (data.get("summary_facts") or {}).items():
        story = _story_of(name, bundled)
        text = " ".join(s.text for s in library.summary(story, sentences).sentences).casefold()
        out[story] = [fact for fact in facts if fact.casefold() not in text]
    return out


def format_table(scores: dict[str, Score]) -> str:
    """A Markdown table of the scores, one row per story and one for all."""
    lines = [
        "| story | questions | top-1 | top-3 | MRR | paraphrased top-1 | out-of-scope declined | right decisions |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key in sorted(scores, key=lambda k: (k == "all", k)):
        r = scores[key].row()
        declined = f"{r['declined']}% of {r['out_of_scope']}" if r["out_of_scope"] else "-"
        para = f"{r['paraphrased_top1']}% of {r['paraphrased']}" if r["paraphrased"] else "-"
        lines.append(
            f"| {key} | {r['questions']} | {_cell(r['top1'])} | {_cell(r['top3'])} | "
            f"{r['mrr'] if r['mrr'] is not None else '-'} | {para} | {declined} | {_cell(r['decisions'])} |"
        )
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value}%"


#: Storybot's engine as it grew, one change at a time (``--compare``): each row adds one. A
#: setting is the index's (:class:`~knowledge.index.TfidfIndex`) or the answer rule's
#: (:class:`~knowledge.decision.AnswerRule`).
STEPS: list[tuple[str, dict[str, Any]]] = [
    (
        "Storybot before: sentence TF-IDF + paragraph context, cosine, when/how-many types",
        dict(
            synonym_weight=0.0,
            related_forms=False,
            lead_weight=0.0,
            when_lead_weight=0.0,
            pivot=1.0,
            answer_types=("time", "number"),
            headline_weight=0.0,
            bigram_weight=0.0,
            used_synonym_weight=0.0,
            yes_no_opposites=False,
            common_verbs_ask_nothing=False,
            names_in_story=False,
            counted_boost=0.0,
            optional_common_verbs=False,
            story_names=False,
            measure_boost=0.0,
            future_boost=0.0,
            local_idf=0.0,
            undated_weight=1.0,
            subject_credit=0.0,
            saying_verbs=False,
            placeless_weight=1.0,
            clipped_words=False,
            subject_story_choice=False,
            attribute_weight=0.0,
            denial_boost=0.0,
            whole_names=False,
            quote_boost=0.0,
            modal_boost=0.0,
            whole_thing_asked=False,
            phrase_synonyms=False,
            asked_first=0.0,
            kinds=False,
            numberless_weight=1.0,
            synonym_forms=0.0,
            definition_first=0.0,
            will_boost=0.0,
            money_stated=False,
            name_word_credit=1.0,
            pronoun_carry=False,
            pronoun_names=0.0,
            lede_names=0.0,
            described_names=0.0,
            it_subjects=0.0,
            aged_names=0.0,
            count_stated=False,
            time_stated=False,
            precedent_boost=0.0,
            form_verbs_optional=False,
            future_stated=False,
            headline_counts=False,
            name_stated=False,
            numbers_say_which=False,
            people_asked_as_people=False,
            prior_sentences=0.0,
            start_first=0.0,
            how_to_asks=False,
            future_first=0.0,
            quoted_weight=1.0,
            done_by_first=0.0,
            described_first=0.0,
            extent_first=0.0,
            often_first=0.0,
            named_first=0.0,
            based_first=0.0,
            age_stated=False,
            named_after_lede=False,
            stock_first=0.0,
            whole_counts_first=0.0,
            which_named=0.0,
            age_first=0.0,
            clock_first=False,
            going_first=0.0,
            source_first=False,
            advice_first=0.0,
            deed_asked=False,
            predecessor_stated=False,
            measure_stated=False,
        ),
    ),
    ("+ related forms (WordNet: owns → owner)", dict(related_forms=True)),
    ("+ synonyms of words the story lacks (WordNet)", dict(synonym_weight=0.5)),
    ("+ pivoted length normalisation", dict(pivot=0.7)),
    ("+ lead prior (first paragraphs first)", dict(lead_weight=0.15)),
    ("+ a stronger lead prior for when-questions", dict(when_lead_weight=0.3)),
    ("+ who / where / why answer types", dict(answer_types=("time", "number", "person", "place", "reason"))),
    ("+ headline words count in the lede (half weight)", dict(headline_weight=0.5)),
    ("+ word pairs (bigrams) in the ranking", dict(bigram_weight=0.5)),
    ("+ synonyms of words the story uses too (quarter weight)", dict(used_synonym_weight=0.25)),
    ("+ antonyms in yes-or-no questions (right → wrong)", dict(yes_no_opposites=True)),
    ("+ common verbs ask nothing (names suffice)", dict(common_verbs_ask_nothing=True)),
    ("+ a story lacking the question's names does not answer", dict(names_in_story=True)),
    ("+ how many X: a number just before X (three astronauts)", dict(counted_boost=1.0)),
    ("+ a common verb the passage lacks does not lower coverage", dict(optional_common_verbs=True)),
    ("+ the stories' names in a question typed in lower case", dict(story_names=True)),
    ("+ how much / big / long / old, what share: an amount with its unit, an age", dict(measure_boost=1.0)),
    ("+ when will: a time still to come (until Thursday)", dict(future_boost=0.5)),
    ("+ a word's rarity within the story searched (local IDF, square root)", dict(local_idf=0.5)),
    ("+ when: a paragraph that states no time weighs half", dict(undated_weight=0.5)),
    ("+ the story's subject (headline, lede's opening) in every paragraph, half credit", dict(subject_credit=0.5)),
    ("+ verbs of saying find one another (announce → said)", dict(saying_verbs=True)),
    ("+ where: a paragraph that names no place weighs half", dict(placeless_weight=0.5)),
    ("+ a clipped word is the story's whole one (decaf → decaffeinated)", dict(clipped_words=True)),
    ("+ no story named: the story whose subject the question's words are", dict(subject_story_choice=True)),
    ("+ how big / hot / high: the attribute it asks for (size, temperature, height)", dict(attribute_weight=1.5)),
    ("+ yes or no: a denial answers too (No one was hurt)", dict(denial_boost=0.5)),
    ("+ a name stemming would join to a word kept whole (Fitly, fitness)", dict(whole_names=True)),
    ("+ what did X say / how did X react: a quotation answers", dict(quote_boost=2.0)),
    ("+ could / will ...?: a sentence that looks ahead answers too (could rise)", dict(modal_boost=0.5)),
    ("+ who / what is the X: every word of X in the passage (police chief)", dict(whole_thing_asked=True)),
    ("+ a word found no other way: its two-word synonyms as word pairs (CEO)", dict(phrase_synonyms=True)),
    ("+ who / what is the X: the next passage holding X answers, at half the score (president)", dict(asked_first=0.5)),
    ("+ a word found no other way: the kinds WordNet puts under it (symptoms: fever)", dict(kinds=True)),
    ("+ how many / how much: a paragraph that holds no number weighs three quarters", dict(numberless_weight=0.75)),
    ("+ a synonym's form in another part of speech, at three quarters (hurt: injured)", dict(synonym_forms=0.75)),
    ("+ what is X, X bare: the paragraph that first names X, at half the score (phonics)", dict(definition_first=0.5)),
    ("+ what / how will ...?: a sentence that looks ahead, a quarter more (would give credits)", dict(will_boost=0.25)),
    ("+ how much ... cost / pay / earn?: only a paragraph that states an amount of money", dict(money_stated=True)),
    (
        "+ a word in lower case that the stories write as a name, half credit (bread: Winter Bread)",
        dict(name_word_credit=0.5),
    ),
    (
        "+ a sentence opening with a pronoun lends what it holds to the one before (It is 1.1 times as wide)",
        dict(pronoun_carry=True),
    ),
    (
        "+ how many X: only a paragraph in which a number counts X (31 of the district's schools)",
        dict(count_stated=True),
    ),
    ("+ a question naming a time (last year, in 2019): only a paragraph stating a time in it", dict(time_stated=True)),
    (
        "+ has it happened before?: a sentence telling of what came before (the third in four years)",
        dict(precedent_boost=0.5),
    ),
    (
        "+ how did X react?, where is X based?: the verb asks nothing, as say does",
        dict(form_verbs_optional=True),
    ),
    ("+ when will X?: only a paragraph that looks ahead (will, plans to, a later date)", dict(future_stated=True)),
    ("+ how many X: a number the headline counts X with counts X where it is repeated", dict(headline_counts=True)),
    ("+ what is the name of X?: only a paragraph with a name beside X", dict(name_stated=True)),
    (
        "+ a number in the question says which: alone in a paragraph it answers nothing (the other two farms)",
        dict(numbers_say_which=True),
    ),
    (
        "+ who is the X?, X a word for a person: only people stand for it (government is no governor)",
        dict(people_asked_as_people=True),
    ),
    (
        "+ a prior of ordinary English in every word's rarity (100 sentences, by WordNet's SemCor counts)",
        dict(prior_sentences=100.0),
    ),
    ("+ when does X start?: a time given as a start first (frozen from 1 April)", dict(start_first=0.5)),
    ("+ how do I X?: a common verb alone does not say how (we made it illegal: no pancakes)", dict(how_to_asks=True)),
    ("+ what will X?: a paragraph that looks ahead first (where the rocket will launch from)", dict(future_first=0.5)),
    ("+ when, where, how many: a quoted sentence weighs 0.8 (quotes seldom state facts)", dict(quoted_weight=0.8)),
    ("+ who VERB X?: a paragraph naming who did it after by first (made by the University)", dict(done_by_first=0.5)),
    ("+ who is / how old is NAME?: a paragraph saying so beside the name (Pruitt, 71,)", dict(described_first=0.1)),
    ("+ who is the X?: a paragraph writing a name beside X first (Judge Maria Esteban)", dict(named_first=0.5)),
    ("+ where is X based?: a paragraph saying so first (Corvan Therapeutics of San Diego)", dict(based_first=0.5)),
    ("+ a sentence opening with a pronoun holds the names before it, a quarter (Its coach)", dict(pronoun_names=0.25)),
    ("+ how old is NAME?: only a paragraph that gives an age (not founded in 2024 by Okafor)", dict(age_stated=True)),
    ("+ a lede about someone described holds the names of the paragraph after (A man who ...)", dict(lede_names=1.0)),
    ("+ and the sentences naming them hold the lede's words for them (the hiker)", dict(described_names=1.0)),
    ("+ who was found?: the paragraph naming whom the lede describes (Lindqvist, 61)", dict(named_after_lede=True)),
    ("+ a paragraph opening with It holds the subject of the one before (It works by ...)", dict(it_subjects=0.75)),
    ("+ a paragraph opening with an age holds the names of the one before (The 26-year-old)", dict(aged_names=1.0)),
    ("+ how many X does Y have?: a count of what there is first (has 212 million)", dict(stock_first=0.5)),
    ("+ when was X done?: only a paragraph that tells the deed (built, founded)", dict(deed_asked=True)),
    ("+ who was X before NAME?: only a paragraph that tells a succession (succeeded)", dict(predecessor_stated=True)),
    ("+ how deep / fast?, how long did X last?: only an amount in its unit (12 tonnes)", dict(measure_stated=True)),
    ("+ how long is the X?: a paragraph with a length or a span on X first (the 182km stage)", dict(extent_first=0.1)),
    ("+ how often?: a paragraph saying how often first (weekly); what nationality?: Brazilian", dict(often_first=0.1)),
    ("+ which X?: a paragraph naming an X first (Exeter County Court, not outside court)", dict(which_named=0.5)),
    (
        "+ how many X?: a number of X first, not a share of them (140 patients, not 54% of)",
        dict(whole_counts_first=0.5),
    ),
    ("+ how old is the X?: a paragraph giving an age first (installed in 1958)", dict(age_first=0.1)),
    ("+ what time did it happen?: the first paragraph with a time of day (at about 4.20am)", dict(clock_first=True)),
    (
        "+ where was X going?: a paragraph with a place it goes to first (to a cement works in Cheshire)",
        dict(going_first=0.1),
    ),
    (
        "+ who published the figures?: the paragraph naming their source (according to Rightmove)",
        dict(source_first=True),
    ),
    ("+ what should X do?: a paragraph giving advice first (should contact their airline)", dict(advice_first=0.25)),
]


def compare(paths: Sequence[Path]) -> str:
    """A Markdown table: the usual baselines, then each step of Storybot's engine, on every file."""
    from knowledge.baselines import BM25Paragraphs, SklearnParagraphs
    from knowledge.decision import AnswerRule
    from knowledge.index import TfidfIndex

    loaded = [load_question_file(p) for p in paths]
    rows: list[tuple[str, list[dict[str, Score]]]] = []
    for name, ranker in (
        ("scikit-learn TfidfVectorizer defaults, paragraphs", SklearnParagraphs),
        (
            "BM25 with stemming (bm25s), paragraphs",
            BM25Paragraphs,
        ),
    ):
        try:
            rows.append((name, [evaluate(data, ranker(list(lib.stories.values()))) for data, lib in loaded]))
        except ImportError:
            continue
    settings: dict[str, Any] = {}
    rule_fields = {f.name for f in fields(AnswerRule)}
    for name, change in STEPS:
        settings.update(change)
        rule = AnswerRule(**{k: v for k, v in settings.items() if k in rule_fields})
        index_settings = {k: v for k, v in settings.items() if k not in rule_fields}
        results = []
        for data, library in loaded:
            library.index = TfidfIndex(**index_settings).fit(list(library.stories.values()))
            library.rule = rule
            results.append(evaluate(data, library))
        rows.append((name, results))
    stories = sorted({k for _, results in rows[:1] for r in results for k in r if k != "all"})
    head = "| ranking | " + " | ".join(stories) + " | all top-1 | all top-3 | paraphrased top-1 | right decisions |"
    lines = [head, "|---" * (len(stories) + 5) + "|"]
    for name, results in rows:
        merged = _merged(results)  # a story asked about in several files: all its questions together
        r = merged["all"].row()
        cells = [_cell(merged[s].row()["top1"]) if s in merged else "-" for s in stories]
        lines.append(
            f"| {name} | " + " | ".join(cells) + f" | {_cell(r['top1'])} | {_cell(r['top3'])} | "
            f"{_cell(r['paraphrased_top1'])} | {_cell(r['decisions'])} |"
        )
    return "\n".join(lines)


def _merged(results: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Several files' scores added up by key (story id or ``all``)."""
    merged: dict[str, Score] = {}
    for result in results:
        for key, score in result.items():
            merged[key] = merged.get(key, Score()) + score
    return merged


def evaluate_one_story(data: dict[str, Any], library: Library, top: int = 3) -> dict[str, Score]:
    """Each story of ``library`` in a library of its own, as when an admin drops one article:
    its questions asked with no story named, and every out-of-scope question of ``data`` asked
    of it (a word's weight depends on how much text the library holds)."""
    bundled = bundled_id()
    parts = []
    for story_id, story in library.stories.items():
        own = [q for q in data.get("questions") or [] if _story_of(q["story"], bundled) == story_id]
        part = {"questions": own, "out_of_scope": data.get("out_of_scope") or []}
        parts.append(evaluate(part, Library([story]), top=top, named=False))
    return _merged(parts)


def _one_story(paths: Sequence[Path], lower_case: bool = False) -> int:
    """Print the scores of every file's stories, each in a library of its own."""
    for path in paths:
        data, library = load_question_file(path, lower_case)
        print(f"## {path}: each story in a library of its own\n\n{format_table(evaluate_one_story(data, library))}\n")
    return 0


def _whole_library(paths: Sequence[Path], lower_case: bool = False) -> int:
    """Print the scores of every file's questions asked of one library holding every file's stories."""
    loaded = [load_question_file(p, lower_case) for p in paths]
    stories = {s.id: s for _, library in loaded for s in library.stories.values()}
    library = Library(list(stories.values()))
    merged = _merged(evaluate(data, library, named=False) for data, _ in loaded)
    print(f"## {len(stories)} stories in one library, no story named\n\n{format_table(merged)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="question files (YAML)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--misses", action="store_true", help="list the questions not right at top-1")
    parser.add_argument("--compare", action="store_true", help="baselines and each engine step, all files")
    parser.add_argument(
        "--whole-library", action="store_true", help="ask every question of all the files' stories at once"
    )
    parser.add_argument(
        "--one-story", action="store_true", help="ask each story's questions, and every out-of-scope one, of it alone"
    )
    parser.add_argument(
        "--lower-case", action="store_true", help="ask every question in lower case, as many people type"
    )
    args = parser.parse_args(argv)
    missing = [p for p in args.files if not p.is_file()]
    if missing:
        print(f"error: no question file {missing[0]}", file=sys.stderr)
        return 2
    if args.whole_library:
        return _whole_library(args.files, args.lower_case)
    if args.one_story:
        return _one_story(args.files, args.lower_case)
    if args.compare:
        print(compare(args.files))
        return 0
    for path in args.files:
        data, library = load_question_file(path, args.lower_case)
        scores = evaluate(data, library)
        quotes = evaluate_quotes(data, library)
        if args.json:
            rows = {k: s.row() for k, s in scores.items()}
            extra = {
                "quotes": {k: asdict(q) for k, q in quotes.items()},
                "timeline_mistakes": evaluate_timeline(data, library),
                "summary_missing_facts": evaluate_summary_facts(data, library),
            }
            print(json.dumps({"file": str(path), "scores": rows, **extra}))
            continue
        print(f"## {path}\n\n{format_table(scores)}\n")
        if quotes:
            print(format_quote_scores(quotes) + "\n")
        for story, mistakes in evaluate_timeline(data, library).items():
            total = len((data.get("timeline") or {}).get(story, [])) or len(mistakes)
            print(f"- timeline, {story}: {total - len(mistakes)}/{total} events with the right date")
            print("".join(f"  - {m}\n" for m in mistakes), end="")
        for story, missing in evaluate_summary_facts(data, library).items():
            total = len((data.get("summary_facts") or {}).get(story, []))
            print(
                f"- summary, {story}: {total - len(missing)}/{total} facts"
                + "".join(f"; missing {m!r}" for m in missing)
            )
        if args.misses and "all" in scores:
            print("\n".join(f"- {m}" for m in scores["all"].misses) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
