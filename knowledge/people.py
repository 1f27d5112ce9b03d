"""Who is who in a story: the names it mentions, and what its pronouns and descriptions refer to.

Rules of English news writing, not of one article: a name is a run of capitalised words (a title
such as ``Dr.`` or ``Superintendent`` before it is not part of it); a surname alone or a shorter
form refers to the fullest form of the name used in the story; a description put next to a name
(``Brian Acton, the WhatsApp co-founder``, ``general manager Daniel Okafor``, ``a researcher named
Aleksandr Kogan``) describes that name; a pronoun or a description without such a link refers to
the most recent compatible name (a person for ``he``, an organisation for ``the company``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from knowledge.analysis import IRREGULAR_FORMS, STOP_WORDS, stem
from knowledge.story import Paragraph, Story
from knowledge.synonyms import person_nouns

#: Irregular plurals (``longshoremen``, ``women``, ``children``): their possessive describes.
#: (The past forms and comparatives among the irregular forms never take 's.)
_PLURALS = IRREGULAR_FORMS | {"people"}

#: A word: initialisms (``U.S.``) whole, otherwise letters with inner apostrophes and hyphens.
WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_][\w'’\-]*")

#: Titles and honorifics written before a name; never part of the name.
TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother
    president vice chairman chairwoman chair chief ceo cfo cto coo executive director manager
    superintendent principal dean chancellor provost mayor governor gov senator sen representative
    rep congressman congresswoman councilman councilwoman councillor councilor commissioner
    secretary minister premier prime king queen prince princess judge justice attorney general gen
    colonel col captain capt lieutenant lt sergeant sgt officer detective det inspector sheriff
    deputy coach pope bishop rabbi imam nurse doctor spokesman spokeswoman spokesperson
    striker defender goalkeeper midfielder forward quarterback pitcher catcher guard
    engineer analyst economist researcher scientist lawyer reporter author artist founder
    co-founder chef pastor commander cmdr admiral adm corporal cpl ambassador astronaut pilot marshal
    trooper councilmember assemblyman assemblywoman paramedic firefighter teacher student
    farmer rancher driver volunteer activist physician surgeon biologist historian technician
    referee umpire grandmaster champion insp supt maj pvt pc dc ds dci mp mep msp mla""".split()
)
#: Abbreviated titles that end with a period which does not end the sentence.
_ABBREVIATIONS = frozenset("mr mrs ms mx dr prof rev fr gov sen rep gen col capt lt sgt det st jr sr".split())
#: Lower-case words inside a name (``Ludwig van Beethoven``).
#: The lower-case words inside a name (*Anneke de Vries*, *Jan van Goyen*).
PARTICLES = frozenset("van von der den de del della da das dos di du la le ter ten bin ibn al el".split())
#: Words that end a company or institution's name.
_ORG_WORDS = frozenset(
    """inc inc. corp corp. co co. ltd llc plc gmbh company corporation group holdings university
    college school schools district board council committee commission department agency ministry
    institute association foundation society bank party court hospital police office network
    times post news journal press union league club team fund trust authority service services
    administration bureau center centre church city county state republic academy museum federation
    alliance coalition embassy consulate parliament senate congress assembly cabinet army navy""".split()
)
#: The words that open an organisation's name with *of* after them (*Association of American
#: Railroads*, *University of Iceland*); after another name, *of* gives a place (*Ellen Voss of
#: Sorrel Bay*).
OF_NAMES = _ORG_WORDS
#: Head nouns of descriptions of an organisation rather than a person.
ORG_NOUNS = _ORG_WORDS | frozenset(
    """firm business startup company government agency platform site website app service
    maker manufacturer retailer carrier airline channel station newspaper paper outlet publisher
    organization organisation charity nonprofit operator provider utility regulator developer
    studio label brand chain store network company's restaurant cafe café bistro diner bar pub hotel
    bakery brewery winery distillery shop gallery theatre theater cinema venue""".split()
)
#: Calendar words are capitalised but never name a speaker.
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
#: What gendered words say of the person they describe or refer to.
_GENDER = {
    **dict.fromkeys(
        """he him his himself mr man boy father son brother husband uncle king prince actor
        spokesman chairman businessman congressman councilman grandfather sir lord nephew grandson
        boyfriend widower stepfather stepson""".split(),
        "male",
    ),
    **dict.fromkeys(
        """she her hers herself mrs ms miss woman girl mother daughter sister wife aunt queen princess
        actress spokeswoman chairwoman businesswoman congresswoman councilwoman grandmother dame lady
        niece granddaughter girlfriend widow stepmother stepdaughter""".split(),
        "female",
    ),
}
#: Possessives in a description, which speak of someone else: *his niece*, *her husband*.
_OTHERS = frozenset({"his", "her", "hers"})
_NARRATIVE_PRONOUNS = {w: g for w, g in _GENDER.items() if w in {"his", "him", "himself", "her", "hers", "herself"}}
PLURAL_PRONOUNS = frozenset({"they", "them"})
ORG_PRONOUNS = frozenset({"it"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
#: Words after which a verb's form describes the noun that follows (*the recalled bags*, *its
#: stated aim*): the determiners but *that*, which also opens a clause (*a report that said*).
DESCRIBING = DETERMINERS - {"that"}
#: Relative words and verbs that end a description's noun phrase.
_PHRASE_END = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "said", "says", "told", "is", "was"})

