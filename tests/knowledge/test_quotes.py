"""Quotations and speakers: a table of attribution patterns, the shipped and test articles."""

from __future__ import annotations

import pytest

from knowledge import Library
from knowledge.evaluate import evaluate_quotes, load_question_file
from knowledge.loader import load_folder
from knowledge.quotes import extract_quotes, quote_spans
from knowledge.story import build_story
from tests.conftest import DATA, DEV_SET, needs_shared


def quotes_of(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(build_story("s", "Title\n\n" + body))]


# Each case: article text (paragraphs separated by blank lines) and the quotations expected,
# in order, as (text, speaker). None of them is from the bundled or the shared article.
ATTRIBUTIONS = [
    pytest.param('"It was a mistake," Ana Ruiz said.', [("It was a mistake", "Ana Ruiz")], id="quote-name-said"),
    pytest.param('"We will appeal," said Sam Hart.', [("We will appeal", "Sam Hart")], id="quote-said-name"),
    pytest.param('Ana Ruiz said: "Nothing was sold."', [("Nothing was sold.", "Ana Ruiz")], id="name-said-colon"),
    pytest.param(
        'Priya Nair, the company\'s head of research, told The Times "Nothing was sold."',
        [("Nothing was sold.", "Priya Nair")],
        id="name-appositive-told-listener",
    ),
    pytest.param(
        'Priya Nair runs research at BrightHome.\n\n"It was a mistake," Nair said.',
        [("It was a mistake", "Priya Nair")],
        id="surname-links-to-full-name",
    ),
    pytest.param(
        '"We will rebuild," said general manager Daniel Okafor.',
        [("We will rebuild", "Daniel Okafor")],
        id="lowercase-title-not-in-name",
    ),
    pytest.param(
        'Superintendent Lisa Park spoke last. "We listened," Park said.',
        [("We listened", "Lisa Park")],
        id="capitalised-title-not-in-name",
    ),
    pytest.param(
        'Dr. Hannah Cole led the study.\n\n"Sleep matters," Dr. Cole said.',
        [("Sleep matters", "Hannah Cole")],
        id="honorific-and-surname",
    ),
    pytest.param(
        'Ana Ruiz, a spokeswoman for BrightHome, spoke first.\n\n"We are reviewing the claims," the spokeswoman said.',
        [("We are reviewing the claims", "Ana Ruiz")],
        id="description-links-to-appositive-name",
    ),
    pytest.param(
        'BrightHome spokeswoman Ana Ruiz spoke first.\n\n"No one was hurt," a spokeswoman for BrightHome said.',
        [("No one was hurt", "Ana Ruiz")],
        id="description-links-to-pre-name-description",
    ),
    pytest.param(
        'BrightHome, a maker of smart thermostats, issued a recall.\n\n"We take this seriously," the company said.',
        [("We take this seriously", "BrightHome")],
        id="the-company-is-the-organisation",
    ),
    pytest.param(
        '"No comment," a spokeswoman for BrightHome said.',
        [("No comment", "a spokeswoman for BrightHome")],
        id="unnamed-description-kept-as-written",
    ),
    pytest.param(
        'Mayor Tom Reyes opened the meeting. Later, the mayor called the plan "a disaster for commuters."',
        [("a disaster for commuters.", "Tom Reyes")],
        id="partial-quote-title-as-description",
    ),
    pytest.param(
        'Ms. Dana Lee chaired. Mr. Omar Haddad spoke after her. "We will vote," she said.',
        [("We will vote", "Dana Lee")],
        id="pronoun-takes-compatible-person",
    ),
    pytest.param(
        "Omar Haddad chairs the board. In his view the vote was close.\n\nDana Lee, a councilwoman, spoke next.\n\n"
        '"We will try again," he said.',
        [("We will try again", "Omar Haddad")],
        id="pronoun-skips-person-of-other-gender",
    ),
    pytest.param(
        "The Facebook co-founder Mark Zuckerberg spoke. Brian Acton, the WhatsApp co-founder, left.\n\n"
        '"I am sorry," the Facebook co-founder said.',
        [("I am sorry", "Mark Zuckerberg")],
        id="description-with-other-proper-modifier-skips-name",
    ),
    pytest.param(
        'Kim Lee spoke first. "We waited 30 years," Lee said. "It is finally here."\n\n"And we are not done."',
        [("We waited 30 years", "Kim Lee"), ("It is finally here.", "Kim Lee"), ("And we are not done.", "Kim Lee")],
        id="quote-goes-on-next-sentence-and-paragraph",
    ),
    pytest.param(
        'Mayor Tom Reyes opened the meeting.\n\n"This is the first part of a long statement.\n\n'
        '"And this is the second part," he added.',
        [("This is the first part of a long statement.", "Tom Reyes"), ("And this is the second part", "Tom Reyes")],
        id="open-paragraph-takes-speaker-of-its-continuation",
    ),
    pytest.param(
        '"Our customers," Ana Ruiz said, "deserve better."',
        [("Our customers", "Ana Ruiz"), ("deserve better.", "Ana Ruiz")],
        id="attribution-between-two-parts",
    ),
    pytest.param('"Why now?" asked Jordan Lee, a student.', [("Why now?", "Jordan Lee")], id="question-mark-stays"),
    pytest.param(
        "“We’re proud of them,” Coach Amy Tran said.", [("We’re proud of them", "Amy Tran")], id="curly-quotes"
    ),
    pytest.param(
        'Dana Ruiz spoke. According to Ruiz, "the sensors were recalled."',
        [("the sensors were recalled.", "Dana Ruiz")],
        id="according-to",
    ),
    pytest.param(
        'The company was "surprised," its CEO, Jane Doe, said.', [("surprised", "Jane Doe")], id="description-then-name"
    ),
    pytest.param(
        '"We will rebuild," Okafor, who joined in 2019, said. Daniel Okafor runs the trust.',
        [("We will rebuild", "Daniel Okafor")],
        id="fullest-name-used-later",
    ),
    pytest.param(
        "Alex Moreno chairs the board. 'We will try again,' he said. It's the board's third try.",
        [("We will try again", "Alex Moreno")],
        id="single-quote-marks-when-no-double",
    ),
    pytest.param(
        'Engineers shipped the so-called "fix" on Monday. A report titled "Sleep And School" followed. '
        'The film "The Social Network" was shown. He wrote that 6" of snow fell.',
        [],
        id="scare-quotes-titles-and-inches-are-not-quotations",
    ),
    pytest.param(
        "Wales scrapped most hospital parking charges in 2008, officials said.\n\n"
        "Patient groups welcomed the move. Sian Pritchard, of the charity Carers Wales, said families of "
        "long-stay patients could spend more than £500 over a few months. "
        "'For some carers it was a choice between parking and heating,' she said.",
        [("For some carers it was a choice between parking and heating", "Sian Pritchard")],
        id="she-is-not-the-charity-named-after-of",
    ),
    pytest.param(
        'Orbit says it redesigned the hinge with a "waterdrop" fold. Polyform said it was "heartbroken" by the news.',
        [("heartbroken", "Polyform")],
        id="a-quoted-word-inside-a-phrase-names-a-thing",
    ),
    pytest.param(
        'The Harbor Workers Union, which represents about 45,000 workers, said the strike would last "as long as it '
        'takes."',
        [("as long as it takes.", "Harbor Workers Union")],
        id="relative-clause-with-a-number-comma",
    ),
    pytest.param(
        "Harold Daggett spoke first. The United States Maritime Alliance made an offer.\n\n"
        '"Our offer is fair," the alliance said.',
        [("Our offer is fair", "United States Maritime Alliance")],
        id="description-repeats-the-names-last-word",
    ),
    pytest.param(
        'The International Longshoremen\'s Association said: "We will not move."',
        [("We will not move.", "International Longshoremen's Association")],
        id="irregular-plural-possessive-inside-a-name",
    ),
    pytest.param(
        'Facebook\'s Zuckerberg said: "We made mistakes."',
        [("We made mistakes.", "Zuckerberg")],
        id="owning-possessive-before-a-name",
    ),
    pytest.param(
        '"It is the closest," said Anneke de Vries, a curator. Jan van Goyen said: "We are not done."',
        [("It is the closest", "Anneke de Vries"), ("We are not done.", "Jan van Goyen")],
        id="a-lower-case-particle-inside-a-name",
    ),
    pytest.param(
        'Professor Martin Hale of the Courtauld Institute said the drawing was "very probably from his circle."',
        [("very probably from his circle.", "Martin Hale")],
        id="of-the-institution-is-where-the-speaker-is-from",
    ),
    pytest.param(
        '"We let them down," said Nimbus\'s chief executive, Ravi Subramanian.',
        [("We let them down", "Ravi Subramanian")],
        id="owner-and-title-then-a-comma-before-the-name",
    ),
    pytest.param(
        'Governor Helena Varga spoke. Varga did not rule it out, saying the board would decide "meeting by meeting."',
        [("meeting by meeting.", "Helena Varga")],
        id="participle-of-saying-after-a-comma-has-the-clauses-subject",
    ),
    pytest.param(
        'Bayport coach Lars Nilsen congratulated the Lions but said his team had been "the better side."',
        [("the better side.", "Lars Nilsen")],
        id="coordinated-verbs-share-the-subject",
    ),
    pytest.param(
        '"We would rather be late than sorry," said Helix chief executive Daniel Okafor at a news conference.',
        [("We would rather be late than sorry", "Daniel Okafor")],
        id="said-organisation-titles-name",
    ),
    pytest.param(
        'Eleventh-grader Nadia Farouk spoke at the meeting. She said: "I want to know right away."',
        [("I want to know right away.", "Nadia Farouk")],
        id="a-hyphenated-description-before-a-name",
    ),
    pytest.param(
        "Regulators fined the smartphone maker Orbis after a complaint from the music service Tunely."
        '\n\nOrbis said it would appeal. "The decision is wrong," the company said.',
        [("The decision is wrong", "Orbis")],
        id="a-word-for-a-company-before-a-one-word-name",
    ),
    pytest.param(
        "Dr. Ann Cole runs the ward.\n\nSt. Brendan's, a 320-bed hospital, is the only trauma center. "
        'Paramedic Luis Ortega said the detour added half an hour. "That is a long time," he said.',
        [("That is a long time", "Luis Ortega")],
        id="saint-s-is-a-place-and-an-occupation-a-title",
    ),
    pytest.param(
        "Detective Owen Marsh leads the case.\n\nThe museum's director, Helen Kowalski, said the alarm was off. "
        '"We will answer for that," she said.',
        [("We will answer for that", "Helen Kowalski")],
        id="description-before-the-name",
    ),
    pytest.param(
        'The crew is led by Commander Maria Lindqvist.\n\n"We will keep training," she said.',
        [("We will keep training", "Maria Lindqvist")],
        id="military-title-not-in-name",
    ),
    pytest.param(
        "Peter Voss was a deckhand.\n\nWreckage, including a lifeboat, washed ashore. His great-great-niece, "
        'Ellen Voss of Sorrel Bay, said the family grieved. "Now we know where he is," she said.',
        [("Now we know where he is", "Ellen Voss")],
        id="participle-no-description-kin-word-and-of-place",
    ),
    pytest.param(
        "Harvest Lane will buy Cole's Markets.\n\nHarvest Lane's chief executive, Daniel Okoye, said prices "
        'would fall. "Scale lets us buy better," he said.\n\nIts chief executive, Linda Cole, will join the board.',
        [("Scale lets us buy better", "Daniel Okoye")],
        id="description-before-a-name-after-a-company-possessive",
    ),
    pytest.param(
        '"We let riders down," said Denise Okafor.\n\nThe contractor, Vantor Rail Systems of Pittsburgh, said in a '
        'statement that it was "working around the clock" to fix it.',
        [("We let riders down", "Denise Okafor"), ("working around the clock", "Vantor Rail Systems")],
        id="company-of-place-said-that-it",
    ),
    pytest.param(
        'He drew with Grandmaster Elena Sorokina.\n\nSorokina, 31, praised him. "He made no mistake," she said.',
        [("He made no mistake", "Elena Sorokina")],
        id="a-chess-title-before-the-name",
    ),
    pytest.param(
        "It goes to the House.\n\nThe Association of American Railroads said in a statement that there was "
        '"no evidence" of it.',
        [("no evidence", "Association of American Railroads")],
        id="an-organisation-named-with-of",
    ),
    pytest.param(
        'Ellen Voss of Sorrel Bay said: "We found it."\n\nThe University of Iceland said: "The data is clear."',
        [("We found it.", "Ellen Voss"), ("The data is clear.", "University of Iceland")],
        id="of-a-place-after-a-name-of-an-organisation-in-it",
    ),
    pytest.param(
        "Mick Harlow said: 'Our members have waited.' He added: 'Nobody wants a strike.'\n\n"
        'Minister Louise Haigh said the drivers\' strike was "regrettable".',
        [
            ("Our members have waited.", "Mick Harlow"),
            ("Nobody wants a strike.", "Mick Harlow"),
            ("regrettable", "Louise Haigh"),
        ],
        id="british-single-marks-and-a-double-marked-word",
    ),
    pytest.param(
        'Among her students was the pianist Dwayne Hollis, who called her "the most generous teacher I ever had."',
        [("the most generous teacher I ever had.", "Dwayne Hollis")],
        id="name-comma-who-said",
    ),
    pytest.param(
        "Ruth Calloway, a pianist, died on Thursday.\n\nHer son, Marcus Calloway, confirmed it.\n\n"
        'Ms. Calloway formed a trio in 1958. "By the second set, nobody was looking," she told an interviewer.',
        [("By the second set, nobody was looking", "Ruth Calloway")],
        id="shared-surname-is-the-story-s-subject",
    ),
    pytest.param(
        'The recalled bags carry "best by" dates. "Throw it away," said Dr. Laura Pike.',
        [("Throw it away", "Laura Pike")],
        id="a-verb-of-saying-after-the-describes-a-noun",
    ),
    pytest.param(
        "Helen Varga resigned.\n\nIn a letter to Prime Minister Anton Kessler, she said she had "
        '"made a serious mistake" by not declaring the shares.',
        [("made a serious mistake", "Helen Varga")],
        id="a-pronoun-is-not-the-object-before-it-nor-a-gerund-after",
    ),
    pytest.param(
        'Mayor Denise Okafor rode the first train, which left Airport Station at 6 a.m. "We did it," she said.',
        [("We did it", "Denise Okafor")],
        id="a-pronoun-is-no-place-named-before-it",
    ),
    pytest.param(
        'Curtis Bell wrote and recorded "Flying Home" in 2011. "I just wanted my name on my song," Bell said.',
        [("I just wanted my name on my song", "Curtis Bell")],
        id="a-title-in-quote-marks-is-no-quotation",
    ),
    pytest.param(
        '"Out of the water, it is crushed by its own weight," said Dr. Helen Varga.\n\n'
        "Fisherman Colm Brady said he had never seen anything like it. "
        '"Half the beach was crying," he said.',
        [
            ("Out of the water, it is crushed by its own weight", "Helen Varga"),
            ("Half the beach was crying", "Colm Brady"),
        ],
        id="a-pronoun-is-the-unknown-name-of-its-paragraph-and-a-word-for-a-person-opening-a-sentence-is-a-title",
    ),
    pytest.param(
        'In a statement, MedPlus said it had "long been committed to safe dispensing" and that the deal let it '
        '"put this litigation behind us."',
        [("long been committed to safe dispensing", "MedPlus"), ("put this litigation behind us.", "MedPlus")],
        id="a-second-fragment-of-one-sentence-goes-on-with-the-first",
    ),
    pytest.param(
        "It was founded by Walter Crumb; his granddaughter, Harriet Crumb, is the chairman.\n\n"
        '"This was not an easy decision," Ms Crumb said.',
        [("This was not an easy decision", "Harriet Crumb")],
        id="a-shared-surname-with-a-gendered-title-is-the-family-member-of-that-gender",
    ),
    pytest.param(
        '"We are striking," said Angela Torres, a nurse.\n\n"Our doors are open," said Crestview\'s chief nursing '
        'officer, Dr. Helen Park. She said the offer was "among the most generous in the state."',
        [
            ("We are striking", "Angela Torres"),
            ("Our doors are open", "Helen Park"),
            ("among the most generous in the state.", "Helen Park"),
        ],
        id="whose-officer-then-who-and-a-titled-name-ending-in-park-is-a-person",
    ),
    pytest.param(
        'Fisheries Minister Rodwell Ferguson said the government would "study the recommendations carefully" '
        "but made no promises.",
        [("study the recommendations carefully", "Rodwell Ferguson")],
        id="a-quotation-inside-its-sentence-is-not-attributed-by-a-verb-further-on",
    ),
    pytest.param(
        "Council leader Helen Foster welcomed it.\n\nIn a letter, the minister, Richard Hale, said the scheme "
        "was 'not value for money' and told councils to 'end four-day working practices'.",
        [("not value for money", "Richard Hale"), ("end four-day working practices", "Richard Hale")],
        id="who-was-told-is-not-the-speaker",
    ),
    pytest.param(
        "Det Insp Sarah Kent, of West Marlshire Police, said: 'This was a shocking attack.'",
        [("This was a shocking attack.", "Sarah Kent")],
        id="british-police-ranks-written-without-periods-are-titles",
    ),
    pytest.param(
        "Walt Pruitt is the last lobsterman in Carrick Cove, a village of about 400 people.\n\n"
        '"My knees told me," he said.',
        [("My knees told me", "Walt Pruitt")],
        id="a-name-described-as-a-village-is-a-place-not-a-speaker",
    ),
    pytest.param(
        'Ray Donnelly played it for years and called it "Ruby." "It should be played," his daughter Claire said.',
        [("It should be played", "Claire")],
        id="a-name-given-after-called-it-is-no-quotation",
    ),
    pytest.param(
        'Users can stop the reviews by turning off a setting called "Help Improve Echo," which is on by '
        'default. "People bought a speaker," said Karin Holt.',
        [("People bought a speaker", "Karin Holt")],
        id="a-name-after-called-far-into-its-paragraph-is-no-quotation",
    ),
    pytest.param(
        'In a statement, Crumb & Co said it was "disappointed" but would "respect the outcome."',
        [("disappointed", "Crumb & Co"), ("respect the outcome.", "Crumb & Co")],
        id="a-name-joined-by-an-ampersand-is-one-name",
    ),
    pytest.param(
        "Quill Games, the maker of the word game *Lexicon*, sued.\n\nPomegranate said it would appeal. "
        'In a statement, the company said the fee "reflects the value of the platform."',
        [("reflects the value of the platform.", "Pomegranate")],
        id="the-company-is-the-one-its-paragraph-names",
    ),
    pytest.param(
        "VaultKey chief executive Daniel Okafor apologized.\n\nThe company first disclosed the intrusion on Monday "
        'but initially described it as limited to "non-sensitive account metadata."',
        [("non-sensitive account metadata.", "The company")],
        id="the-company-said-after-but-and-an-adverb-not-what-it-described",
    ),
    pytest.param(
        "Tenants pay rent into an escrow account instead of to the landlord, Crestmoor Property Group, which "
        "bought the complex in 2023.\n\nInspectors cited the Department of "
        "Buildings.\n\nCrestmoor said it had replaced two boilers. It blamed a shortage of contractors and said "
        'the strike was "counterproductive."',
        [("counterproductive.", "Crestmoor Property Group")],
        id="an-organisation-by-its-first-word-is-the-it-not-a-department-before",
    ),
    pytest.param(
        "Amara Osei is already in the kitchen of Ember, the 40-seat restaurant in Leeds.\n\n"
        '"I started by washing pots," she says.',
        [("I started by washing pots", "Amara Osei")],
        id="a-restaurant-described-is-no-she",
    ),
    pytest.param(
        '"Nights will be unusually warm too," said Met Office deputy chief meteorologist Rebecca Hale.',
        [("Nights will be unusually warm too", "Rebecca Hale")],
        id="said-an-organisation-and-any-job-then-the-name",
    ),
    pytest.param(
        "The collection includes works by Georgia O'Keeffe.\n\nEleanor Voss began collecting in the 1970s, when "
        'she bought a small O\'Keeffe watercolor, a painting she has called "the best money I ever spent."',
        [("the best money I ever spent.", "Eleanor Voss")],
        id="a-painter-who-names-a-painting-is-no-she",
    ),
    pytest.param(
        "Eleanor Voss chose Harwick over larger museums in New York and Los Angeles that had courted her. "
        '"It seemed right to bring them home," she said.',
        [("It seemed right to bring them home", "Eleanor Voss")],
        id="a-place-after-and-after-a-preposition-is-no-she",
    ),
    pytest.param(
        "Such galaxies were not predicted, said Dr. Marco Ferraro of the European Southern Observatory. "
        '"Either stars formed much more efficiently back then, or we are missing something," he said.',
        [("Either stars formed much more efficiently back then, or we are missing something", "Marco Ferraro")],
        id="of-the-and-an-organisation-is-no-he",
    ),
    pytest.param(
        "In a letter to staff and students, Thomas Keane wrote:\n\n"
        '"I have made mistakes, and I take full responsibility for them."\n\n'
        '"I will spend the coming months correcting the record."',
        [
            ("I have made mistakes, and I take full responsibility for them.", "Thomas Keane"),
            ("I will spend the coming months correcting the record.", "Thomas Keane"),
        ],
        id="a-line-ending-in-said-colon-hands-over-the-paragraphs-below",
    ),
    pytest.param(
        "- 2014: bought by private equity firm Westbridge Capital\n\n"
        'Ruth Caldwell, who left the business in 2014, said she was "heartbroken" by the news.',
        [("heartbroken", "Ruth Caldwell")],
        id="an-appositive-ending-in-a-number-then-said",
    ),
    pytest.param(
        "Tom Hartley has farmed near Combe Aske for 30 years.\n\nWhen did you leave?\n\n"
        "Hartley: Tuesday morning. The water came through the floor.\n\n"
        "Rovers: Whitley; Adeyemi, Marsh.\n\nCorrection: An earlier version misspelt his name.",
        [("Tuesday morning. The water came through the floor.", "Tom Hartley")],
        id="an-interview-answer-after-its-speakers-name-and-a-colon",
    ),
    pytest.param(
        "Mayor Ana Reyes and councillor Tom Ward debated the bridge on Tuesday.\n\n"
        "Reyes: We will build it this year.\n\nWard: We cannot afford it.",
        [("We will build it this year.", "Ana Reyes"), ("We cannot afford it.", "Tom Ward")],
        id="a-dialogue-each-turn-after-its-speakers-name",
    ),
    pytest.param(
        "Grace Okafor won Baker of the Year.\n\n"
        'The judges called it "a loaf with real character" and praised its "deep, tangy flavour".',
        [("a loaf with real character", "The judges"), ("deep, tangy flavour", "The judges")],
        id="a-plural-description-is-no-one-person-named-before",
    ),
    pytest.param(
        'The number of students who said they felt "very sleepy" in class fell by a third.',
        [("very sleepy", "students")],
        id="a-count-of-a-group-speaks-as-the-group",
    ),
    pytest.param(
        'The sign on the door listed three reasons:\n\n"We could not find staff, rents doubled and the roof leaks."',
        [("We could not find staff, rents doubled and the roof leaks.", None)],
        id="a-colon-without-a-verb-of-saying-hands-over-nothing",
    ),
    pytest.param(
        'Headteacher Angela Marsh, who joined in April, said she was "disappointed but not surprised".',
        [("disappointed but not surprised", "Angela Marsh")],
        id="a-compound-job-before-a-name-is-no-part-of-it",
    ),
    pytest.param(
        'Sarah Quinn KC opened the case.\n\n"It was a deliberate deception," Ms Quinn said.\n\n'
        'His barrister, Mark Ellison KC, said his client had "always believed in the business".',
        [("It was a deliberate deception", "Sarah Quinn"), ("always believed in the business", "Mark Ellison")],
        id="letters-after-a-name-are-no-part-of-it",
    ),
    pytest.param(
        '"We are seeing temperatures from the 2050s," said climatologist Ana Ribeiro of the University of Lisbon.',
        [("We are seeing temperatures from the 2050s", "Ana Ribeiro")],
        id="where-the-speaker-works-is-not-who-speaks",
    ),
    pytest.param(
        'Labour MP Kim Leadbeater said: "Today we have given dying people the choice."',
        [("Today we have given dying people the choice.", "Kim Leadbeater")],
        id="a-party-and-its-mp-before-a-name",
    ),
    pytest.param(
        "Minister Kari Vold said the decision followed an inquiry by the security service, PST, that lasted "
        'months. "We will not accept it," she told reporters.\n\nThe Russian embassy called the expulsions '
        '"a hostile step".',
        [("We will not accept it", "Kari Vold"), ("a hostile step", "The Russian embassy")],
        id="an-agency-described-before-its-name-and-an-embassy-of-its-own",
    ),
    pytest.param(
        'Daniel Frost, 34, drowned.\n\nMr Frost\'s family said he was "the most careful person we knew".',
        [("the most careful person we knew", "Frost family")],
        id="a-family-is-no-adverb-and-not-the-man-whose-it-is",
    ),
    pytest.param(
        'Aisha Rahman, a pupil at Meole Brace School, built it.\n\n"I swim in the river," Aisha said.',
        [("I swim in the river", "Aisha Rahman")],
        id="a-first-name-alone-after-the-full-name",
    ),
]


