"""The terminal chat: ``python main.py chat``. Plain text asks; slash commands steer."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from bot import terminal
from knowledge import KnowledgeError, Library

HELP = """Ask anything about the story in plain words. Commands:
  /stories         list the stories
  /story ID        ask only this story (/story alone: all stories)
  /quotes [NAME]   the story's quotations, or one speaker's
  /summary [N]     a summary in N sentences (1 to 10, default 3)
  /timeline        the story's events in date order
  /reload          read the story files again (added, changed, removed)
  /help            this help
  /quit            leave (quit, exit and Ctrl-D work too)"""


#: What leaves the chat: the commands, and the bare words people type for them.
_LEAVING = frozenset({"/quit", "/exit", "quit", "exit"})


class Chat:
    """A read-eval-print loop over a :class:`Library`, reading ``stdin`` and writing ``stdout``."""

    def __init__(
        self,
        library: Library,
        story: str | None = None,
        top: int = 3,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
    ) -> None:
        self.library = library
        self.story = story
        self.top = top
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.color = self.stdout.isatty()
        self.commands: dict[str, Callable[[str], str]] = {
            "help": lambda _: HELP,
            "stories": lambda _: terminal.format_stories(self.library),
            "story": self._switch,
            "quotes": self._quotes,
            "summary": self._summary,
            "timeline": self._timeline,
            "reload": self._reload,
        }

    def run(self) -> int:
        """Chat until ``/quit`` (or *quit*, *exit*, as people type it) or end of input; returns
        the exit status."""
        self._say(self._greeting())
        while True:
            if self.stdin.isatty():
                self.stdout.write("you> ")
                self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                return 0
            line = line.strip()
            if not line:
                continue
            if line.lower().rstrip(".!") in _LEAVING:
                return 0
            self._say(self.respond(line))

    def respond(self, line: str) -> str:
        """The reply to one line of input."""
        if line.startswith("/"):
            name, _, rest = line[1:].partition(" ")
            command = self.commands.get(name.lower())
            if command is None:
                return f"Unknown command /{name}. Type /help for the commands."
            try:
                return command(rest.strip())
            except KnowledgeError as exc:
                return f"Sorry: {exc}"
        answer = self.library.ask(line, story=self.story, top=self.top)
        return terminal.format_answer(answer, self.library, color=self.color, choose="/story ID")

    def _greeting(self) -> str:
        ids = ", ".join(self.library.stories)
        scope = f"story {self.story}" if self.story else f"{len(self.library.stories)} story(ies): {ids}"
        return f"Storybot, on {scope}. Ask a question, or /help."

    def _switch(self, story: str) -> str:
        if not story:
            self.story = None
            return "Now asking all stories."
        self.story = self.library.story(story).id
        return f"Now asking {self.library.story(story).title}."

    def _quotes(self, speaker: str) -> str:
        story = self.library.only_story(self.story)
        return terminal.format_quotes(story, self.library.quotes(story.id, speaker or None), speaker or None)

    def _summary(self, sentences: str) -> str:
        count = int(sentences) if sentences.strip().isdigit() else None
        if sentences.strip() and (count is None or not 1 <= count <= 10):
            return f"/summary takes a number of sentences from 1 to 10, not {sentences.strip()!r}."
        story = self.library.only_story(self.story)
        return terminal.format_summary(story, self.library.summary(story.id, count or 3))

    def _timeline(self, _: str) -> str:
        story = self.library.only_story(self.story)
        return terminal.format_timeline(story, self.library.timeline(story.id))

    def _reload(self, _: str) -> str:
        self.library, changes = self.library.reload()
        if self.story is not None and self.story not in self.library.stories:
            self.story = None
        return f"Reloaded: {changes.summary()}."

    def _say(self, text: str) -> None:
        self.stdout.write(text + "\n\n")
        self.stdout.flush()