Position = tuple[int, int]  # (paragraph number, offset in the paragraph)


class Token(NamedTuple):
    """A word with its place in a text (a named tuple: stories hold many thousands)."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def possessive(self) -> bool:
        return self.lower.endswith(("'s", "’s"))

    @property
    def owns(self) -> bool:
        """A possessive that owns what follows (*Facebook's Zuckerberg*), not one that describes
        it as part of a name: an irregular plural's (*Longshoremen's Association*, *Women's March*)."""
        return self.possessive and self.lower[:-2] not in _PLURALS

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        return self.text[:-2] if self.possessive else self.text


def tokens(text: str, offset: int = 0) -> list[Token]:
    """The words of ``text`` with offsets (plus ``offset``).

    >>> [t.text for t in tokens("Dr. Hannah Cole's U.S. study")]
    ['Dr', 'Hannah', "Cole's", 'U.S.', 'study']
    """
    if offset:
        return [Token(m.group(), m.start() + offset, m.end() + offset) for m in WORD.finditer(text)]
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


#: A plural verb right after a name, which no one person takes; and a name that is the second of two.
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\b")
_PAIRED = re.compile(r"\band\s+$")


@dataclass(frozen=True)
class Mention:
    """A name as the story writes it (title removed), where it is, and what surrounds it."""

    name: str
    words: tuple[str, ...]
    position: Position
    end: int
    title: str = ""  # the title or honorific written before it (``Superintendent``)
    the: bool = False  # written after "the": a group or an organisation, not a person


@dataclass
class Entity:
    """A person or organisation: the fullest form of its name and what the story says of it."""

    name: str
    person: int = 0  # evidence it is a person
    org: int = 0  # evidence it is an organisation
    descriptions: list[tuple[Position, str]] = field(default_factory=list)
    male: int = 0  # evidence of "he"
    female: int = 0  # evidence of "she"
    place: bool = False  # named as a place (*Airport Station*, *Pike Avenue*): no one who speaks
    titled: bool = False  # written after a title (*Dr. Helen Park*): a person, whatever the name ends with

    def fits(self, gender: str | None) -> bool:
        """Whether the story's evidence allows ``gender`` (``"male"``, ``"female"`` or None)."""
        if gender == "male":
            return self.male >= self.female
        if gender == "female":
            return self.female >= self.male
        return True

    @property
    def kind(self) -> str | None:
        """``"person"``, ``"org"``, ``"place"`` or None when the story gives no evidence either way."""
        if self.place and not self.titled:
            return "place"
        if self.person > self.org:
            return "person"
        if self.org > self.person:
            return "org"
        return None


def description_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A description's core noun phrase: its stemmed content words and its proper modifiers.

    >>> sorted(description_words("the WhatsApp co-founder who became a billionaire")[0])
    ['co-found', 'whatsapp']
    """
    content: set[str] = set()
    proper: set[str] = set()
    for token in tokens(text):
        if token.lower in _PHRASE_END:
            break
        if token.lower in STOP_WORDS or (token.possessive and not token.capitalised):
            continue  # (*the team's coach* is a coach, not the team)
        content.add(stem(token.bare.lower()))
        if token.capitalised and token.lower not in TITLES and not token.text.isupper():
            proper.add(token.bare.lower())
    return frozenset(content), frozenset(proper)


def head_noun(text: str) -> str | None:
    """The last content word of a description's core noun phrase, before ``of``/``for``/``who``."""
    head = None
    for token in tokens(text):
        if token.lower in _PHRASE_END or token.lower in {"of", "for", "at", "with", "from", "in", "on"}:
            if head is not None:
                break
            continue
        if token.lower not in STOP_WORDS:
            head = token.bare.lower()
    return head


def compatible(description: str, other: str) -> int:
    """How well two descriptions match: shared content words, or 0 when they conflict.

    They conflict when both name something proper and nothing proper is shared
    (``the Facebook co-founder`` is not ``the WhatsApp co-founder``).

    >>> compatible("the spokeswoman", "a spokeswoman for BrightHome")
    1
    >>> compatible("the Facebook co-founder and CEO", "the WhatsApp co-founder")
    0
    >>> compatible("the team", "The team's coach")  # whose coach says what he is not
    0
    """
    words_a, proper_a = description_words(description)
    words_b, proper_b = description_words(other)
    if proper_a and proper_b and not proper_a & proper_b:
        return 0
    return len(words_a & words_b)


class Cast:
    """The names of a story and the entities they refer to.

    Parameters
    ----------
    story : Story
        The story.
    quoted : mapping of paragraph number to (start, end) spans
        Spans inside quotation marks: names there are spoken, not narrated, and are ignored.

    Examples
    --------
    >>> from knowledge.story import build_story
    >>> cast = Cast(build_story("s", "T\\n\\nDr. Priya Nair, a spokeswoman for BrightHome, spoke. Nair left."))
    >>> cast.name("Nair", (1, 50)), cast.entity("Priya Nair").kind
    ('Priya Nair', 'person')
    """

    def __init__(self, story: Story, quoted: dict[int, Sequence[tuple[int, int]]] | None = None) -> None:
        self.story = story
        quoted = quoted or {}
        self._tokens = {p.number: tokens(p.text) for p in story.paragraphs}
        lower_words = {t.text for words in self._tokens.values() for t in words if t.text.islower()}
        self.mentions: list[Mention] = []
        for paragraph in story.paragraphs:
            spans = quoted.get(paragraph.number, ())
            starts = {s.start for s in paragraph.sentences} | {end + 1 for _, end in spans}
            words = self._tokens[paragraph.number]
            self.mentions.extend(_mentions(paragraph.number, paragraph.text, words, spans, starts, lower_words))
        self._quoted = quoted
        self._keep_titled_names()
        self.entities: dict[str, Entity] = {}
        self._canonical: dict[tuple[str, ...], str] = {}
        self._build()
        self._pronoun_genders()

    # -- building ---------------------------------------------------------------------------

    def _keep_titled_names(self) -> None:
        """Put a title back when what follows is not a known person's surname (``General Motors``)."""
        surnames = {m.words[-1] for m in self.mentions if len(m.words) > 1}
        for k, mention in enumerate(self.mentions):
            if len(mention.words) > 1 or not mention.title or mention.words[0] in surnames:
                continue
            if mention.title.lower().rstrip(".") in _ABBREVIATIONS:
                continue
            number, start = mention.position
            begin = start - len(mention.title) - 1
            text = self.story.paragraph(number).text
            if begin >= 0 and text[begin:start].startswith(mention.title):
                words = tuple(mention.title.split()) + mention.words
                written = text[begin : mention.end]
                self.mentions[k] = Mention(written, words, (number, begin), mention.end, "", mention.the)

    def _build(self) -> None:
        full = [m for m in self.mentions if len(m.words) > 1]
        self._by_last: dict[str, list[Mention]] = {}
        self._by_first: dict[str, list[Mention]] = {}
        self._first_written: dict[tuple[str, ...], Position] = {}  # where each form is first written
        for mention in self.mentions:
            first = self._first_written.get(mention.words)
            if first is None or mention.position < first:
                self._first_written[mention.words] = mention.position
        for mention in full:
            self._by_last.setdefault(mention.words[-1], []).append(mention)
            self._by_first.setdefault(mention.words[0], []).append(mention)
        written = {m.words: m.name for m in reversed(full)}
        for mention in full:
            self._canonical[mention.words] = written[_fullest(mention.words, list(written))]
        # A surname alone with a gendered title (*Ms Crumb*) is read last, when what the story
        # says of each full name that ends with it is known (*his granddaughter, Harriet Crumb*).
        titled = [len(m.words) == 1 and bool(_GENDER.get(m.title.lower().rstrip("."))) for m in self.mentions]
        order = [k for k, last in enumerate(titled) if not last] + [k for k, last in enumerate(titled) if last]
        for k in order:
            mention = self.mentions[k]
            name = self.name(f"{mention.title} {mention.name}" if titled[k] else mention.name, mention.position)
            entity = self.entities.setdefault(name, Entity(name))
            if mention.title:
                entity.person += 1
                entity.titled = True
                entity.descriptions.append((mention.position, mention.title))
                self._gender(entity, mention.title)
            entity.org += any(w.lower().rstrip(".") in _ORG_WORDS for w in mention.words[1:])
            entity.place = entity.place or (len(mention.words) > 1 and mention.words[-1] in _PLACE_HEADS)
            if mention.the:
                entity.org += 1
            elif len(mention.words) == 1 and name != mention.name and not mention.title and not entity.org:
                entity.person += 1  # a surname used alone (not *Crestmoor* of *Crestmoor Property Group*)
            self._describe(entity, mention)

    def _describe(self, entity: Entity, mention: Mention) -> None:
        """Record the descriptions the text puts next to ``mention``, and what they say of it."""
        number, start = mention.position
        text = self.story.paragraph(number).text
        after = text[mention.end :]
        if len(mention.words) > 1 and _PLURAL_VERB.match(after) and not _PAIRED.search(text[:start]):
            entity.org += 1  # *Blackmoor Rovers have signed*: a team (not *Bill and Maureen Hetherington have*)
        match = re.match(r",\s+(who|which|that)\b", after)  # (*the security service, PST, that ...*)
        if match:
            if match.group(1) == "who":
                entity.person += 1
            else:
                entity.org += 1
            return
        match = re.match(r",\s+((?:[a-z]|[A-Z][\w-]*['’]s\s)[^,;:.()\"“”]{2,120})[,.;]", after)
        if match and not _starts_clause(tokens(match.group(1))[0]):
            self._add_description(entity, (number, start), match.group(1))
        set_off = after.startswith(",") or _OF_PLACE.match(after)  # *Ellen Voss of Sorrel Bay, said*
        match = _DESCRIPTION_BEFORE.search(text[:start]) if set_off else None
        if match and not any(stem(t.lower) in _SPEECH for t in tokens(match.group(1))):
            # "The museum's director, Helen Kowalski, said"
            self._add_description(entity, (number, start), match.group(1))
        before = [t for t in self._tokens[number] if t.end <= start]
        edge = start
        marked = bool(before) and before[-1].lower in {"named", "called"} and text[before[-1].end : start].isspace()
        if marked:
            edge = before.pop().start
        words: list[Token] = []
        for token in reversed(before[-6:]):
            if not text[token.end : edge].isspace():
                break
            if token.lower in STOP_WORDS or token.lower in _NOT_DESCRIPTION or token.possessive:
                break
            if not token.capitalised and (token.lower.endswith(("ing", "ed")) or stem(token.lower) in _SPEECH):
                break
            words.insert(0, token)
            edge = token.start
        if not words or words[-1].capitalised:
            return
        description = " ".join(t.text for t in words)
        # One capitalised word after lower-case ones is a name only after a word for a company
        # (*the smartphone maker Orbis*): *the Dutch* or *the mayor Tom* would be no name.
        if len(mention.words) > 1 or marked or head_noun(description) in ORG_NOUNS:
            self._add_description(entity, (number, start), description)

    def _gender(self, entity: Entity, description: str) -> None:
        """A gendered title or noun (``Mr.``, ``spokeswoman``) outweighs pronouns nearby."""
        for word in _words(description):
            if word in _OTHERS:
                continue  # *His great-great-niece*: "his" is someone else
            word = word.rsplit("-", 1)[-1]  # *great-great-niece*
            if _GENDER.get(word) == "male":
                entity.male += 3
            elif _GENDER.get(word) == "female":
                entity.female += 3

    def _pronoun_genders(self) -> None:
        """Narrative pronouns (``In her first season``) count for the person named just before."""
        by_paragraph: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            by_paragraph.setdefault(mention.position[0], []).append(mention)
        for paragraph in self.story.paragraphs:
            named = by_paragraph.get(paragraph.number, [])
            if not named:
                continue
            for token in self._tokens[paragraph.number]:
                gender = _NARRATIVE_PRONOUNS.get(token.lower)
                if gender is None or any(a <= token.start < b for a, b in self._quoted.get(paragraph.number, ())):
                    continue
                before = [m for m in named if m.position[1] < token.start]
                if not before or _object_of(paragraph, token, before[-1].position[1]):
                    continue
                if _after_preposition(paragraph.text, before[-1].position[1]):
                    continue  # *In a letter to Prime Minister Anton Kessler, she said*: not Kessler
                entity = self.entities[self.name(before[-1].name, before[-1].position)]
                if entity.kind == "person" or (entity.kind is None and len(before[-1].words) > 1):
                    setattr(entity, gender, getattr(entity, gender) + 1)

    def _add_description(self, entity: Entity, position: Position, text: str) -> None:
        entity.descriptions.append((position, text))
        self._gender(entity, text)
        head = head_noun(text)
        if head is None:
            return
        if head in _PLACE_NOUNS:  # *Carrick Cove, a village of about 400 people*: no one who speaks
            entity.place = True
            return
        if head in ORG_NOUNS:
            entity.org += 1
        else:
            entity.person += 1

    # -- lookups ----------------------------------------------------------------------------

    def name(self, written: str, position: Position) -> str:
        """The fullest form in the story of the name ``written`` at ``position``."""
        written_words = tuple(t.bare for t in tokens(written))
        words = tuple(_strip_titles(written_words))
        if not words:
            return written
        if words in self._canonical:
            return self._canonical[words]
        candidates = [
            m for m in self._by_last.get(words[-1], ()) if len(m.words) > len(words) and _is_short_form(words, m.words)
        ]
        if not candidates:  # an organisation by its first words: *Crestmoor* of *Crestmoor Property Group*,
            # named in full before the story first writes them alone (*in Wexley* is the town, not
            # *Wexley Magistrates' Court*)
            alone = self._first_written.get(words, position)
            candidates = [
                m
                for m in self._by_first.get(words[0], ())
                if len(m.words) > len(words)
                and m.words[: len(words)] == words
                and _ends_as_org(m.words)
                and m.position < min(alone, position)
            ]
        if not candidates and len(words) == 1:  # a person by first name, after their full name
            # (*Aisha said*, after *Aisha Rahman, a pupil at ...*): one person, named before
            first = [m for m in self._by_first.get(words[0], ()) if len(m.words) > 1 and m.position < position]
            full = {self._canonical.get(m.words, m.name) for m in first}
            entity = self.entities.get(next(iter(full))) if len(full) == 1 else None
            if entity is not None and entity.kind == "person" and words[0] not in self._by_last:
                candidates = first
        if not candidates:
            return " ".join(words) if len(words) > 1 else written.strip()
        if len({self._canonical.get(m.words, m.name) for m in candidates}) > 1:
            # Family members share a surname; news calls them by full or first name after the
            # first, and the surname alone (*Ms. Calloway*) is the person the story is about,
            # unless its title says which (*Ms Crumb* after *Walter Crumb ...; his granddaughter,
            # Harriet Crumb*)
            gender = next((_GENDER.get(w.lower().rstrip(".")) for w in written_words[: -len(words)]), None)
            fitting = [m for m in candidates if self._fits(m, gender)] if gender else []
            # (or one the story shows nothing against: *Mrs Hetherington* after *Mr Hetherington*
            # is not Bill of *Bill and Maureen Hetherington*)
            allowed = [m for m in candidates if self._allows(m, gender)] if gender else []
            chosen = (fitting or allowed or candidates)[0]
        else:
            before = [m for m in candidates if m.position < position]
            chosen = before[-1] if before else candidates[0]
        return self._canonical.get(chosen.words, chosen.name)

    def _allows(self, mention: Mention, gender: str) -> bool:
        """Whether nothing the story shows of ``mention``'s entity, as built so far, is against ``gender``."""
        entity = self.entities.get(self._canonical.get(mention.words, mention.name))
        return entity is None or entity.fits(gender)

    def _fits(self, mention: Mention, gender: str) -> bool:
        """Whether what the story shows of ``mention``'s entity, as built so far, is of ``gender``."""
        entity = self.entities.get(self._canonical.get(mention.words, mention.name))
        return entity is not None and entity.fits(gender) and (entity.male or entity.female) > 0

    def entity(self, name: str) -> Entity | None:
        """The entity whose fullest name is ``name``."""
        return self.entities.get(name)

    def recent(
        self,
        position: Position,
        kinds: Iterable[str | None],
        description: str | None = None,
        gender: str | None = None,
        subject: bool = False,
    ) -> str | None:
        """The most recent entity before ``position`` of one of ``kinds`` (tried in order; a
        full name of no known kind in ``position``'s paragraph counts as a person).

        With ``description``, entities that the story describes in a conflicting way are
        skipped; with ``gender``, those the story shows to be of the other; with ``subject``
        (``position`` is a subject pronoun's), those named after a preposition earlier in its
        paragraph (*In a letter to Anton Kessler, she said*: not Kessler).
        """
        before = [m for m in self.mentions if m.position < position]
        if subject:
            before = [m for m in before if not self._object_before(m, position)]
        for kind in kinds:
            for mention in reversed(before):
                name = self.name(mention.name, mention.position)
                entity = self.entities[name]
                unknown = entity.kind is None and len(mention.words) > 1
                # a full name of no known kind in the pronoun's own paragraph is nearer than a
                # person named before it (*Fisherman Colm Brady ... "...," he said*)
                here = kind == "person" and None in kinds and unknown and mention.position[0] == position[0]
                if not (entity.kind == kind and (kind is not None or unknown)) and not here:
                    continue
                if description and any(_conflicts(description, d) for _, d in entity.descriptions):
                    continue
                if not entity.fits(gender):
                    continue
                return name
        return None

    def _object_before(self, mention: Mention, position: Position) -> bool:
        """Whether ``mention`` follows a preposition in the paragraph that holds ``position``:
        *In a letter to Anton Kessler, she said*, *Sian Pritchard, of the charity Carers Wales,
        said ... "...," she said*, *museums in New York and Los Angeles*; or describes a thing
        after *a* (*a small O'Keeffe watercolor*)."""
        text = self.story.paragraph(mention.position[0]).text
        if _ATTRIBUTIVE_BEFORE.search(text[: mention.position[1]]) and _NOUN_AFTER.match(text[mention.end :]):
            return True  # *she bought a small O'Keeffe watercolor*: the painter is no one here
        if mention.position[0] != position[0]:
            return False
        paragraph = self.story.paragraph(position[0])
        at = mention.position[1]
        preposition = _preposition_before(paragraph.text, at)
        same = any(s.start <= at < s.end and s.start <= position[1] < s.end for s in paragraph.sentences)
        # (in a sentence before, *by* names a doer: *The crew is led by Commander Maria Lindqvist*)
        return preposition is not None and (same or preposition != "by")

    def described(self, description: str, position: Position) -> str | None:
        """The entity the story describes as ``description`` next to its name, if any."""
        best: tuple[int, int, Position] | None = None
        chosen = None
        for entity in self.entities.values():
            for where, text in entity.descriptions:
                score = compatible(description, text)
                if score == 0:
                    continue
                key = (score, where < position, where if where < position else (-where[0], -where[1]))
                if best is None or key > best:
                    best, chosen = key, entity.name
        return chosen

    def resolve(self, subject: str, position: Position) -> str | None:
        """The speaker that ``subject`` (a name, pronoun or description) at ``position`` refers to."""
        words = tokens(subject)
        if not words:
            return None
        first = words[0].lower
        if len(words) == 1 and first in PERSON_PRONOUNS:
            return self.recent(position, ("person", None), gender=_GENDER[first], subject=True)
        if len(words) == 1 and first in PLURAL_PRONOUNS:
            return self.recent(position, ("person", "org", None))
        if len(words) == 1 and first in ORG_PRONOUNS:
            return self.recent(position, ("org",))
        if first in {"i", "we", "you"}:
            return None
        if first in DETERMINERS or not words[0].capitalised or words[0].possessive:
            return self._resolve_description(subject, position)
        return self.name(subject, position)

    def _org_here(self, position: Position) -> str | None:
        """The most recent name before ``position`` in its paragraph of an organisation, else of
        no known kind (*MedPlus, based in Columbus*: MedPlus)."""
        here = [m for m in self.mentions if m.position < position and m.position[0] == position[0]]
        for kind in ("org", None):
            for mention in reversed(here):
                name = self.name(mention.name, mention.position)
                if self.entities[name].kind == kind:
                    return name
        return None

    def _named_by_head(self, head: str, position: Position) -> str | None:
        """The most recent name before ``position`` of two words or more that ends with the
        description's head noun: news calls *the Maritime Alliance* "the alliance" after naming it."""
        for mention in reversed([m for m in self.mentions if m.position < position]):
            name = self.name(mention.name, mention.position)
            words = name.split()
            if len(words) > 1 and words[-1].lower() == head:
                return name
        return None

    def _resolve_description(self, description: str, position: Position) -> str | None:
        linked = self.described(description, position)
        if linked:
            return linked
        head = head_noun(description)
        first = tokens(description)[0]
        if first.capitalised and first.possessive and first.lower not in DETERMINERS and head is not None:
            return _core(description)  # *Mr Frost's family said*: his family, not Frost
        indefinite = first.lower in {"a", "an"}
        if head is None or indefinite:
            return _core(description)
        named = self._named_by_head(head, position)
        if named:  # "the alliance" after "the United States Maritime Alliance"
            return named
        if head in ORG_NOUNS:  # (*Pomegranate said ... the company said*: the one named in its paragraph)
            named = self._org_here(position) or self.recent(position, ("org", None))
            # (*The Russian embassy*, after *PST*: a description with a name of its own is no other's)
            own = {t.lower for t in tokens(description)[1:] if t.capitalised}
            if named and own and not own & {w.lower() for w in named.split()}:
                return _core(description)
            return named or _core(description)
        if _plural(head):  # *The judges called it "a loaf with real character"*: not the baker
            return _core(description)
        gender = next((_GENDER[w] for w in _words(description) if w in _GENDER), None)
        return self.recent(position, ("person", None), description, gender) or _core(description)


def _plural(noun: str) -> bool:
    """Whether ``noun`` (lower case) is a plural in *-s*: *judges*, *officials* (not *boss*,
    *bus*, *analysis*)."""
    return len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


_SPEECH = frozenset(stem(w) for w in "say said tell told add ask write note".split())
#: A description set off before a name by commas, opening its sentence or clause or after a
#: preposition: *The museum's director, Helen Kowalski, said*, *an investigation by the security
#: service, PST*; it starts with a determiner or a possessive.
_DESCRIPTION_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\b(?:by|from|of|with|for|to|at)\s+)"
    r"((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s)"
    r"(?:\s+[a-z][\w'’-]*){1,4}),\s+$"
)
#: Where a person is from, between their name and the comma that ends it: *Ellen Voss of Sorrel Bay,*.
#: The last words of names of places (*Airport Station*, *Pike Avenue*, *Marren River*): a
#: pronoun does not refer to one, nor does one speak.
_PLACE_HEADS = frozenset(
    "Street Avenue Road Boulevard Highway Station Airport Park Square Bridge Lake River Bay Island "
    "County Valley Harbor Harbour Beach Peninsula Mountain Mountains Canyon Creek Forest".split()
)
#: The head nouns of descriptions of a place (*a village of about 400 people*, *a fishing town
#: farther up the coast*).
_PLACE_NOUNS = frozenset(
    """village town city county region state country island neighborhood neighbourhood suburb
    district port coast valley province capital hamlet""".split()
)
_OF_PLACE = re.compile(r"\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},")
#: Words that start a clause, not a description, after a name and a comma.
_NOT_DESCRIPTION = frozenset(
    """and or but who which whose where when while said says told added asked according as if
    because since although though after before then so yet also however""".split()
)
#: Verbs that open a clause after a name and a comma (*Dunmore, Ohio, has 190 stores*).
_CLAUSE_VERBS = frozenset("is are was were has have had will would can could may might must should did does".split())