@pytest.mark.parametrize(("body", "expected"), ATTRIBUTIONS)
def test_attribution_patterns(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(body) == expected


def test_spans_keep_text_between_the_marks_and_run_on_when_unclosed() -> None:
    paragraph = build_story("s", 'T\n\n"One," he said. “Two.” "Three').paragraph(1)
    spans = quote_spans(paragraph)
    assert [paragraph.text[s.start : s.end] for s in spans] == ["One,", "Two.", "Three"]
    assert [s.closed for s in spans] == [True, True, False]


@pytest.mark.parametrize(
    "body",
    ['"', '""', '" " "', "“", '"unbalanced, he said', "”backwards“", "'", "‘’", '"' * 50, "no quotes at all"],
)
def test_odd_quote_marks_never_raise(body: str) -> None:
    for text, speaker in quotes_of(body):
        assert text and text in body and (speaker is None or isinstance(speaker, str))


def test_bundled_story_has_six_quotations_all_by_zuckerberg(bundled: Library) -> None:
    quotes = bundled.quotes("zuckerberg-apology")
    assert [q.text for q in quotes] == [
        "I'm really sorry this happened",
        "We have a basic responsibility to protect people's data, and if we can't do that then we don't "
        "deserve to have the opportunity to serve people.",
        "I started this when I was so young and inexperienced",
        "I made technical errors and business errors. I hired the wrong people. I trusted the wrong people.",
        "major breach of trust.",
        "Our responsibility now is to make sure that this doesn't happen again",
    ]
    assert {q.speaker for q in quotes} == {"Mark Zuckerberg"}  # the first one says "the Facebook co-founder and CEO"
    story = bundled.story("zuckerberg-apology")
    for quote in quotes:  # verbatim, in the paragraph it cites
        assert quote.text in story.paragraph(quote.paragraph).text


@needs_shared
def test_shared_eval_quotes_all_found_with_their_speakers() -> None:
    data, library = load_question_file(DEV_SET)
    for story, score in evaluate_quotes(data, library).items():
        assert score.found == score.expected, (story, score)
        assert not score.false, (story, score.false)


TEST_ARTICLE_SPEAKERS = {
    "brighthome-recall": ["Ana Ruiz"] * 2 + ["Priya Nair"] * 2 + ["Marcus Bell"] * 2 + ["Priya Nair"] * 2,
    "riverside-mill-fire": ["Sandra Whitfield"] * 2 + ["Elena Sousa"] * 2 + ["Daniel Okafor"] * 2 + ["Tom Reyes"],
    "harbor-lions-final": ["Jonas Eriksen"] * 2 + ["Rita Alvarez"] * 2 + ["Harbor Sports Group"] * 2 + ["Lars Nilsen"],
    # "The museum's director, Helen Kowalski, said ... she said": the description makes her a person
    "museum-painting-theft": ["Owen Marsh"] * 2 + ["Helen Kowalski"] + ["Clara Benning"] * 2,
    "pilots-strike": ["Rosa Delgado"] * 2 + ["Thomas Reyes"] + ["Maya Lindgren"] * 2,
    # "St. Brendan's" is a hospital, not a person; "Paramedic" is a title, not a first name
    "hospital-cyberattack": ["Miriam Haddad"] * 2 + ["Luis Ortega"],
    "river-city-marathon": ["Grace Wanjiru"] * 2 + ["Paul Lindqvist"] * 2,
    "valley-floods": ["Dana Whitcomb"] * 2 + ["Maria Okonjo"] * 2 + ["Tom Brandt"],
    # "the smartphone maker Orbis": a company, which "the company said" refers to
    "orbis-eu-fine": ["Ingrid Solberg"] * 2 + ["Orbis"] + ["Martin Kjaer"] * 2,
    "phone-ban-vote": ["Carla Mendes"] * 2 + ["Nadia Farouk"],  # not "Eleventh-grader Nadia Farouk"
    "zoo-panda-cub": ["Rachel Ostrow"] * 2 + ["Samuel Brandt"],
    # "The contractor, Vantor Rail Systems of Pittsburgh, said ... that it was": the company
    "metro-signal-outage": ["Denise Okafor"] * 2 + ["Vantor Rail Systems"] + ["Tomás Rivera"] * 2 + ["Grace Lin"] * 2,
    # "Wreckage, including a lifeboat," is no person; "His great-great-niece, Ellen Voss ... she said"
    "lake-shipwreck": ["Marta Lindgren"] * 2 + ["Ellen Voss"] * 2,
    # "Harvest Lane's chief executive, Daniel Okoye, said ... he said", not Linda Cole of "Cole's Markets"
    "grocery-merger": ["Daniel Okoye"] * 2 + ["Linda Cole", "Rosa Delgado", "Paul Brenner"],
    "harbor-oil-spill": ["Renata Volkova"] * 2 + ["Dale Mercer"] * 2,
    # "Grandmaster Elena Sorokina": a title, not part of her name
    "chess-champion": ["Arjun Mehta"] * 2 + ["Viktor Lasko"] * 2 + ["Elena Sorokina"] * 2,
    "heat-wave": ["Miriam Castillo"] * 2 + ["Paula Werner"],
    "app-layoffs": ["Hannah Brooks", "Kevin Marsh"],  # "she wrote": a memo
    "bank-robbery-arrest": ["Grace Okafor"] * 2 + ["Tom Avery"],
    "ferry-service": ["Teresa Vance"] * 2,
    # "the operator warned that they would be "extremely crowded"": the operator, KesRail
    "tram-strike-vote": ["Irene Kowalczyk"] * 2 + ["KesRail", "Thomas Brandl", "Lukas Meier"],
    "glacier-study": ["Sofia Ranieri"] * 2,
    "airport-drone-shutdown": ["Miriam Osei"] * 2 + ["Tomás Rivera"] * 2,
    # "Latin for "of the moon"": a gloss, not a quotation
    "glass-frog-species": ["Valeria Mora"] * 2 + ["Andrés Paredes"],
    "bike-share-launch": ["Rosa Delgado"] * 2 + ["Helen Park"],
    "iceland-volcano": ["Sigrun Jonsdottir", "Magnus Gudmundsson"],
    "factory-explosion": ["Curtis Mabry", "Polyform"],
    "rent-cap-vote": ["Teresa Okafor"] * 2 + ["Greg Lund"],
    "dinosaur-fossil": ["Bill Harstad"] * 3,
    "school-lunch-program": ["Elena Ruiz"] * 2 + ["Mark Dorsey"],
    # "Ms. Calloway" is the pianist, not her son Marcus Calloway named after her; "Dwayne Hollis,
    # who called her ..." is no quotation of "who"
    "jazz-pianist-obituary": ["Ruth Calloway"] * 2 + ["Dwayne Hollis"],
    "charity-fraud-sentencing": ["Daniel Kwan"] * 2 + ["Gregory Pratt"] + ["Helen Ostrowski"] * 2,
    "turkey-earthquake": ["Fatma Yıldız"] * 2 + ["Selin Aras"] * 2,
    "ebook-reader-launch": ["Nadia Okonkwo"] * 2 + ["Marco Bellini"] * 2,
    "hurricane-warning": ["Ken Graham"] * 2 + ["Denise Thibodeaux"] * 2,
    "striker-transfer": ["Ingrid Solberg"] * 2 + ["Tomás Ruiz"] * 2 + ["Graham Pike"],
    # "Justice Miriam Okafor wrote for the majority", "he wrote": a verb of writing attributes
    "court-ruling": ["Miriam Okafor", "Paul Brennan", "Dana Whitfield", "Robert Chen"],
    "earnings-report": ["Ellen Marsh"] * 3,
    # "The recalled bags carry "best by" dates": *recalled* describes the bags, it says nothing
    "salmonella-outbreak": ["Laura Pike"] * 2 + ["Tomas Ruiz"] * 2,
    "hiker-rescue": ["Karen Doyle"] * 2 + ["Daniel Okoro"] * 2,
    # "In a letter to Prime Minister Anton Kessler, she said she had "made a serious mistake" by
    # not declaring the shares": *she* is not the letter's addressee; *declaring* attributes nothing
    "minister-resignation": ["Helen Varga"] * 3 + ["Paulo Mendes", "Maria Lindqvist", "Anton Kessler"],
    "emergency-landing": ["Rachel Dunn"] * 2 + ["Marcus Hale"],
    "exoplanet-discovery": ["Ingrid Solheim"] * 2 + ["Kwame Mensah"] * 2,
    "tuition-protest": ["Laura Chen"] * 2 + ["Jordan Ellis"] * 2,
    # "Varga did not rule it out, saying the board would look at the data "meeting by meeting."":
    # the participle's speaker is its clause's subject, not the clause
    "interest-rate-hike": ["Helena Varga"] * 2 + ["Piotr Lasky"] * 2 + ["Helena Varga"],
    "film-festival-award": ["Leila Farahani"] * 3,
    # "said Nimbus's chief executive, Ravi Subramanian": the name after the owner's title and comma
    "cloud-outage": ["Ravi Subramanian"] * 2 + ["Maria Gonzalez"] * 2,
    "wildfire-evacuation": ["Carla Nguyen"] * 2 + ["Ellen Park"] * 2,
    "drug-approval": ["Lena Hoffmann"] * 2,
    "reading-scores": ["David Okafor"] * 2 + ["Helen Marsh"],
    "stadium-deal": ["Gloria Vance"] * 2 + ["Dwayne Briggs"] * 2 + ["Richard Lowell"],
    "tennis-final": ["Dora Kovacs"] * 2 + ["Camille Moreau"] * 2 + ["Andrea Szabo"] * 2,
    # "said Anneke de Vries": a particle inside a name; "Martin Hale of the Courtauld Institute"
    "art-auction": ["Anneke de Vries"] * 2 + ["Martin Hale"],
    "boil-water-notice": ["Priya Raman"] + ["Tom Delgado"] * 2,
    "highway-pileup": ["Marisol Ortega"] * 2 + ["Dan Whitaker"] * 2,
    "lottery-jackpot": ["Linda Okafor"] * 3,
    "retailer-data-breach": ["Karen Liu"] * 2 + ["Omar Haddad"] * 2,
    "everest-record": ["Pemba Dorje Sherpa"] * 2,
    "song-copyright-verdict": ["Curtis Bell"] + ["Kira Vance"] * 3,
    "subway-line-opening": ["Denise Okafor"] * 2 + ["Tomas Reyes"] * 2,
    "vineyard-frost-losses": ["Elena Moretti"] * 2 + ["Marcus Lee"] * 2,
    "crypto-exchange-collapse": ["Coinvault", "Monica Hale", "Paul Greer"] + ["Priya Nair"] * 2,
    "cruise-norovirus-outbreak": ["Gary Whitman"] * 2 + ["Leah Fontaine"] * 2,
    "data-center-water-dispute": ["Carla Jennings"] * 2 + ["Dale Porter"],
    "artifact-repatriation": ["Margaret Ellison"] * 2 + ["Abba Tijani"],
    "speed-camera-results": ["Teresa Vance", "Roy Brandt"],
    "library-fines-abolished": ["Priya Shah"] * 2 + ["Martin Hale"] + ["Grace Okonkwo"] * 2,
    "cup-final-report": ["Tomas Lindqvist"] * 2 + ["Helen Brooks"] * 2 + ["Carlos Ruiz"],
    # "Linda Moreau, 68, brought her husband in ... she said": the name in the pronoun's own
    # paragraph, though the story never says what she is, not the union representative before
    "clinic-wait-times": ["Samuel Ortiz"] * 2 + ["Karen Whitlock"] + ["Linda Moreau"] * 2,
    "coin-hoard-discovery": ["Dennis Harrow"] * 3 + ["Miriam Osei"] * 3,  # "which Osei called": hers
    "tower-evacuation-cracks": ["Ruth Castellano"] * 3 + ["Leonard Mbeki"] * 2,
    # "Fisherman Colm Brady ... he said": the fisherman, not the veterinarian before
    "whale-rescue": ["Helen Varga"] * 2 + ["Colm Brady"],
    "teachers-pay-deal": ["Aisha Rahman", "David Thorne"],
    "channel-swim": ["Maeve Donnelly"] * 3,
    # "the company said it had "..." and that the agreement allowed it to "...": one speaker
    "opioid-settlement": ["MedPlus"] * 2 + ["Rosa Whitfield"] * 2,
    # "Ms Crumb said", after "Walter Crumb ...; his granddaughter, Harriet Crumb": hers
    "bakery-chain-takeover": ["Harriet Crumb"] * 2 + ["Halberd", "Lena Okoro", "Lena Okoro"],
    "ultramarathon-win": ["Chloé Tremblay"] * 3,
    "tornado-strike": ["Tom Baird", "Marisol Vega"],
    "sleep-study": ["Anita Ramaswamy"] * 2 + ["Kevin Osei"] * 2,
    "offshore-wind-approval": ["Alicia Drummond"] * 2 + ["Thomas Reyes"] + ["Martin Keane"] * 2 + ["Laura Pham"] * 2,
    "train-derailment": ["Dana Whitfield"] * 2 + ["Jenna Morales"] + ["Rosa Delgado"] * 2,
    "bird-flu-farms": ["Renee Castillo"] * 2 + ["Paul Henning"] * 2,
    "library-renovation": ["Grace Okafor"] * 2 + ["Walter Simms", "Elena Vasquez"],
    # "The terminal association said in a statement that ...": the organisation speaks
    "port-strike-deal": ["Carla Mendez"] * 2
    + ["Bellhaven Terminal Association", "Victor Lindqvist"]
    + ["Sam Okonjo"] * 2,
    "museum-heist-trial": ["Helen Cho"] * 2 + ["Daniel Weiss"],
    # "Speaking at Leeds station, Ms Osei said: "...": the colon's quotation is hers
    "rail-fares-freeze": ["Rachel Osei"] + ["Tom Fairley"] * 2 + ["Rail Delivery Group", "Gareth Lloyd"],
    "wildfire-smoke-study": ["Maya Lindgren"] * 2 + ["Samuel Okafor"] * 2,
    # "said Crestview's chief nursing officer, Dr. Helen Park. She said ...": hers, both
    "hospital-strike-nurses": ["Angela Torres"] + ["Helen Park"] * 2 + ["Linda Grant"] * 2,
    "chipmaker-earnings": ["Priya Raman"] * 2 + ["Martin Cole"] * 2,
    "robotaxi-crash-suspension": ["Steve Gordon"] * 2 + ["Rachel Ito"] * 2 + ["Aaron Peskin"] * 2,
    # "Gov. Laura Whitfield": the title's abbreviation does not end a sentence
    "zoning-reform-law": ["Laura Whitfield"] * 2 + ["Dennis Hale"] + ["Maria Delgado"] * 2,
    "canal-ship-grounding": ["Henrik Vos"] * 2 + ["Ingrid Paulsen"] * 2,
    "school-four-day-week": ["Karen Doyle"] * 2 + ["Marcus Webb"] * 2 + ["Luis Ortega"],
    # "The Financial Conduct Authority said ... checks ... were "seriously inadequate"": its words
    "bank-laundering-fine": ["Financial Conduct Authority"] + ["Therese Chambers"] * 2 + ["Paul Hennessy"],
    "snowstorm-travel-chaos": ["Phil Washington"] * 2 + ["Maria Lopez"] * 2,
    "state-budget-standoff": ["Ellen Marsh"] * 2 + ["Joe Pittman"],
    # *would "study the recommendations carefully" but made no promises*: the minister's words
    "coral-bleaching-study": ["Ana Castillo"] * 2 + ["Rodwell Ferguson"] + ["Ana Castillo"] * 2,
    "airline-ceo-resigns": ["Margaret O'Neill", "Daniel Reyes"] + ["Leah Morrison"] * 2,
    "music-festival-cancelled": ["Tom Gallagher"] * 3 + ["Chloe Barker"],
    "heat-pump-subsidy": ["Priya Shah", "Greg Holt", "Dana Ruiz"],
    "ferry-crew-rescue": ["Alicia Vance"] * 2,
    "pension-reform-protest": ["Sophie Marchal", "Henri Vasseur"],
    "dam-removal-salmon": ["Tomas Reyes", "Tomas Reyes", "Ruth Sampson"],
    "gene-therapy-trial": ["Helen Marsh", "Rosa Alvarez"],
    "cricket-test-win": ["Arjun Patel", "Lewis Grant"],
    "foldable-phone-launch": ["Maya Lindgren", "Orbit", "Priya Raman"],
    "town-newspaper-closes": ["Janet Ruiz", "Dale Hendricks", "Tom Ellison", "Tom Ellison"],
    "city-blackout-live": ["Alicia Grant", "Dennis Ward"],
    "novelist-interview": [],
    "home-prices-report": ["Carla Nguyen", "Martin Hale"],
    "measles-school-exclusion": ["Hannah Price", "Lisa Moreno"],
    "asteroid-sample-return": ["Elena Voss"],
    "mayor-bribery-verdict": ["Rachel Kim", "Frank DeLuca"],
    "ev-battery-plant": ["Dana Whitfield", "Tom Becker"],
    "eviction-ruling": ["Patricia Osei", "Luis Ortega"],
    "hospital-parking-charges": ["Gareth Rhys", "Gareth Rhys", "Sian Pritchard", "Owen Meredith"],
    "heat-island-explainer": ["Amara Nwosu"],
    "password-vault-breach": ["The company"] + ["Daniel Okafor"] * 2 + ["Priya Raman"] * 2 + ["Tom Weller"],
    "museum-reopening-takeaways": ["Amara Okoye"] * 2 + ["Greg Salas"],
    "canal-stabbing-charge": ["Sarah Kent"] * 2 + ["Ruth Obi"],
    "console-price-hike": ["Nimbus"] * 2 + ["Dana Whitfield"] * 2 + ["A spokesperson"],
    "walking-dementia-study": ["Ingrid Holm"] + ["Marcus Feld"] * 2,
    "social-media-age-ban": ["Anika Rao"] * 2 + ["Meta", "A TikTok spokesperson"],
    "exam-results-day": ["Ofqual", "Ian Bradley", "Grace Mensah", "Tom Becker", "Jo Saxon"],
    "lobster-fisherman-feature": ["Walt Pruitt"] * 2 + ["Daniel Pruitt"] * 2 + ["Walt Pruitt"],
    "sinkhole-road-closed": ["Paula Ruiz"],
    "cpu-launch-benchmarks": ["Lena Park"] * 2,
    "library-book-ban-vote": ["Carol Jennings", "Ron Tibbs"],
    "rideshare-ceo-apology": ["Omar Haddad"] * 3 + ["Rosa Delgado"],
    "rowing-race-upset": ["Hannah Moore"] * 2 + ["Felix Armitage"],
    # a Markdown block quote after *chief executive Marta Sobel wrote that*: hers
    "game-studio-layoffs": ["Marta Sobel"] * 2 + ["Priya Natarajan"],
    "bridge-collapse-inquiry": ["Fiona Grant"] * 2 + ["Neil Ramsay"],
    "runway-approval": ["Priya Lal"] * 2 + ["Tom Okafor"],
    "guitar-auction-record": ["Claire Donnelly"] * 2 + ["Martin Ames"],
    "smart-speaker-recordings": ["an Echoly spokesperson"] + ["Karin Holt"] * 2 + ["Data Protection Commission"],
    "heatwave-school-closures": ["Giulia Ferri"],
    "satellite-debris-warning": ["Holger Krag"] * 2,
    "bakery-union-vote": ["Luis Ortega"] + ["Crumb & Co"] * 2 + ["Rebecca Stein"],
    "app-store-ruling": ["Sam Whitaker"] + ["Pomegranate"] * 2 + ["Maria Esteban"],
    "wildlife-bridge-opening": ["Elena Marsh"] * 2,
    "podcast-defamation-suit": ["Dana Reeves", "Marco Bellini"] + ["Jonathan Pike"] * 2 + ["Dana Reeves"],
    "snow-plow-contract": ["Alicia Grant", "Dave Kowal"],
    "startup-acquisition": ["Tomás Ribeiro"] * 2 + ["Hana Okafor"] * 2 + ["Maya Lindqvist"] * 2,
    "meteor-shower-guide": ["Sofia Marquez"] * 2,
    "basketball-title-game": ["Tasha Greene"] * 2 + ["Denise Ortega"] + ["Paul Lindgren"] * 3,
    "medicine-shortage": ["Raj Malhotra"] * 2 + ["Kara Jennings"] * 2,
    "streaming-earnings": ["Dana Whitfield"] * 2 + ["Omar Haddad"],
    "jewelry-store-robbery": ["Rosa Klein"] * 2 + ["Victor Halden"],
    "rent-strike-tenants": ["Yolanda Pierce"] * 2 + ["Crestmoor Property Group", "Martin Osei"],
    "volcano-flight-ash": ["Lena Fischer"] * 2 + ["Paulo Serrano"],
    "bridge-toll-explainer": ["Nadia Brooks"] + ["Greg Tamura"] * 2,
    "chef-profile": ["Amara Osei"] * 2 + ["Martin Crowe"] * 2 + ["Amara Osei"] * 2,
    "opec-output-cut": ["Helima Croft"] * 2 + ["Abdulaziz bin Salman"],
    "heatwave-forecast": ["Rebecca Hale"],
    "library-ebook-costs": ["Carla Dominguez", "Association of American Publishers"],
    "marathon-doping-ban": ["Daniel Kibet", "Brett Clothier"],
    "census-city-growth": ["Keisha Dunn", "Ron Fielding"],
    "museum-art-donation": ["Eleanor Voss"] + ["Priya Shah"] * 2 + ["Eleanor Voss"] * 2,
    "bakery-fire-reopening": ["Rosa Delgado"] * 2 + ["Marcus Webb"] * 2,
    "satellite-internet-village": ["Joe Swan"],
    "telescope-galaxy-image": ["Hannah Lindqvist"] * 2 + ["Marco Ferraro"],
    "bus-driver-shortage": ["Alan Brewster"] * 2 + ["Danielle Okoro"] * 2,
    "plastic-bag-ban": ["Linda Osei", "Frank Dolan"],
    "airline-baggage-fees": ["Dana Whitaker", "Ruth Alvarez"],
    "university-president-resigns": ["Thomas Keane"] * 2 + ["Elena Voss", "Rosa Lindqvist"],
    "county-election-results": ["Gordon Blake", "Daniela Mendez"],
    "robot-vacuum-review": [],
    "hospital-births-correction": ["Fiona Marsh"] * 2 + ["Sarah Quinn"],
    "rovers-derby-win": ["Emeka Okonkwo"] * 2 + ["Paula Reyes"] + ["Graham Fenn"] * 2,
    "lumina-press-release": ["Anjali Mehta"] * 2 + ["Peter Lang"],
    "retailer-administration": ["Helen Ashworth"] * 2 + ["Kieran Doyle", "Ruth Caldwell"],
    "police-appeal-assault": ["Laura Pike"],
    "loneliness-survey": ["Priya Anand"] * 2 + ["Mark Ellison"],
    "flood-week-interview": ["Tom Hartley"] * 4,
    "flight-refund-rules": ["Airlines for America"],
    "cloud-outage-postmortem": ["Maya Lindgren"] * 2,
    "climber-rescue-k2": ["Anna Marsh"] * 2,
    "bakery-award": ["The judges"] * 2 + ["Grace Okafor"] * 2,
    "school-bus-crash": ["Helen Grady"] * 2 + ["Mark Olsen"],
    "tree-planting-pledge": ["Carla Jensen", "Tom Becker"],
    "council-briefs": ["Joan Pryor", "Sam Okafor"],
    "sleep-teens-study": ["students", "Kayla Whitmore"],
    "album-chart-debut": ["Marlow Reyes"] * 2,
    "cheese-recall": ["Ruth Hollis"],
    "bus-fares-rise": ["Priya Bhatt", "Ken Adeyemi"],
    "arson-sentencing": ["Alison Reeve", "Wei Chen"],
    "mortgage-rates-fall": ["Lena Ortiz"],
    "travel-warning-storm": ["Fiona Macrae"],
    "golf-open-win": ["Kenji Sato"] * 2,
    "laptop-launch-specs": ["Sara Lindh"] * 2,
    "housing-plan-approved": ["Rachel Dunn", "Graham Holt"],
    "quarterback-contract": ["Darius Webb"] * 2,
    "river-swim-ban": ["Sue Kendrick"],
    "ai-copyright-lawsuit": ["Dana Whitlock"] * 2 + ["A spokesperson"],
    "club-administration": ["Priya Nair"] * 3 + ["Kingsmoor Supporters' Trust"],
    "school-inspection-report": ["Angela Marsh"] * 3 + ["Dawn Fletcher"],
    "migrant-boat-rescue": ["Luca Ferrante"] * 2,
    "longest-pizza-record": ["Gianni Russo"],
    "fraud-trial-opens": ["Sarah Quinn", "Mark Ellison"],
    "former-mayor-dies": ["Paul Okafor"] * 2,
    "phone-leak-rumor": ["Priya Raman"] * 2,
    "heat-record-broken": ["Ana Ribeiro"],
    "tube-strike-guide": ["Mick Lynch-Hale", "Glynn Barton"],
    "dog-walking-study": ["Carri Westgarth"],
    "musical-closing": ["Daniel Cho"],
    "assisted-dying-vote": ["Kim Leadbeater", "Danny Kruger"],
    "gas-station-shooting": ["Vikram Patel"],
    "airline-results": ["Marta Kowalczyk"],
    "keeper-signing": ["Steve Cooper", "Erik Nilsson"],
    "plastic-rivers-report": ["Helen Moss"],
    "appeal-court-ruling": ["Lord Justice Hamblen", "Nia Bowen"],
    "lunar-lander-launch": ["Keisha Monroe"] * 2,
    "snow-warning": ["Neil Armstrong-Day"],
    "college-hoops-upset": ["Jalen Brooks"] * 2 + ["Dana Whitfield"],
    "bookshop-reopens": ["Ruth Adeyemi"] * 2,
    "ransomware-council": ["Priya Sandhu"] * 2,
    "bird-count-decline": ["Beccy Speight"],
    "ev-charger-rollout": ["Tom Okafor"],
    "ferry-fare-cut": ["Fiona Hay", "Morag Lennox"],
    "pub-community-buyout": ["Tom Ashby"] * 2,
    "landmark-tree-sentencing": ["Alison Grant"] * 2,
    "diplomats-expelled": ["The foreign ministry in Oslo", "Kari Vold", "The Russian embassy"],
    "avalanche-ski-resort": ["Luc Bernard"],
    "zoo-red-panda-escape": ["Jenny Marsh"],
    "cycling-stage-win": ["Daniel Okafor"] * 2,
    "ocean-treaty-deal": ["Ngozi Adeyemi", "Sofia Laine"],
    "runoff-election": ["Elena Marquez"] * 2,
    "scooter-battery-recall": ["Hannah Boyd"],
    "deep-sea-snailfish": ["Alan Jamieson"],
    "ceo-steps-down": ["Mark Ellison", "Rachel Kerr"],
    "stolen-dog-reunited": ["Meena Patel"] * 2,
    "hospital-waiting-list": ["David Marsh"] * 2 + ["Siobhan Grey"],
    "rail-engineering-works": ["Carol Dunn"] * 2,
    "kayaker-inquest": ["Sam Okoye", "Alison Mutch", "Frost family"],
    "wind-farm-refused": ["Imran Shah", "Janet Webb"],
    "cup-semifinal-preview": ["Gary Leigh"] * 2,
    "restaurant-hygiene-closure": ["Farooq Ali"] * 2 + ["Linda Shaw"],
    "sea-level-study": ["Josh Willis"],
    "dinosaur-skeleton-auction": ["Jason Cooper"] * 2 + ["Maria Lind"],
    "hosepipe-ban": ["Paul Harrington"],
    "teen-science-prize": ["Aisha Rahman"] * 2 + ["Judges"],
    "lorry-bridge-strike": ["Tom Bryant"],
    "speed-limit-20mph": ["Rachel Green", "Mark Foster"],
    "marathon-world-record": ["Daniel Kiprop"] * 2,
    "astronauts-return": ["Sunita Kane"],
    "water-company-fine": ["Peter Rowe", "Susan Clarke"],
    "bank-branch-closures": ["Derek Thomas"],
    "by-election-result": ["Hannah Moore", "Anna Price"],
    "roman-villa-found": ["Rob Hale", "Emma Price"],
    "inflation-falls": ["Rachel Morgan"],
    "tennis-retirement": ["Elena Varga", "Portia Hale"],
    "factory-closure": ["Diane Mercer"] + ["Gary Platt"] * 2,
    "hiker-found-alive": ["Fiona Baird"] * 2 + ["Astrid"],
    "marseille-wildfire": ["Christophe Mirmand"] * 2,
    "satellite-launch": ["Chris Larmour", "UK Space Agency"],
    "nurses-strike": ["Helen Whyley"] * 2 + ["Jeremy Miles"],
    "museum-opening": ["Nadia Khalil"] * 2,
    "drug-trial": ["Sarah Tabrizi", "Alzheimer's Society"],
    "football-transfer": ["Helen Ashworth", "Mateo Silva"],
    "lottery-win": ["Bill Hetherington", "Maureen Hetherington"],
    "storm-power-cuts": ["Derek Hynes"],
    "heatwave-record": ["Rubén del Campo"] * 2,
    "earthquake-turkey": ["Ayse Demir", "Ali Yerlikaya"],
    "obituary-scientist": ["Rachel Okonjo"],
    "council-tax-rise": ["Sam Iqbal"],
    "rugby-match-report": ["Andy Farrell"],
    "charity-swim": ["Linda Marsh"] * 2,
    "skybridge-profits": ["Marta Kowalczyk"] * 2,
    "planning-refused": ["Carol Whitby", "Neil Patel"],
    "seal-rescue": ["Jenny Hollis", "Sam Turner"],
    "exam-results": ["Ofqual", "Bridget Phillipson"],
    "portugal-election": ["Luís Montenegro"],
    "phone-launch": ["Aisha Rahman"],
    "data-breach-retailer": ["Fiona Grant"],
    "court-verdict-fraud": ["Melanie Cross"] * 2 + ["Paul Dixon"] * 2,
    "weather-snow-warning": ["Alex Deakin"],
    "interview-author": ["Hana Sato"] * 3,
    "bird-flu-farm": ["UK Health Security Agency"] + ["Mark Gibbs"] * 2 + ["Christine Middlemiss"],
    "train-strike-cancelled": ["Mick Whelan", "Heidi Alexander"],
    "bridge-opening": ["John Swinney"],
    "cycling-helmet-study": ["Nadia Shah"] * 2,
    "festival-lineup": ["Emily Eavis", "Little Simz"],
    "library-reopens": ["Joan Atkinson"],
    "space-telescope-image": ["Charles Cadieux"] * 2,
    "olive-oil-prices": ["Manuel Ortega"] * 2 + ["Elena Marchetti"],
    "four-day-week-trial": ["Helen Foster"] + ["Richard Hale"] * 2 + ["Mark Dunne"] * 2 + ["Anna Kowalski"] * 2,
}


def test_test_articles_quotations_and_speakers() -> None:
    stories, skipped = load_folder(DATA / "stories")
    assert not skipped
    library = Library(stories)
    for story, speakers in TEST_ARTICLE_SPEAKERS.items():
        assert [q.speaker for q in library.quotes(story)] == speakers, story
    texts = [q.text for q in library.quotes("brighthome-recall")]
    assert "safety mode" not in texts  # the writer's scare quote
    assert "We have learned from this before" in texts and "and we will learn from it again." in texts


def test_speaker_filter_matches_any_part_case_insensitive(bundled: Library) -> None:
    assert len(bundled.quotes("zuckerberg-apology", speaker="ZUCKER")) == 6
    assert len(bundled.quotes("zuckerberg-apology", speaker="mark zuckerberg")) == 6
    assert bundled.quotes("zuckerberg-apology", speaker="Segall") == ()
    assert bundled.speakers("zuckerberg-apology") == ["Mark Zuckerberg"]


@pytest.mark.parametrize(
    ("question", "quote_part"),
    [
        ("What did Zuckerberg say about the people he hired?", "I hired the wrong people"),
        ("Was it a security breach?", "major breach of trust."),
        ("What is Facebook's responsibility now?", "Our responsibility now"),
    ],
)
def test_answers_carry_the_relevant_quotations(bundled: Library, question: str, quote_part: str) -> None:
    answer = bundled.ask(question)
    assert answer.answered
    assert any(quote_part in q.text for q in answer.quotes), answer.quotes
    assert len(answer.quotes) <= 3


def test_a_story_without_quotations(write_story) -> None:
    path = write_story("plain.md", "Plain\n\nThe council met on Monday. It approved the budget.")
    library = Library.from_folder(path.parent)
    assert library.quotes("plain") == () and library.speakers("plain") == []
    assert library.ask("What did the council approve?").quotes == ()
