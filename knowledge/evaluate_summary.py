"""Score the summarisers with ROUGE: ``python -m knowledge.evaluate_summary FILE``.

``FILE`` is YAML with ``summaries``: a list of ``{story, reference}``, the reference written by
a person. Stories are looked up in the bundled folder, in ``stories/`` beside the file and in
``../shared/eval/stories`` beside the project when it is there (and in any ``--stories DIR``).
Prints ROUGE-1 and ROUGE-2 F1 (stemmed) of lead-3, TextRank and Storybot's summary, per story
and on average. Needs ``rouge-score`` (a development dependency).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from knowledge.evaluate import BUNDLED_FOLDER
from knowledge.loader import load_folder
from knowledge.story import Story
from knowledge.summary import LeadSummarizer, StorySummarizer, Summarizer, TextRankSummarizer

SHARED_STORIES = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "stories"
SUMMARIZERS: dict[str, Summarizer] = {
    "lead-3": LeadSummarizer(),
    "TextRank": TextRankSummarizer(),
    "Storybot": StorySummarizer(),
}
METRICS = ("rouge1", "rouge2")


def load_stories(folders: Sequence[Path]) -> dict[str, Story]:
    """Every story in ``folders`` that exist, by id (the first of a duplicated id wins)."""
    stories: dict[str, Story] = {}
    for folder in folders:
        if folder.is_dir():
            for story in load_folder(folder)[0]:
                stories.setdefault(story.id, story)
    return stories


def score(references: list[dict[str, str]], stories: dict[str, Story], n: int = 3) -> dict[str, dict[str, dict]]:
    """``{story: {summariser: {metric: F1}}}`` plus a ``mean`` row."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    table: dict[str, dict[str, dict]] = {}
    for item in references:
        story = stories[item["story"]]
        row = table[story.id] = {}
        for name, summarizer in SUMMARIZERS.items():
            summary = " ".join(s.text for s in summarizer.summarize(story, n))
            result = scorer.score(item["reference"], summary)
            row[name] = {m: result[m].fmeasure for m in METRICS}
    table["mean"] = {
        name: {m: sum(table[s][name][m] for s in table) / len(references) for m in METRICS} for name in SUMMARIZERS
    }
    return table


def format_table(table: dict[str, dict[str, dict]]) -> str:
    """A Markdown table: one row per story, ROUGE-1 / ROUGE-2 for each summariser."""
    names = list(SUMMARIZERS)
    head = "| story | " + " | ".join(f"{n} R-1 / R-2" for n in names) + " |"
    lines = [head, "|---" * (len(names) + 1) + "|"]
    for story, row in table.items():
        cells = [f"{row[n]['rouge1']:.3f} / {row[n]['rouge2']:.3f}" for n in names]
        label = f"**{story}**" if story == "mean" else story
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge.evaluate_summary", description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path, help="reference summaries (YAML)")
    parser.add_argument("--stories", type=Path, action="append", default=[], metavar="DIR", help="more stories")
    parser.add_argument("--sentences", type=int, default=3, help="summary length (default 3)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(f"error: no reference file {args.file}", file=sys.stderr)
        return 2
    references = (yaml.safe_load(args.file.read_text(encoding="utf-8")) or {}).get("summaries") or []
    stories = load_stories([BUNDLED_FOLDER, args.file.parent / "stories", SHARED_STORIES, *args.stories])
    missing = sorted({r["story"] for r in references} - set(stories))
    if missing:
        print(f"note: skipping references to stories not found: {', '.join(missing)}", file=sys.stderr)
        references = [r for r in references if r["story"] in stories]
    if not references:
        print("error: no reference names a story that was found", file=sys.stderr)
        return 2
    table = score(references, stories, args.sentences)
    print(json.dumps(table) if args.json else format_table(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