def _starts_clause(token: Token) -> bool:
    """Whether a lower-case word after a name and a comma opens a clause rather than a
    description: a conjunction, a verb (*has 190 stores*) or a participle (*including a
    lifeboat*); a description is a noun phrase (*a retired teacher*)."""
    word = token.lower
    verb = word in _CLAUSE_VERBS or (token.text.islower() and word.endswith(("ing", "ed")))
    return word in _NOT_DESCRIPTION or verb


def _mentions(
    number: int,
    text: str,
    all_words: list[Token],
    quoted: Sequence[tuple[int, int]],
    starts: set[int],
    lower_words: set[str],
) -> list[Mention]:
    """The names written in one paragraph (its ``all_words``), outside ``quoted`` spans."""
    words = [t for t in all_words if not any(a <= t.start < b for a, b in quoted)]
    out: list[Mention] = []
    i = 0
    while i < len(words):
        if not words[i].capitalised:
            i += 1
            continue
        run = [words[i]]
        while i + len(run) < len(words) and not run[-1].owns:
            nxt = words[i + len(run)]
            gap = text[run[-1].end : nxt.start]
            if not _joins(gap, run[-1]):
                break
            particle = nxt.lower in PARTICLES and i + len(run) + 1 < len(words) and words[i + len(run) + 1].capitalised
            if not (nxt.capitalised or particle):
                break
            run.append(nxt)
        i += len(run)
        mention = _mention(number, text, run, starts, lower_words)
        if mention:
            out.append(mention)
    return _shared_surnames(text, out)


