"""Storybot's command line. ``python main.py --help`` lists the commands.

Heavy imports (discord, scikit-learn) happen inside the command that needs them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO

EXIT_USAGE = 2


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr)
    from bot.config import ConfigError
    from knowledge.errors import KnowledgeError

    try:
        return COMMANDS[args.command or "run"](args)
    except (ConfigError, KnowledgeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader left (``| head``); nothing more to say
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="Storybot answers questions about news stories, in Discord or here.",
        epilog="Without a command, runs the Discord bot.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str, story: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.add_argument("--config", metavar="PATH", help="config file (default: config.yaml)")
        sub.add_argument("--knowledge", metavar="DIR", help="folder of stories (default: from the config)")
        if story:
            sub.add_argument("--story", metavar="ID", help="the story to use (see `stories`)")
        return sub

    command("run", "run the Discord bot", story=False)
    command("sync", "sync the slash commands with Discord globally, then exit", story=False)
    ask = command("ask", "answer a question; `-` reads one question per line from standard input")
    ask.add_argument("question", type=_question, help="the question, or - for standard input")
    ask.add_argument("--top", type=_bounded(1, 10), metavar="K", help="passages to show (1 to 10)")
    ask.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    stories = command("stories", "list the stories", story=False)
    stories.add_argument("--json", action="store_true", help="print JSON")
    command("chat", "chat with the engine in this terminal")
    quotes = command("quotes", "list a story's direct quotations and who said them")
    quotes.add_argument("--speaker", metavar="NAME", help="only this speaker (any part of the name)")
    quotes.add_argument("--json", action="store_true", help="print JSON")
    summary = command("summary", "summarise a story in a few of its own sentences")
    summary.add_argument("--sentences", type=_bounded(1, 10), default=3, metavar="N", help="1 to 10 (default 3)")
    summary.add_argument("--json", action="store_true", help="print JSON")
    timeline = command("timeline", "a story's events in date order")
    timeline.add_argument("--json", action="store_true", help="print JSON")
    playground = command("playground", "try the bot in a local Discord-like web page (no token)", story=False)
    playground.add_argument("--port", type=_bounded(1024, 65535), metavar="N", help="loopback port (default: any free)")
    playground.add_argument("--open", action="store_true", help="open the page in the default browser")
    parser.set_defaults(config=None, knowledge=None)
    return parser


def _question(text: str) -> str:
    """A question given on the command line: not blank."""
    if text != "-" and not text.strip():
        raise argparse.ArgumentTypeError("the question is empty (give one, or - to read them from standard input)")
    return text


def _bounded(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}, not {value}")
        return value

    return parse


def _setup(args: argparse.Namespace) -> tuple[Any, Any]:
    """The config and the library that a command works on."""
    from bot.config import load_config
    from knowledge import Library

    config = load_config(args.config)
    folder = args.knowledge or config.knowledge_path
    return config, Library.from_folder(folder, cache=config.knowledge.cache)


def _story_for(args: argparse.Namespace, config: Any, library: Any) -> Any:
    """The one story a one-story command works on."""
    return library.only_story(getattr(args, "story", None) or config.knowledge.default_story)


def _print_json(obj: Any, out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def cmd_run(args: argparse.Namespace) -> int:
    from bot.runner import run_bot

    return run_bot(args.config, knowledge=args.knowledge)


def cmd_sync(args: argparse.Namespace) -> int:
    from bot.runner import run_bot

    return run_bot(args.config, knowledge=args.knowledge, sync_only=True)


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.terminal import format_answer
    from knowledge import Answer

    config, library = _setup(args)
    story = args.story
    if story is not None:
        library.story(story)
    top = args.top or config.answers.passages
    color = sys.stdout.isatty()
    for question, usable in _questions(args.question):
        answer = library.ask(question, story=story, top=top) if usable else Answer(question, False)
        if args.json:
            _print_json(answer.to_dict())
        else:
            print(format_answer(answer, library, color=color), end="\n\n" if args.question == "-" else "\n", flush=True)
    return 0


def _questions(argument: str) -> Iterator[tuple[str, bool]]:
    """The questions to answer, each with whether it can be asked at all."""
    if argument != "-":
        yield argument, bool(argument.strip())
        return
    for raw in sys.stdin.buffer:
        line = raw.rstrip(b"\r\n")
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            yield line.decode("utf-8", errors="replace"), False
            continue
        yield text, bool(text.strip())


def cmd_stories(args: argparse.Namespace) -> int:
    from bot.terminal import format_stories

    _, library = _setup(args)
    if args.json:
        _print_json(library.describe())
    else:
        print(format_stories(library))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.chat import Chat

    config, library = _setup(args)
    if args.story is not None:
        library.story(args.story)
    return Chat(library, story=args.story, top=config.answers.passages).run()


def cmd_quotes(args: argparse.Namespace) -> int:
    from bot.terminal import format_quotes

    config, library = _setup(args)
    story = _story_for(args, config, library)
    quotes = library.quotes(story.id, speaker=args.speaker)
    if args.json:
        _print_json({"story": story.id, "quotes": [q.to_dict() for q in quotes]})
    else:
        print(format_quotes(story, quotes, args.speaker))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from bot.terminal import format_summary

    return _show_view(args, lambda library, story: library.summary(story, args.sentences), format_summary)


def cmd_timeline(args: argparse.Namespace) -> int:
    from bot.terminal import format_timeline

    return _show_view(args, lambda library, story: library.timeline(story), format_timeline)


def _show_view(args: argparse.Namespace, compute: Callable[[Any, str], Any], render: Callable[[Any, Any], str]) -> int:
    """A one-story view (summary, timeline) as JSON or text."""
    config, library = _setup(args)
    story = _story_for(args, config, library)
    view = compute(library, story.id)
    if args.json:
        _print_json(view.to_dict())
    else:
        print(render(story, view))
    return 0


def cmd_playground(args: argparse.Namespace) -> int:
    from bot import playground

    if not playground.available():
        print(playground.MISSING, file=sys.stderr)
        return EXIT_USAGE
    logging.getLogger().setLevel(logging.INFO)
    config, library = _setup(args)
    return playground.run_playground(config, library, port=args.port, open_page=args.open)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "sync": cmd_sync,
    "ask": cmd_ask,
    "stories": cmd_stories,
    "chat": cmd_chat,
    "quotes": cmd_quotes,
    "summary": cmd_summary,
    "timeline": cmd_timeline,
    "playground": cmd_playground,
}

if __name__ == "__main__":
    raise SystemExit(main())