def _shared_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a first name alone before *and* and a full name given the full name's
    surname: *Bill and Maureen Hetherington* names Bill Hetherington too."""
    out = list(mentions)
    for k, (one, two) in enumerate(itertools.pairwise(mentions)):
        if (
            len(one.words) == 1
            and len(two.words) == 2
            and not one.title
            and not one.the
            and text[one.end : two.position[1]] == " and "
            and not {w.lower() for w in two.words} & _ORG_WORDS
        ):
            words = (one.words[0], two.words[-1])
            out[k] = replace(one, name=" ".join(words), words=words)
    return out


#: Letters written after a name for a rank or an honour (*Sarah Quinn KC*, *Jo Cox MP*): not of the name.
_POSTNOMINALS = frozenset("kc qc mp msp mep mla mbe obe cbe kbe dbe".split())


def _person_word(word: str) -> bool:
    """Whether the lower-cased ``word`` makes a person (:func:`person_nouns`), or is a compound
    ending in one that WordNet lacks (*headteacher*: *teacher*)."""
    nouns = person_nouns()
    return word in nouns or any(word[k:] in nouns for k in range(3, len(word) - 4))


def _joins(gap: str, previous: Token) -> bool:
    """Whether two capitalised words separated by ``gap`` belong to one name."""
    if gap.isspace() or gap == " & ":  # (*Crumb & Co*, *Procter & Gamble*)
        return True
    short = len(previous.text) == 1 or previous.lower in _ABBREVIATIONS
    return short and gap.startswith(".") and gap[1:].isspace()


def _mention(number: int, text: str, run: list[Token], starts: set[int], lower_words: set[str]) -> Mention | None:
    """A mention from a run of capitalised words, without a common word that starts a sentence."""
    first = run[0]
    at_start = first.start in starts or not text[: first.start].strip() or text[: first.start].rstrip()[-1:] in '"“(—'
    if at_start and (first.lower in STOP_WORDS or first.lower in lower_words):
        run = run[1:]
    if not run:
        return None
    the = first.lower == "the" or bool(re.search(r"(?:^|\W)the\s*$", text[: run[0].start], re.IGNORECASE))
    last_title = max((k for k, t in enumerate(run[:-1]) if _is_title(t.text)), default=-1)
    if last_title < 0 and at_start and len(run) > 2 and run[-1].lower not in _ORG_WORDS:
        last_title = 0 if _person_word(run[0].lower) else -1  # *Fisherman Colm Brady said*
    titles = [t.text for t in run[: last_title + 1]]
    run = run[last_title + 1 :]
    while run and run[0].lower in _CALENDAR:
        run = run[1:]
    while len(run) > 1 and run[-1].text.isupper() and run[-1].lower in _POSTNOMINALS:
        run = run[:-1]  # (*Sarah Quinn KC* is the *Ms Quinn* who speaks later)
    if not run or run[-1].lower in _CALENDAR or all(t.text.isupper() and t.lower in TITLES for t in run):
        return None
    words = tuple(t.bare for t in run)
    name = text[run[0].start : run[-1].start] + run[-1].bare
    return Mention(name, words, (number, run[0].start), run[-1].end, " ".join(titles), the)


def _object_of(paragraph: Paragraph, token: Token, named_at: int) -> bool:
    """Whether ``token`` (*him*, or *her* ending a phrase) is the object of a verb in the same
    sentence as the name at ``named_at``: then it is someone else (*Sorokina praised him*), as
    English would say *herself* otherwise."""
    follows = paragraph.text[token.end : token.end + 2].lstrip()
    if not (token.lower == "him" or (token.lower == "her" and (not follows or follows[0] in ".,;:!?"))):
        return False
    return any(s.start <= named_at < s.end and s.start <= token.start < s.end for s in paragraph.sentences)


#: Prepositions whose object a name can be (*a letter to Anton Kessler*, *talks with Lina Ortiz*).
_PREPOSITIONS = frozenset("to with from for by of at in on against about toward towards than".split())


def _after_preposition(text: str, start: int) -> bool:
    """Whether the name at ``start`` (its titles aside) follows a preposition: it is then an
    object, and a pronoun later in the sentence is rarely it."""
    return _preposition_before(text, start) is not None


#: *a* or *an*, and an adjective maybe, before a name that a noun follows: the name describes
#: the noun (*a small O'Keeffe watercolor*).
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b(?<!\bwho)(?<!\bwhich)(?<!\bthat)(?<!\bsaid)(?<!\bsays)")


def _preposition_before(text: str, start: int) -> str | None:
    """The preposition that the name at ``start`` follows, its titles aside, or a determiner and
    a noun (*of the charity Carers Wales*); None when it follows none."""
    words = text[:start].split()
    while words and _is_title(words[-1].strip(",.")):
        words.pop()
    if len(words) > 2 and words[-2].lower() in DETERMINERS and words[-1].isalpha() and words[-1].islower():
        words = words[:-2]
    elif len(words) > 1 and words[-1].lower() in DETERMINERS:  # *Dr. Marco Ferraro of the European ...*
        words = words[:-1]
    if len(words) > 2 and words[-1] in ("and", "or") and words[-2][:1].isupper():  # *in New York and Los Angeles*
        words.pop()
        while len(words) > 1 and words[-1][:1].isupper() and not words[-1].endswith(","):
            words.pop()
    return words[-1] if words and words[-1] in _PREPOSITIONS else None


def _strip_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name as written without the titles before it (*Headteacher Angela Marsh*, as
    :func:`_mention` reads one) and the letters after it (*Mark Ellison KC*)."""
    while len(words) > 1 and words[-1].isupper() and words[-1].lower() in _POSTNOMINALS:
        words = words[:-1]
    last_title = max((k for k, w in enumerate(words[:-1]) if _is_title(w)), default=-1)
    if last_title < 0 and len(words) > 2 and _person_word(words[0].lower()):
        last_title = 0
    return words[last_title + 1 :]


#: A capitalised word with a lower-case part after a hyphen describes, it does not name:
#: *Eleventh-grader Nadia Farouk*, *Co-founder Ann Lee* (a name's parts are capitalised: *Jean-Luc*).
_HYPHENATED_DESCRIPTION = re.compile(r"[A-Z][a-z]*-[a-z]")


def _is_title(word: str) -> bool:
    """Whether ``word`` before a name is a title or description rather than part of the name."""
    return word.lower().rstrip(".") in TITLES or bool(_HYPHENATED_DESCRIPTION.match(word))


def _ends_as_org(words: tuple[str, ...]) -> bool:
    """Whether a name ends with a word for an organisation (*Crestmoor Property Group*)."""
    return words[-1].lower().rstrip(".") in _ORG_WORDS


def _is_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``Nair`` or ``Mark Zuckerberg`` as a form of ``Priya Nair``, ``Mark Elliot Zuckerberg``."""
    if short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(word in rest for word in short)


def _fullest(words: tuple[str, ...], names: list[tuple[str, ...]]) -> tuple[str, ...]:
    return max((n for n in names if _is_short_form(words, n)), key=len, default=words)


def _conflicts(description: str, other: str) -> bool:
    """Both describe the same kind of thing with different proper modifiers."""
    words_a, proper_a = description_words(description)
    words_b, proper_b = description_words(other)
    return bool(words_a & words_b) and bool(proper_a and proper_b) and not proper_a & proper_b


def _words(text: str) -> list[str]:
    return [t.lower.rstrip(".") for t in tokens(text)]


#: A count or share of a group before the group: what speaks is the group.
_COUNT_OF = re.compile(
    r"^\s*(?:the|a)\s+(?:number|share|proportion|percentage|majority|minority|third|quarter|half)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _core(description: str) -> str:
    """A description's core noun phrase as written, for a speaker the story never names; of a
    count or share of a group, the group (*the number of students who said*: *students*)."""
    description = _COUNT_OF.sub("", description, count=1)
    out = []
    for token in tokens(description):
        if token.lower in _PHRASE_END:
            break
        out.append(token)
    if not out:
        return description.strip()
    return description[out[0].start : out[-1].end]
