"""Candidate moves and stays read out of an article, for a curator to confirm.

``python -m dashboard candidates SOURCE`` and the Sources page list, for each sentence that
probably states a move (or that someone is still somewhere), one :class:`Candidate` per person
or unnamed group it names. No model and no network: rules, the record's own names and aliases,
and the word lists of :mod:`dashboard.articles.lexicon` (German, Italian, English, French, Spanish).

How a sentence is read:

- **Sentences** are cut at ``.!?`` before a capital (also when the article glues them together,
  "zu spät.Wie"), at line breaks, and where a scraped headline runs into the text
  ("StartupZu den"). The ``quote`` is the sentence exactly as it stands in the document, so it
  passes the validator's quote check unchanged.
- **A trigger** makes a sentence a candidate: a verb or noun of leaving or joining, "new" and a
  role ("einen neuen Vorstandsvorsitzenden", "new chief scientist"), a phrase of staying ("noch bei",
  "still at"), or a word of an earlier step ("zuvor", "former", "worked at").
- **People**: the record's people by name or alias (case and accents ignored), misspellings
  within a small edit distance (difflib ratio ≥ 0.88 on the folded names), a known surname on
  its own when only one person has it; else two or three capitalised words that are not a
  known organisation, a role or title ("Turing-Preisträger", "CEO") or a sentence's small
  words, with a surname's particles and initials between them ("Vito De Filippo", "Olivier
  Dall’Oglio", "David de la Torre", "Kevin R. Convey") — a new name, written as the text writes
  it, with ``person_id`` null.
- **Groups**: a number (a digit or a number word) before a noun of people ("drei
  Wissenschaftler", "three researchers") is a group with that ``headcount``, unless it counts
  a whole set ("der 14 Autoren"); a word of quantity ("several people", "otros ex empleados") is one
  whose headcount the text does not give. Eighth round: so are an approximate number ("a dozen
  engineers", "une dizaine de chercheurs") and a part of a set ("most of the staff", "la metà dei
  dipendenti", not of a set a number counts); a noun of a set of people is its number ("ein
  Forscher-Trio"); after a number, a German compound of a noun of people counts ("drei
  Spitzenforscher"); a group that follows or goes with the person of the move before makes that move
  ("Ihm wollten einige weitere Schlüsselfiguren folgen", "accompagnato da diversi dipendenti di X").
- **Organisations**: the record's organisations by name or alias; on the side the small words
  before them say ("von", "from", "da", "de" → ``from``; "zu", "to", "a", "chez" → ``to``; a
  role before them says where someone is, "sind Mitgründer von Mistral", except in an
  apposition, "X, CEO von Scale AI, geht zu Meta", where it is where X comes from),
  or a verb next to them ("verliess Meta", "Meta verlassen", "rejoint X"); a list ("von OpenAI,
  Anthropic und Apple") shares its side. A capitalised word after such a marker (also across an
  article: "dall'Arabia"), after an article in Italian, Spanish and French ("L'Inter"), an
  acronym ("die SPD") or the head of a role compound ("Bayern-Trainer") that is no known
  organisation is a new one (``*_id`` null) — not a German common noun ("zu Jahresbeginn"), a
  name's particle ("de la Torre") or a publication. Wherever they stand: an institution's head noun
  and its name ("Hochschule für Gestaltung Offenbach", "Braunschweiger Zeitung", "University of
  California"), a club's or company's prefix or suffix ("Hamburger SV", "NORMA Group"), a title in
  quotation marks after a marker, an article or a role ("zur „Westfalenpost“"), a word written as a
  brand ("eBay", "xAI"); where only names are capitalised, one capitalised word that is no person's
  name as the subject of a verb that hires, dismisses or replaces ("y Thyssenkrupp sustituía a …") or
  coordinated with an organisation ("par Brest et Auxerre"); a city after "nach" is a place unless the
  sentence is about sport. A new organisation found so in a sentence that moves someone (or written as
  no word is, "OpenAI") is known in the whole text: "Meta has poached …" after "… to Meta"
  (``Reader._organisations_of``).
- **Several people in one sentence** (issue 25, third round): the sentence's clauses say who
  moves — the subject of a word of moving, not a name in another clause, an apposition's
  bystander or a name a preposition governs ("esonerato da X") — and each mover takes the nearest
  organisations of its own clauses; a predecessor ("en lugar de X") leaves, a successor
  ("sustituido por Y") comes; the names of one list share its move (``reading.movers._subjects``).
- **Dates**: a month ("im Mai", "in April", "a luglio") is resolved against the source's
  publication date with honest precision (a month in a year-dated article is "between May of
  the year before and May"), a year is a year; a word of an earlier step makes ``date_kind``
  ``before`` the publication date; otherwise the date is the publication date, ``reported``.
- **Denials**: a sentence that says its move did not happen ("declined his proposal to join",
  "almost joined") gives no candidate.
- **Certainty**: a hedge ("soll", "reportedly", "sarebbe", "serait", "estaría") makes it
  ``rumoured``, unless it stands in a relative clause that holds no word of the move.
- **Who moves** (issue 25): the members listed after a group sentence ("darunter B und C"), the
  people of the sentence before for a plural pronoun ("Sie wechseln nun zu L"); not the subject of
  a hiring verb ("Chefin K holt Forscher von A"), a spokesperson or a company's owner when someone
  else is named. Each candidate says which pattern found it (:data:`patterns.PATTERNS`).
- **Across sentences** (issue 25, fourth round): a pronoun or a description is the one person the
  text is about (a sentence without a move passes on its subject, or nobody when it names several),
  "X did the same" gets the last move proposed, "the company" is the organisation named most before
  it; a post in one's own company ("named CEO of his startup X") is no move; a list of names that ends
  a sentence with no move ("The others are A, B and C.") names the people of the move just before.
  Seventh round: a pronoun next to the word of moving, before anyone is named, is that person too
  ("Mitte des Jahres wechselt er zur …", "In late 2021 she joined …"); a description followed by its
  own name ("Der bisherige Chefredakteur der X, Friedhelm Fiedler, …") is that name, nobody before;
  a name compounded with a noun of moving ("nach der Lochthofen-Entlassung bei der X") is the move of
  the person the text names in full ("Sergej Lochthofen"), not of a club ("Bayern-Wechsel"); a move
  told of a description and no name ("scheidet auch der jetzige CEO des X aus", "ha scelto il nuovo
  allenatore") goes to the subject of the next sentence that names someone, or the name after "Si
  tratta di" (pattern ``named-after``). A German verb of moving whose particle ends the clause
  ("scheidet … aus", "tritt … zurück") is the listed "scheidet aus", "tritt zurück".
- **Existing move**: a recorded move of the same person (or a group of the same headcount) with
  the same origin or destination is named, so the curator can cite the new source instead.
- **Confidence** (0–1) adds up what was found: a trigger, a known person, organisations on both
  sides, a date hint; a rumour lowers it.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from dashboard.articles import lexicon
from dashboard.articles.language import detect_language
from dashboard.articles.patterns import (
    AGENTS,
    PATTERNS,
    clause_of,
    denies,
    hedge_governs,
    hires,
    only_speaks,
    spans,
    stated_date,
)
from dashboard.articles.reading.german import _handed_over, _perfect_objects, _separated, _succession_at_end
from dashboard.articles.reading.groups import (
    _GLUE,
    _bare_plurals,
    _bracketed_employers,
    _brackets,
    _closing_list,
    _counted,
    _list_start,
    _listed_after_person,
    _one_unnamed,
    _partitive_owner,
    _portions,
    _refers_back_plural,
    _respective,
)
from dashboard.articles.reading.movers import _SUBJECT_RELATIVES, _lists, _movers, _subjects, _succession
from dashboard.articles.reading.names import (
    _COMPANY_NOUNS,
    _COUNTRIES,
    _EXPERTISE,
    _GENITIVES,
    _NEVER_NAMES,
    _NEW,
    _SUBJECT_ARTICLES,
    _SUCCESSORS,
    _TITLES,
    _after_determiner,
    _age_after,
    _article_name,
    _brand,
    _capital_particle,
    _capitalised_run,
    _common_noun,
    _describes_one,
    _description,
    _dismissed_surname,
    _is_role,
    _name_end,
    _name_particle,
    _name_word,
    _noun_shaped,
    _opening_name,
    _possessed_role,
    _post_noun,
    _post_or_role,
    _pronoun_by_move,
    _refers_back,
    _role_of_name,
    _shaped_as_name,
    _single_name,
    _subject,
    _title_word,
    _titles_a_name,
)
from dashboard.articles.reading.organisations import (
    _COMPETITIONS,
    _DEFINITE,
    _FIELDS,
    _FORMER_EN,
    _NAMES_ONLY_CAPITALISED,
    _PEOPLE_NOUNS,
    _PUBLICATIONS,
    _TITLE_WORDS,
    _affixed,
    _bracketed_alias,
    _described_name,
    _field,
    _find,
    _german_described,
    _institutions,
    _no_employers,
    _owned_by,
    _owner_in_apposition,
    _place,
    _role_compound,
    _role_owners,
    _same_org,
    _seat_or_office_place,
    _stake,
    _titles,
)
from dashboard.articles.reading.posts import (
    _PRO_DROP_AUXILIARIES,
    _accepted_posts,
    _announces,
    _become_posts,
    _heading_move,
    _in_house,
    _negated,
    _new_posts,
    _not_moving,
    _opening_verb,
    _pattern,
)
from dashboard.articles.reading.sides import (
    _AGENTS,
    _agent_side,
    _appointed,
    _employers_in_order,
    _ex_employers,
    _former,
    _governed_sides,
    _hired_away_at,
    _in_apposition,
    _joined_at,
    _joined_post,
    _joined_staff,
    _joined_where,
    _left_for_object,
    _loses,
    _nearest_moving,
    _others_employers,
    _own_employer,
    _paired,
    _past_adverbial,
    _possessive_employers,
    _post_taken,
    _replaced_ones,
    _replaced_with_object,
    _role_before_name,
    _subject_of,
)
from dashboard.articles.reading.text import (
    _AUXILIARIES,
    FUZZY,
    _adjacent,
    _all_capitals,
    _any,
    _capitalised,
    _count,
    _folded_set,
    _has_group_noun,
    _in_any_language,
    _in_condition,
    _in_still_relative,
    _Mention,
    _month,
    _Move,
    _moving_words,
    _one_clause,
    _people_noun,
    _plural_verb,
    _precision,
    _single_words,
    _span_text,
    _Token,
    _touches,
    sentences,
)
from dashboard.articles.words import WORD, fold_word, folded_phrase
from dashboard.record.dates import When
from dashboard.record.model import Document


@dataclass
class Candidate:
    """One probable move (or stay) of one person or group, with the sentence that states it."""

    quote: str
    kind: str  # "move" or "stay"
    person: str | None
    person_id: str | None
    group: str | None
    headcount: int | None
    from_: str | None
    from_id: str | None
    to: str | None
    to_id: str | None
    date: str | None
    date_precision: str | None
    date_kind: str
    certainty: str
    existing_move: str | None
    confidence: float
    pattern: str = "move-verb"
    """Why it was found: a name of :data:`dashboard.articles.patterns.PATTERNS`."""
    trigger: str | None = None
    """The word or phrase of moving, staying or an earlier post that made the sentence a candidate."""

    def who(self) -> str:
        """The person, or the group with its headcount when the text gives one ("3 × drei Forscher"; a
        group of no stated number is named alone: "weitere Top-KI-Experten")."""
        if self.person:
            return self.person
        return f"{self.headcount} × {self.group}" if self.headcount else str(self.group)

    def why(self) -> str:
        """The pattern and its meaning, and the word that set it off: shown in the confirm step."""
        words = f" (“{self.trigger}”)" if self.trigger else ""
        return f"{self.pattern}{words}: {PATTERNS.get(self.pattern, '')}"

    def as_json(self) -> dict:
        data = asdict(self)
        data["from"] = data.pop("from_")
        data["why"] = self.why()
        return data


class Reader:
    """Reads candidates out of documents against one record (its people, organisations, moves)."""

    def __init__(self, document: Document, moves: Iterable[tuple] | None = None) -> None:
        """``moves``: the recorded moves as (id, person id, headcount, from id, to id), for
        :attr:`Candidate.existing_move` (default: the document's own moves)."""
        self.document = document
        self.moves = (
            list(moves)
            if moves is not None
            else [(move.id, move.person, move.headcount, move.from_, move.to) for move in document.moves]
        )
        self.people = self._index((pid, (p.name, *p.aliases)) for pid, p in document.people.items())
        self.orgs = self._index((oid, (o.name, *o.aliases)) for oid, o in document.organizations.items())
        surnames: dict[str, set[str]] = {}
        for person_id, person in document.people.items():
            for name in (person.name, *person.aliases):
                words = folded_phrase(name)
                if len(words) >= 2 and len(words[-1]) >= 4:
                    surnames.setdefault(words[-1], set()).add(person_id)
        self.surnames = {surname: ids.pop() for surname, ids in surnames.items() if len(ids) == 1}
        self.folded_people = {" ".join(folded_phrase(name)): pid for pid, p in document.people.items()
                              for name in (p.name, *p.aliases)}  # fmt: skip
        self._seen_orgs: dict = {}
        self._named: dict[str, str] = {}
        self._fallback_of: list[Candidate] = []  # the sentence's own (see _fallback)
        self._orgs_before: list[_Mention] = []  # the organisations the sentence before names (see _sentence)
        self._people_words: set[str] = set()  # the words of the full names the text gives (_organisations_of)
        self.org_words = {word for words, _ in (entry for entries in self.orgs.values() for entry in entries)
                          for word in words}  # fmt: skip

    @staticmethod
    def _index(records: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """First folded word -> (folded words, id), longest first."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for record_id, names in records:
            for name in names:
                words = folded_phrase(name)
                if words:
                    index.setdefault(words[0], []).append((words, record_id))
        for entries in index.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        return index

    def read(self, text: str, *, language: str | None = None, published: When | None = None) -> list[Candidate]:
        """Every candidate of ``text`` (a document), in the order of its sentences."""
        language = language if language in lexicon.LANGUAGES else detect_language(text) or "en"
        published = published or When(None, None)
        written = {}  # "GLOBEX HIRES JANE DOE FROM QUORRA": a heading in capitals is read in title case
        for sentence in sentences(text):
            if _all_capitals(sentence):
                titled = re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", lambda m: _title_word(m, language), sentence)
                written[titled] = sentence
                text = text.replace(sentence, titled)
        self._named: dict[str, str] = {}  # surname -> full name, of new names seen in this document
        self._previous: list[_Mention] = []  # the movers of the last sentence that named people
        self._group_move: _Move | None = None  # the move of the sentence before, if it was a group's
        self._told_move: _Move | None = None  # the move the sentence before proposed, if any
        self._last_move: _Move | None = None  # the last move proposed, for "X did the same"
        self._last_move_at = 0  # the sentence that proposed it (see _told_organisation)
        self._lost: tuple[_Mention, int] | None = None  # an organisation that lost people, in a sentence of no move
        self._described: tuple[_Move, int] | None = None  # a move told of a description, and when (_named_after)
        self._companies: dict[str, tuple[int, int, _Mention]] = {}  # organisation -> (times named, when, mention)
        self._no_employers: list[_Mention] = []  # the last sentence's competitions and media (see _no_employers)
        self._sentences_read = 0
        self._before: tuple[str, list[_Token]] | None = None  # the sentence before, for an agent it leaves out
        self._orgs_before = []
        self._next_agent: tuple[_Mention, _Mention, int] | None = None  # two agents, told one by one (_agent_before)
        self._full_names: dict[str, _Mention] = {}  # surname -> a full name the text gives (see _compounds)
        self._given_names: set[str] = set()  # every full name the text gives, folded (see _role_organisations)
        self._seen_orgs = self._organisations_of(text, language)
        self._rumoured: list[tuple[Candidate, _Mention, int]] = []  # candidates named for a post (_withdrawn)
        self._affiliations: dict[str, _Mention] = {}  # person -> the organisation the text gives them (_remember)
        found = []
        fallbacks: list[tuple[int, Candidate]] = []  # (sentence, candidate) of the fallback (see _fallback)
        at: dict[int, int] = {}  # id of a candidate -> its sentence
        for number, sentence in enumerate(sentences(text)):
            read = self._sentence(sentence, language, published)
            at.update((id(candidate), number) for candidate in read)
            found += read
            fallbacks += [(number, candidate) for candidate in self._fallback_of]
            withdrawn = self._withdrawn(sentence, language)  # "However Klopp has ruled himself out of the job"
            found = [candidate for candidate in found if all(candidate is not other for other in withdrawn)]
        told = [candidate.person for candidate in found if candidate.person]  # a person two candidates name is surer
        for candidate in found:
            candidate.quote = written.get(candidate.quote, candidate.quote)  # as the text writes it
            alone = candidate.person is not None and told.count(candidate.person) == 1
            candidate.confidence = _confidence(candidate, alone=alone)
        surnames = {folded_phrase(person)[-1] for person in told if folded_phrase(person)}
        for number, candidate in fallbacks:  # only for a person no rule proposed, once
            surname = folded_phrase(candidate.person)[-1]
            if surname not in surnames:
                surnames.add(surname)
                candidate.quote = written.get(candidate.quote, candidate.quote)
                at[id(candidate)] = number
                found.append(candidate)
        found.sort(key=lambda candidate: at[id(candidate)])  # (stable: the rules' order within a sentence)
        return found

    def _withdrawn(self, sentence: str, language: str) -> list[Candidate]:
        """The candidates for a post (:meth:`_candidacies`) of the last two sentences that a denial withdraws:
        a sentence with a word of denial ("has ruled himself out", "a décliné", "ha detto no", "rechazó",
        "hat abgesagt") that names the candidate (a word of the name, the surname alone too) before it."""
        if not self._rumoured:
            return []
        words = [fold_word(m.group()) for m in WORD.finditer(sentence)]
        denial = spans(words, lexicon.DENIALS[language])
        if not denial:
            return []
        before = set(words[: denial[0][0]])
        out = []
        for candidate, person, at in self._rumoured:
            if 0 < self._sentences_read - at <= 2 and before & set(folded_phrase(person.name)):
                out.append(candidate)
        self._rumoured = [item for item in self._rumoured if all(item[0] is not c for c in out)]
        return out

    def _organisations_of(self, text: str, language: str) -> dict[str, list[tuple[tuple[str, ...], None]]]:
        """The new organisations the whole text names where a cue marks them (a marker, an article, an
        affix, an institution's head ...), indexed as :attr:`orgs` is: a careful reader who met "to
        Meta" or "la Roma" once knows "Meta" and "Roma" wherever the text names them again, also before
        the sentence that marks them. Only where the cue is firm: in a sentence with a word of moving or
        hiring (not the head of a role compound, "Tech-Journalistin"), or a name written as no word is
        ("OpenAI", "UBS"); never a word of a person's name the text gives ("Borsos" of "Zalán Borsos"),
        nor a small word or abbreviation that names nothing ("l'IA")."""
        quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
        names: set[tuple[str, ...]] = set()
        people: set[str] = set()  # the words of people's names: "Borsos" is no organisation anywhere
        surnames: set[str] = set()  # the last words of them: "Lacombe" of "Guy Lacombe"
        for sentence in sentences(text):
            tokens = [_Token(fold_word(m.group()), m.group(), m.start(), m.end()) for m in WORD.finditer(sentence)]
            if len(tokens) < 3:
                continue
            words = [token.folded for token in tokens]
            moving = spans(words, lexicon.LEAVE[language] + lexicon.JOIN[language] + lexicon.HIRERS[language])
            orgs = self._organisations(sentence, tokens, language, quiet, cued=True)
            for mention in orgs:
                # (or named after a description of a company: "la cadena de supermercados Dia" is one)
                described = any(_described_name(sentence, tokens, at, language) == mention.first
                                for at in range(max(0, mention.first - 4), mention.first))  # fmt: skip
                if mention.record_id is None and ((moving and mention.how != "role-of") or described
                                                  or _shaped_as_name(mention.name)):  # fmt: skip
                    names.add(tuple(folded_phrase(mention.name)))
            skip = 1 if language == "de" else 0  # a German sentence's first word may be any noun
            in_org = {i for org in orgs for i in range(org.first, org.last + 1)}
            for person in self._people(sentence, tokens[skip:], [], language):
                if person.last > person.first:  # a full name (one word alone, "Meta has …", may be either)
                    people.update(t.folded for t in tokens[person.first + skip : person.last + skip + 1])
                    self._given_names.add(" ".join(folded_phrase(person.name)))
                    # (not an organisation after a word of an earlier post or a German noun, "Former Quorra",
                    # "im Hause Springer"; but "Paul Le Guen", "Le Rennais Guy Lacombe")
                    shaky = skip or tokens[person.first].folded in _FORMER_EN | _single_words("earlier", language)
                    if not (shaky and any(org.first == person.last + skip for org in orgs)):
                        surnames.add(tokens[person.last + skip].folded)
                    if not in_org & set(range(person.first + skip, person.last + skip + 1)):
                        self._full_names.setdefault(tokens[person.last + skip].folded, person)
            if skip:  # "Jonas Brenner war …": a name that opens a German sentence (see _introduced)
                opening = next((m for m in self._people(sentence, tokens, orgs, language) if m.first == 0), None)
                if opening is not None and _opening_name(tokens[: opening.last + 1], language):
                    self._full_names.setdefault(tokens[opening.last].folded, opening)
        people |= set(self._named)
        self._people_words = surnames - self.org_words  # (see _organisations: "succéder à Lacombe")
        self._named = {}
        names = {words for words in names if not (len(words) == 1 and words[0] in people)
                 and not all(word in _NEVER_NAMES for word in words)}  # fmt: skip  # not "l'IA"
        return self._index((None, (" ".join(words),)) for words in names)

    # --- one sentence ---------------------------------------------------------------------------

    def _sentence(self, sentence: str, language: str, published: When) -> list[Candidate]:
        tokens = [_Token(fold_word(m.group()), m.group(), m.start(), m.end()) for m in WORD.finditer(sentence)]
        self._sentences_read += 1
        named = dict(self._named)  # the names known before it, as the rules read it (for _fallback)
        found = self._read_sentence(sentence, tokens, language, published)
        self._fallback_of = self._fallback(sentence, tokens, language, published, named)
        self._remember(sentence, tokens, language, [*found, *self._fallback_of])
        self._before = (sentence, tokens)
        # the organisations a later "the company" may mean: known ones, and new ones the text marks (_organisations_of)
        known = _find(tokens, self.orgs, genitive=True)
        spans_known = {i for mention in known for i in range(mention.first, mention.last + 1)}
        known += [mention for mention in _find(tokens, self._seen_orgs, genitive=True)
                  if not spans_known & set(range(mention.first, mention.last + 1))]  # fmt: skip
        for mention in known:
            self._count_company(mention)
        self._orgs_before = known
        if not found and _folded_set("losers", language) & {token.folded for token in tokens}:
            # "Apple lost a dozen researchers this year.", "La Roma ha perso …" (see _told_organisation)
            quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
            lost = [mention for mention in self._organisations(sentence, tokens, language, quiet)
                    if mention.side == "from" and mention.how == "verb"]  # fmt: skip
            if len({mention.record_id or fold_word(mention.name) for mention in lost}) == 1:
                self._lost = (lost[0], self._sentences_read)
        return found

    def _fallback(self, sentence: str, tokens: list[_Token], language: str, published: When,
                  named: dict[str, str]) -> list[Candidate]:  # fmt: skip
        """The last resort after the rules, for a name and a word of moving that no rule ties: a sentence
        with a word of leaving (``leave``, ``dismissers``) and none of joining or hiring that names one
        person (a full name, or one the record knows, as :meth:`_people` finds them) tells that person
        left the organisation the sentence names, else the one the text gave them before (:meth:`_remember`,
        pattern ``remembered``, scored as the rules' candidates), else the one organisation the sentence
        before names ("Apple is looking for a new director. Mara Lind resigned in July."), else, when that one names
        none either, the organisation the text is about: the one it named most often so far, three times
        or more and more often than any other ("Vantor … Vantor … Vantor … Mara Lind ha lasciato
        l'incarico"). Pattern ``fallback``,
        confidence :data:`FALLBACK_CONFIDENCE`; :meth:`read` keeps it only for a person no rule proposed
        anywhere in the text. Not a speaker ('said X'), the subject of a hiring verb ('X hired Y'), a
        name next to a word of succession ('X replaces Y', 'replaced by Y'), a name a preposition
        governs ('le laboratoire de X', as :func:`reading.movers._subjects` has it; not 'la salida de X'), nor in a
        sentence whose words of moving tell no move (:func:`_not_moving`) or that denies or negates
        its move; nothing with no organisation to name (a candidate of no
        organisation matches no move). Only leaving, and one person: with words of joining, or with
        two names, most such guesses were wrong on the ``tune`` subset (round 15). ``named``: the
        names the text gave before the sentence, as the rules read it."""
        words = [token.folded for token in tokens]
        if len(tokens) < 3 or not spans(words, lexicon.LEAVE[language] + lexicon.DISMISS[language]):
            return []
        aside, _verbs = _not_moving(sentence, tokens, language)
        moving = [("" if at in aside else word) for at, word in enumerate(words)]
        leaving = spans(moving, lexicon.LEAVE[language] + lexicon.DISMISS[language])
        if not leaving or spans(moving, lexicon.JOIN[language] + lexicon.HIRERS[language]):
            return []
        starts, ends = [t.start for t in tokens], [t.end for t in tokens]
        if denies(sentence, words, starts, ends, language, leaving) or _negated(sentence, tokens, language, leaving):
            return []
        trigger = " ".join(words[slice(*leaving[0])])
        has = dict.fromkeys(("join", "stay", "earlier", "hedge", "hire")) | {"leave": trigger}
        # read as the rules read it (the names known before it), changing nothing for later sentences
        kept, self._named = (self._no_employers, self._named), dict(named)
        orgs = self._organisations(sentence, tokens, language, has)
        people = self._people(sentence, tokens, orgs + self._no_employers, language)
        self._no_employers, self._named = kept
        succession = spans(words, lexicon.REPLACES[language] + lexicon.REPLACED_BY[language])
        governing = (_folded_set("prepositions", language) | _GENITIVES | AGENTS) - _PERSONAL_OBJECTS
        after_moving = {end for _start, end in leaving}

        def governed(m: _Mention) -> bool:  # "le laboratoire de Mark Zuckerberg", not "la salida de X"
            at = m.first - 2 if m.first > 1 and _capitalised(tokens[m.first - 1].text) else m.first - 1
            return at >= 0 and words[at] in governing and at not in after_moving

        people = [m for m in people if not governed(m) and not only_speaks(words, m.first, m.last, language)
                  and hires(words, m.last, language) is None  # "CEO X hired Y"
                  and not any(-3 <= m.first - end <= 3 for _start, end in succession)  # "X replaces Y", "replaced by Y"
                  and (m.last > m.first or m.record_id is not None)]  # fmt: skip
        if len(people) != 1:
            return []
        person = people[0]
        orgs = orgs or self._remembered([person], tokens, language)  # the one the text gave them (_remember)
        before = self._orgs_before  # the one organisation the sentence before names
        if not orgs and len({mention.record_id or fold_word(mention.name) for mention in before}) == 1:
            orgs = before[:1]
        if not orgs and not before and self._companies:  # the organisation the text is about, if one stands out
            ranked = sorted(self._companies.values(), key=lambda item: item[0], reverse=True)
            if ranked[0][0] >= 3 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
                orgs = [ranked[0][2]]
        org = next((o for o in orgs if o.side == "from"), None) or self._nearest(person, orgs)
        if org is None:
            return []
        date, precision, date_kind = self._date(words, language, published, False)
        candidate = Candidate(
            quote=sentence, kind="move", person=person.name, person_id=person.record_id, group=None, headcount=None,
            from_=org.name, from_id=org.record_id, to=None, to_id=None,
            date=date, date_precision=precision, date_kind=date_kind, certainty="stated",
            existing_move=None, confidence=FALLBACK_CONFIDENCE, trigger=trigger,
            pattern="remembered" if org.how == "remembered" else "fallback",
        )  # fmt: skip
        candidate.existing_move = self._existing(candidate)
        return [candidate]

    def _count_company(self, mention: _Mention) -> None:
        key = mention.record_id or fold_word(mention.name)
        times = self._companies.get(key, (0, 0, mention))[0]
        self._companies[key] = (times + 1, self._sentences_read, dataclasses.replace(mention, side=None, how=""))

    def _company_named_before(self, sentence: str, tokens: list[_Token], found: list[_Mention],
                              language: str) -> list[_Mention]:  # fmt: skip
        """'The company' for the organisation the text is about: a definite article and a noun of a
        company ('a quitté l'entreprise', 'se unirán a la compañía', 'from the company', 'das
        Unternehmen', 'l'azienda') or of another kind of organisation (list ``org_descriptions``: 'le
        club', 'die Partei', 'el conjunto', 'il sodalizio') with no name after it is the organisation
        named most often before it in the text -- one the record knows or a new one the text marks
        ('xAI') --, on a tie one the record knows ('la société Meta' before 'le WSJ'), then the latest
        (the sentence's own organisations before the noun count too); nothing when the text named none,
        or when it named several the record does not know equally often ('CAF … la Bolsa … del grupo':
        none stands out). Not 'the startup Inflection' (a name follows), not 'sa propre entreprise' (a
        possessive: someone's own), not 'il partito fondato da Renzi' (an agent says which)."""
        definite = set(lexicon.ARTICLES[language]) | _DEFINITE
        nouns = _COMPANY_NOUNS | _folded_set("org_descriptions", language)  # "le club", "die Partei"
        taken = {i for mention in found for i in range(mention.first, mention.last + 1)}
        out = []
        for at, token in enumerate(tokens[1:], start=1):
            if token.folded not in nouns or at in taken or tokens[at - 1].folded not in definite:
                continue
            if (
                at + 1 < len(tokens)
                and _capitalised(tokens[at + 1].text)
                and _adjacent(sentence, token, tokens[at + 1])
            ):
                continue  # "the startup Inflection": an apposition, the name follows
            if language != "de" and _described_name(sentence, tokens, at, language) is not None:
                continue  # "la multinacional española Indra": a described name follows, past its adjectives
            if at + 1 < len(tokens) and tokens[at + 1].folded in _GENITIVES - {"d'"}:
                continue  # "al equipo del gobernador", "l'équipe de campagne": its complement says which, not the text
            if at + 2 < len(tokens) and tokens[at + 2].folded in AGENTS:
                continue  # "il partito fondato da Renzi", "the company founded by X": its agent says which
            counts = dict(self._companies)
            for mention in found:
                if mention.last < at:
                    key = mention.record_id or fold_word(mention.name)
                    times = counts.get(key, (0, 0, mention))[0]
                    counts[key] = (times + 1, self._sentences_read, mention)
            if not counts:
                continue
            # a tie goes to an organisation the record knows, then to the latest: "la société Meta … le WSJ"
            times, _when, meant = max(
                counts.values(), key=lambda item: (item[0], item[2].record_id is not None, item[1])
            )
            rivals = [item for item in counts.values() if item[0] == times and item[2] is not meant]
            if meant.record_id is None and rivals:
                continue  # "CAF … la Bolsa … del grupo": no organisation stands out, the record knows none of them
            out.append(_Mention(at, at, meant.name, meant.record_id, described=True))
        return out

    def _read_sentence(self, sentence: str, tokens: list[_Token], language: str, published: When) -> list[Candidate]:
        group_move, self._group_move = self._group_move, None
        told_move, self._told_move = self._told_move, None
        if len(tokens) < 3:
            return []
        words = [token.folded for token in tokens]
        sides = self._heading_sides(sentence, tokens, language)
        if sides is not None:  # "Sion deciso: via Tramezzani, arriva Celestini"
            return self._heading_candidates(sides, sentence, words, language, published)
        joined = " " + " ".join(words) + " "
        aside, separated = _not_moving(sentence, tokens, language)
        moving = [("" if at in aside else word) for at, word in enumerate(words)]
        moving_joined = " " + " ".join(moving) + " "
        tables = (
            ("leave", lexicon.LEAVE),
            ("join", lexicon.JOIN),
            ("stay", lexicon.STAY),
            ("earlier", lexicon.EARLIER),
            ("hedge", lexicon.HEDGES),
            ("hire", lexicon.HIRERS),
        )
        has = {name: _any(moving_joined, moving, table[language]) if name in ("leave", "join", "hire")
               else _any(joined, words, table[language]) for name, table in tables}  # fmt: skip
        # "remplace" is not in "remplacé par", which folds the same: who is replaced leaves, nobody joins by it
        replaced = {i for low, high in spans(moving, lexicon.REPLACED_BY[language]) for i in range(low, high)}
        replacing = [word if at not in replaced else "" for at, word in enumerate(moving)]
        has["join"] = has["join"] or has["hire"] or _any(" " + " ".join(replacing) + " ", replacing,
                                                         lexicon.REPLACES[language])  # fmt: skip
        has["leave"] = has["leave"] or _any(moving_joined, moving, lexicon.REPLACED_BY[language])  # "sustituido por Y"
        # a verb of dismissing is one of leaving, as one of hiring is one of joining: "Everton sacks Sean Dyche"
        has["leave"] = has["leave"] or _any(moving_joined, moving, lexicon.DISMISS[language])
        # a verb of losing someone whose subject is an organisation: "Quorra verliert X an Y", "Apple has lost X"
        lost = self._losing_subject(sentence, tokens, language)
        has["leave"] = has["leave"] or lost
        posts = _new_posts(words)  # "hat einen neuen Vorstandsvorsitzenden gefunden"
        posts += _accepted_posts(sentence, tokens, language)  # "hat den Ruf auf die W3-Professur … angenommen"
        posts += _become_posts(tokens, language)  # "left A to become chief executive of B"
        posts = [(low, high) for low, high in posts if low not in aside]  # "übernimmt kommissarisch die Leitung"
        has["join"] = has["join"] or next((" ".join(words[low:high]) for low, high in posts), None)
        compounds = self._compounds(tokens, language)  # "nach der Lochthofen-Entlassung bei der …"
        for at, side in compounds:
            has[side] = has[side] or words[at]
        for _at, side, phrase in separated:
            has[side] = has[side] or phrase
        # "X, Y and Z have been tipped as possible successors", "in pole per la panchina": candidates, a rumour
        candidacy = spans(moving, lexicon.CANDIDACIES[language])
        if candidacy:
            has["join"] = has["join"] or " ".join(words[candidacy[0][0] : candidacy[0][1]])
        trigger_spans = spans(moving, lexicon.LEAVE[language] + lexicon.JOIN[language] + lexicon.HIRERS[language]
                              + lexicon.DISMISS[language] + lexicon.REPLACES[language]
                              + lexicon.REPLACED_BY[language])  # fmt: skip
        heading = (
            None
            if has["leave"] or has["join"] or has["stay"] or has["earlier"]
            else _heading_move(sentence, tokens, language)
        )  # "Salzburg-Coach Marsch zu Leipzig": a heading with no verb
        if heading is not None:
            posts.append((heading, heading + 1))
            has["join"] = words[heading]
        listed = _list_start(sentence, tokens, language)
        clauses = {i for i in range(1, len(tokens)) if "," in sentence[tokens[i - 1].end : tokens[i].start]}
        if not (has["leave"] or has["join"] or has["stay"] or has["earlier"]):
            # the names it introduces, for later sentences (a German sentence's first word may be any noun
            # or adjective, capitalised: "Interne Herausforderungen" is no name)
            named = self._introduced(sentence, tokens, language)
            after = self._named_after(sentence, named, tokens, words, language, clauses, listed)
            self._introduce(named, tokens, words, language, clauses)
            if after:
                return after
            if listed is not None and listed <= 3 and group_move:  # "Darunter sind B und C.": the group before
                return self._members_of(group_move, sentence, tokens, language, listed)
            closing = _closing_list(named, sentence, tokens) if listed is None and (group_move or told_move) else None
            if closing is not None:  # "The others are Ruoming Pang, Tom Gunter, … and Yun Zhu."
                return self._members_of(group_move or told_move, sentence, tokens, language, closing)
            if named and self._last_move is not None and spans(words, lexicon.SAME_MOVE[language]):
                return self._same_move(self._last_move, sentence, tokens, language)  # "X a fait de même."
            if self._last_move is not None and spans(words, lexicon.FOLLOWERS[language]):
                return self._followers(self._last_move, sentence, tokens, language)  # "Ihm wollten einige … folgen."
            return []
        orgs = self._organisations(sentence, tokens, language, has)
        part = {low for low, _high in spans(words, lexicon.PORTIONS[language]) if not _capitalised(tokens[low].text)}
        orgs = [org for org in orgs if org.first not in part]  # "la metà dei dipendenti": "metà" folds as "Meta"
        # "ocupaba la dirección en Argentina": a country after a preposition of place is where, not a national
        # team, unless a verb of moving stands right before the preposition ("dejó Argentina" has none)
        places, verbs = _folded_set("locatives", language), _moving_words(language)
        orgs = [org for org in orgs if not (org.first == org.last and words[org.first] in _COUNTRIES
                                            and org.first > 0 and words[org.first - 1] in places
                                            and not (org.first > 1 and words[org.first - 2] in verbs))]  # fmt: skip
        orgs = [
            org
            for org in orgs
            if not _owner_in_apposition(sentence, tokens, org, orgs, language) and not _stake(sentence, tokens, org)
        ]  # "a former investor in OpenAI": money, no post
        owned = {end for _start, end in spans(words, lexicon.OWNERS[language])}  # "bought by Alphabet": an owner
        orgs = [org for org in orgs if not _owned_by(words, [_capitalised(t.text) for t in tokens], org, owned)]
        orgs = [org for org in orgs if not _bracketed_alias(sentence, tokens, org, orgs)]  # "Microsoft (MSFT)"
        agent = self._agent_before(tokens, words, orgs, language, clauses)  # "El Tenerife … . Destituyó a X"
        orgs = [agent, *orgs] if agent is not None else orgs
        people = self._people(sentence, tokens, orgs + self._no_employers, language)  # "Copa Libertadores": no one
        for at, _side in compounds:
            surname = words[at].rpartition("-")[0]
            full = self._full_names.get(surname)
            record_id = full.record_id if full else self.surnames[surname]
            name = full.name if full else self.document.people[record_id].name
            if all((m.record_id or fold_word(m.name)) != (record_id or fold_word(name)) for m in people):
                people.append(_Mention(at, at, name, record_id))
        people.sort(key=lambda m: m.first)
        people, orgs = _listed_after_person(people, orgs, sentence, tokens, language)  # "di De Rossi e poi di Juric"
        people, orgs = _bracketed_employers(people, orgs, tokens, sentence)  # "X (Hamburger SV) und Y (Bayern München)"
        if candidacy and people:
            within = {i for low, high in candidacy for i in range(low, high)}
            # a noun of succession is the post itself ("Als Nachfolger gilt X als Favorit"), no move of its own
            moved = [at for low, high in trigger_spans if low not in within
                     and not (high - low == 1 and words[low] in _SUCCESSORS) for at in range(low, high)]  # fmt: skip
            if not (moved or posts or compounds or separated):  # no other move: the candidates for the post
                return self._candidacies(candidacy, people, orgs, sentence, tokens, words, language, published)
        how: dict[int, str] = {}  # id of a mention -> the pattern that makes it a mover
        # (a compound's name is the subject of its own noun of moving, whatever preposition governs it)
        how.update((id(m), "move-verb") for m in people if any(m.first == at for at, _side in compounds))
        groups = self._groups(sentence, tokens, language)
        if _refers_back_plural(words, language, clauses) and len(self._previous) >= 2:
            earlier = [m for m in self._previous if all((p.record_id or p.name) != (m.record_id or m.name)
                                                         for p in people)]  # fmt: skip
            people = [_Mention(0, 0, m.name, m.record_id) for m in earlier] + people
            how.update((id(m), "pronoun") for m in people[: len(earlier)])
        elif self._refers_to_one(tokens, words, people, language, clauses):
            before = self._previous[0]  # "Er arbeitete bisher ...": the person of the sentence before
            if all((m.record_id or m.name) != (before.record_id or before.name) for m in people):
                people.insert(0, _Mention(0, 0, before.name, before.record_id))
                how[id(people[0])] = "pronoun"
        if listed is not None:  # "…, darunter B und C": the named members of the group
            # up to a relative clause after the list ("…, quienes volvieron a OpenAI para trabajar con Sam Altman")
            relatives = _folded_set("relatives", language)
            ends = next((i for i in range(listed + 1, len(words)) if words[i] in relatives
                         and i in clauses), len(words))  # fmt: skip
            how.update((id(m), "member") for m in people if listed <= m.first < ends and id(m) not in how)
        trigger_at = sorted(spans(words, lexicon.LEAVE[language] + lexicon.JOIN[language] + lexicon.HIRERS[language]
                                  + lexicon.DISMISS[language] + lexicon.REPLACES[language]
                                  + lexicon.REPLACED_BY[language]) + posts
                            + [(at, at + 1) for at, _side in compounds]
                            + [(at, at + 1) for at, _side, _phrase in separated] + candidacy
                            + (spans(words, lexicon.LOSERS[language]) if lost else []))  # fmt: skip
        for mention in people:  # "renvoyé … par Montpellier, où Romain Pitau a pris place sur le banc": the successor
            where = None if id(mention) in how else _joined_where(mention, orgs, tokens, sentence, language)
            if where is not None and where.side == "from":
                how[id(mention)] = "successor"
        inverted = {i for low, high in spans(words, lexicon.REPLACED_BY[language]) for i in range(low, high)}
        replacing = [start for start, _end in spans(words, lexicon.REPLACES[language]) if start not in inverted]
        glue = _GLUE
        for mention in people[:1]:  # "Jérôme Gilg remplace Stéphane Maquaire comme directeur général de Manor"
            if id(mention) not in how and any(
                1 <= start - mention.last <= 3
                and not clauses & set(range(mention.last + 1, start + 1))
                and not glue & set(words[mention.last + 1 : start])  # "sacked X and replaced him": not X's verb
                for start in replacing
            ):
                how[id(mention)] = "replacer"
        replacing_apart = [(at, at + 1) for at, _side, phrase in separated if phrase in lexicon.REPLACES[language]]
        replacing_apart += _succession_at_end(sentence, tokens, language)  # "wird X als Chef beerben"
        handed = _handed_over(sentence, tokens, separated, language)  # "gibt den Vorsitz an X ab"
        succession = _succession(people, words, language, clauses, replacing_apart, handed)
        how.update((key, role) for key, role in succession.items() if key not in how)
        replaced = _replaced_ones(people, how, orgs, tokens, sentence, language)
        people = _movers(people, how, groups, words, language, orgs)
        people = [m for m in people if how.get(id(m)) in ("member", "pronoun")
                  or not _in_condition(words, m, clauses, language)]  # fmt: skip
        marks = trigger_at + spans(
            words, lexicon.EARLIER[language] + lexicon.STAY[language] + lexicon.SAME_MOVE[language]
        )
        hiring = spans(words, lexicon.HIRERS[language])
        people, reach = _subjects(people, how, groups, sentence, tokens, orgs, marks, hiring, language)
        if people:  # not a mover by its own clause: "Luca Gotti al Lecce, che … è stato sostituito da Marco Giampaolo"
            for mention in (m for m in replaced if all(m is not p for p in people)):
                how[id(mention)] = "predecessor"
                people = sorted([*people, mention], key=lambda m: m.first)
        # "Jane Doe has joined Mara Lind at Globex": the one joined moves nowhere
        people = [m for m in people if not _joined_at(tokens, m.first, m.last, language)]
        ranks = _folded_set("ranks", language)  # "Mara Lind was brought in above Jane Doe": measured against
        people = [m for m in people if m.first == 0 or words[m.first - 1] not in ranks]
        if len(people) > 1 and language == "en":  # "X, who had worked there alongside co-founder Y": a name in a
            # relative clause of no move (English only: the other languages' relatives are also articles, "der", "che")
            people = [m for i, m in enumerate(people) if i == 0 or how.get(id(m)) is not None
                      or not _in_still_relative(words, m.first, trigger_at, language)]  # fmt: skip
        if people:  # "X, assunto dal Catania … e che potrebbe riguardare diversi altri professionisti": not a mover
            groups = [group for group in groups if not _in_still_relative(words, group[2], marks, language)]
        named = [m for m in people if how.get(id(m)) != "pronoun"]
        self._previous = named or self._previous
        kind = "stay" if has["stay"] and not (has["leave"] or has["join"]) else "move"
        date, precision, date_kind = self._date(words, language, published, has["earlier"], has["join"])
        hedged = bool(has["hedge"]) and hedge_governs(
            sentence, words, [t.start for t in tokens], [t.end for t in tokens], language, trigger_at
        )
        if denies(sentence, words, [t.start for t in tokens], [t.end for t in tokens], language, trigger_at):
            return []  # "declined his proposal to join Meta", "almost joined": no move to propose
        if _negated(sentence, tokens, language, trigger_at):
            return []  # "Jane Doe will not leave Quorra", "no dejará el Betis": no move happens
        certainty = "rumoured" if hedged or candidacy else "stated"
        trigger = next((has[name] for name in ("leave", "join", "stay", "earlier") if has[name]), None)
        move = _Move(orgs, kind, date, precision, date_kind, certainty, trigger)
        if groups or _has_group_noun(words, language):
            self._group_move = move  # its members may be named in the next sentence
        if not has["leave"] and _in_house(tokens, orgs, sentence):
            return []  # "has been named CEO of his artificial intelligence startup Safe Superintelligence"
        if people or groups:
            self._described = None
        elif orgs and not has["earlier"] and _describes_one(tokens, language):
            self._described = (move, self._sentences_read)  # "la Ferrari nomina il nuovo amministratore delegato"
        follows = bool(spans(words, lexicon.FOLLOWERS[language]))  # "sarà accompagnato da diversi dipendenti"
        prepositions = _folded_set("prepositions", language)
        if people and not orgs and bool(has["leave"]) != bool(has["join"]) and _possessed_role(sentence, tokens):
            orgs = self._named_last(language, "from" if has["leave"] else "to")  # "Warner Bros. Su presidente, X, …"
            move = dataclasses.replace(move, orgs=orgs)
        if (
            people
            and not orgs
            and has["leave"]
            and not has["join"]
            and all(m.first == 0 or words[m.first - 1] not in prepositions for m in people)
        ):  # the people are the sentence's subjects, not the object of a noun ("auch die Entlassung von X")
            orgs = self._left_as_before(words, language)  # "X and Y have also left their posts"
            orgs = orgs or self._remembered(people, tokens, language)  # "Quorra's … Mara Lind … Lind resigned"
            move = dataclasses.replace(move, orgs=orgs)
        if people and not orgs and spans(words, lexicon.REPLACED_BY[language]):
            orgs = self._left_as_before(words, language, said=True)  # "X left A. He was replaced by Y."
            move = dataclasses.replace(move, orgs=orgs)
        if people and not orgs and not groups and not (has["stay"] or has["earlier"] or posts or compounds
                                                       or separated):  # fmt: skip
            # "Les départs notables incluaient X, Y et Z": the organisation the text was telling of
            named = [m for m in people if how.get(id(m)) != "pronoun"]  # not one carried from before
            orgs, named = self._told_organisation(tokens, moving, named, language) if named else ([], [])
            people = named if orgs else people
            move = dataclasses.replace(move, orgs=orgs)
        if not (people or groups) or not (orgs or (groups and follows and self._last_move is not None)):
            return []
        if listed is not None and ":" in sentence[tokens[listed - 1].end : tokens[listed].start]:
            # "avec deux autres chercheurs : X et Y": a group whose members are all named after a colon is they (not
            # after "darunter", "among them": a part of it)
            named_members = sum(how.get(id(m)) == "member" for m in people)
            groups = [g for g in groups if not (g[2] < listed and g[1] is not None and g[1] <= named_members)]
        out = []
        group_side = [org for org in orgs if listed is not None and org.first < listed]
        sides = {org.side for org in group_side}  # the group's organisations before a member's own
        listed_move = dataclasses.replace(move, orgs=group_side + [org for org in orgs if org.side not in sides])
        brackets = _brackets(people, tokens, sentence)
        glue = _GLUE
        lists = _lists(people, sentence, tokens, glue | _folded_set("sequels", language))
        respective = _respective(people, lists, orgs, sentence, tokens, language)
        for key, others in _employers_in_order(lists, orgs, sentence, tokens, language).items():
            respective.setdefault(key, others)  # "Brest et Auxerre ont démis … Der Zakarian et Furlan"
        # "X will be replaced by Globex executive Jane Doe": the successor's own employer is where they come from,
        # no side of the others'; the organisation left is where they go
        succeeding = {id(who): mine for who in people if how.get(id(who)) == "successor"
                      and (mine := _own_employer(who, orgs, sentence, tokens)) is not None}  # fmt: skip
        for key, mine in succeeding.items():
            for other in people:
                if id(other) != key:
                    respective.setdefault(id(other), []).append(mine)
        for who in [*people, *groups]:
            if how.get(id(who)) == "interim":  # "übernimmt das Ruder von Interims-CEO Per Hornung Pedersen"
                continue  # an interim head hands over inside the organisation: no move the text states
            member = listed is not None and (who[2] if isinstance(who, tuple) else who.first) >= listed
            pattern = "member" if member else how.get(id(who))
            own = listed_move if member else move
            if not isinstance(who, tuple) and id(who) in reach:  # the organisations of its own clauses
                # and a member's of its group ("ha incorporado a otros ex empleados de OpenAI, incluyendo a X")
                own = dataclasses.replace(own, orgs=[org for org in own.orgs if org.first in reach[id(who)]
                                                     or (member and org in group_side)])  # fmt: skip
            if brackets and not isinstance(who, tuple):  # "Roberto Toscano (…), Alberto Melloni (…, già al Corsera)"
                theirs = {i for key, (low, high) in brackets.items() if key != id(who) for i in range(low, high)}
                own = dataclasses.replace(own, orgs=[org for org in own.orgs if org.first not in theirs])
                mine = brackets.get(id(who))
                if mine is not None and any(mine[0] <= org.first < mine[1] for org in own.orgs):
                    own = dataclasses.replace(own, orgs=[org for org in own.orgs if mine[0] <= org.first < mine[1]])
            if not isinstance(who, tuple) and id(who) in respective:  # "X e Y, rispettivamente di A e B"
                others = respective[id(who)]
                own = dataclasses.replace(own, orgs=[org for org in own.orgs if all(org is not o for o in others)])
            if not isinstance(who, tuple) and pattern is None:  # "il veterano di Google Christian Szegedy, che
                # ha aperto la strada all'addio di Igor Babuschkin": Google is Szegedy's, no origin of Babuschkin
                theirs = _others_employers(who, people, own.orgs, sentence, tokens)
                own = dataclasses.replace(own, orgs=[org for org in own.orgs if all(org is not o for o in theirs)])
            paired = None if isinstance(who, tuple) else _paired(who, own.orgs, tokens, sentence, language)
            if paired is None and not isinstance(who, tuple) and pattern is None:
                theirs = respective.get(id(who), [])  # not another's of a pair: "Brest et Auxerre … X et Y"
                paired = _subject_of(who, [org for org in orgs if all(org is not o for o in theirs)], tokens,
                                     sentence, language)  # fmt: skip  # "il Genoa, che licenzia X"
            if agent is not None and not isinstance(who, tuple) and not agent.last < who.first <= agent.last + 5:
                # not the object of the verb whose subject the sentence left out: "Destituyó a X y le relevó en el
                # cargo Y" -- Y comes to the club that dismissed X (a word of joining), else takes nothing of it
                flipped = [dataclasses.replace(agent, side="to")] if has["join"] and agent.side == "from" else []
                own = dataclasses.replace(own, orgs=flipped + [org for org in own.orgs if org is not agent])
            where = None if isinstance(who, tuple) else _joined_where(who, orgs, tokens, sentence, language)
            if where is not None:  # "par Montpellier, où Romain Pitau l'a remplacé": he comes to it
                own = dataclasses.replace(own, orgs=[dataclasses.replace(where, side="to", how="verb")])
                paired = None
            if paired is None and pattern is None and not isinstance(who, tuple):
                # "Dopo l'esonero di X, il Genoa ha scelto Y", "parted ways with X and appointed Y": the verb or
                # the noun that governs X gives the side of the organisation another verb of the sentence set
                own = dataclasses.replace(own, orgs=_governed_sides(who, own.orgs, tokens, sentence, language))
            given = next((org for org in own.orgs if org.how == "appointed"), None)
            if paired is not None and given is not None and paired.side == "to":
                paired = given  # the post given, not who gives it: "El Gobierno nombró a X presidenta de Renfe"
            if paired is not None:  # "de Julien Stéphan à Strasbourg et Lucien Favre à Nice": each name its own
                own = dataclasses.replace(own, orgs=[paired, *(org for org in own.orgs if org.side != paired.side
                                                               and not _same_org(org, paired))])  # fmt: skip
            if not isinstance(who, tuple) and id(who) in succeeding:
                mine = succeeding[id(who)]
                left = [dataclasses.replace(org, side="to") for org in own.orgs
                        if org is not mine and org.side == "from"]  # fmt: skip
                own, pattern = dataclasses.replace(own, orgs=[dataclasses.replace(mine, side="from"), *left[:1]]), None
            candidate = self._candidate(who, own, sentence, has, pattern)
            if candidate is None and isinstance(who, tuple) and self._last_move is not None and follows:
                candidate = next(iter(self._followers(self._last_move, sentence, tokens, language, [who])), None)
            if candidate is not None:
                out.append(candidate)
        if out and kind == "move":
            self._last_move = move
            self._last_move_at = self._sentences_read
            self._told_move = move if has["leave"] or has["join"] else None
        return out

    def _left_as_before(self, words: list[str], language: str, *, said: bool = False) -> list[_Mention]:
        """The organisation a departure that names none leaves when a word says it is like the move before
        ("The BBC understands coaches Steve Round and Jimmy Lumsden have also left their posts", "Auch
        X verlässt den Verein"): the one organisation the last move told left, as the origin (a word of
        "also" points back to the article's move however many sentences before: "Moyes has been sacked …
        The BBC understands coaches … have also left"); nothing when that move left none or several, or
        when no such word is in the sentence."""
        determiners = _folded_set("determiners", language) | _SUBJECT_ARTICLES
        moving = _moving_words(language)
        # not an "also" that an article puts before a noun: "el también argentino X" (another Argentinian),
        # unless that noun is one of moving ("el también despedido X", "der ebenfalls entlassene X")
        also = [start for start, _end in spans(words, lexicon.ALSO[language])
                if not (start > 0 and words[start - 1] in determiners
                        and (start + 1 >= len(words) or words[start + 1] not in moving))]  # fmt: skip
        left = self._last_left() if said or also else None
        return [] if left is None else [dataclasses.replace(left, first=0, last=0, how="also", bound=False)]

    def _remember(self, sentence: str, tokens: list[_Token], language: str, found: list[Candidate]) -> None:
        """Keeps, for each person of the text, the organisation a sentence gives them, for a later sentence
        that tells them leave and names none (:meth:`_remembered`): one a role or a possessive puts
        before the name or a genitive after it (:func:`_own_employer`: "Quorra's chief scientist Mara
        Lind", "der Quorra-Forscher Jan Berg", "Mara Lind, directora financiera de Globex"), or a role of
        it in apposition before the name ("l'amministratore delegato di Vantor, Marco Rossi", "la
        directrice financière de Globex, Mara Lind"), or a bracket after the name that holds just it ("Mara
        Lind (Google)"). A candidate move of the person (``found``, the
        sentence's) forgets it: where they are is then no longer sure -- and not where they went either:
        a text that tells a move often tells the departure before it next ("Lind joins Globex. She
        resigned from Quorra in May"); remembering destinations added as many wrong candidates as right ones,
        and no move found, on the ``check`` subset (round 16). So a post of another time ("former Quorra researcher Mara
        Lind", "l'ancienne directrice de Quorra", "exdirectora de Quorra"), which the rules tell as a
        move of its own (pattern ``earlier``), is never the origin of a later departure."""
        quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
        if len(tokens) >= 3:
            kept = (self._no_employers, self._named)  # read as the rules read it, changing nothing
            orgs = self._organisations(sentence, tokens, language, quiet)
            people = self._people(sentence, tokens, orgs, language) if orgs else []
            self._no_employers, self._named = kept
            people, orgs = _possessive_employers(people, orgs, sentence, tokens)
            brackets = _brackets(people, tokens, sentence)  # "Mara Lind (Quorra)"
            for person in people:
                own = _own_employer(person, orgs, sentence, tokens) or next(
                    (org for org in orgs if org.how == "apposition" and org.last + 1 == person.first
                     and "," in sentence[tokens[org.last].end : tokens[person.first].start]), None)  # fmt: skip
                own = own or next((org for org in orgs if (org.first, org.last + 1) == brackets.get(id(person))), None)
                if own is not None:
                    key = person.record_id or " ".join(folded_phrase(person.name))
                    self._affiliations[key] = dataclasses.replace(own, side=None, how="", bound=False)
        for candidate in found:  # a move told since: what the text gave them is no longer sure
            if candidate.person is not None and candidate.kind == "move":
                self._affiliations.pop(candidate.person_id or " ".join(folded_phrase(candidate.person)), None)

    def _remembered(self, people: list[_Mention], tokens: list[_Token], language: str) -> list[_Mention]:
        """The organisation a departure that names none leaves when the text gave its people one before
        (:meth:`_remember`): "Quorra's chief scientist Mara Lind spoke on Monday. … On Friday, Lind
        resigned", "Mara Lind, directora financiera de Globex, … Lind dimite". Only when every one of them
        has one, the same; nothing when a capitalised word the reader did not take for a name stands right
        after a small word of an origin or a genitive ("resigned from the board of Helicon": an
        organisation it does not know yet; in German only after "von" and "bei", whose nouns are all
        capitalised: "tritt vom Amt zurück"). Not for one replaced ("Lind will be replaced by Jane Doe"): in
        sport that is also a substitution in a match, and on the ``check`` subset it added as many wrong
        candidates as right ones (round 16)."""
        known = [self._affiliations.get(m.record_id or " ".join(folded_phrase(m.name))) for m in people]
        if not known or None in known or len({org.record_id or fold_word(org.name) for org in known}) != 1:
            return []
        markers = {"von", "bei"} if language == "de" else _GENITIVES | set(lexicon.FROM_MARKERS[language])
        named = {at for m in people for at in range(m.first, m.last + 1)}
        if any(token.folded in markers and at + 1 not in named and _name_word(tokens[at + 1])
               for at, token in enumerate(tokens[:-1])):  # fmt: skip
            return []
        org = known[0]
        return [dataclasses.replace(org, first=0, last=0, side="from", how="remembered", bound=False)]

    def _named_last(self, language: str, side: str) -> list[_Mention]:
        """The organisation the sentence before names last, on ``side``: the one a possessive that opens
        the sentence means ("… o Warner Bros. Su presidente ejecutivo, Kevin Tsujihara, dejó el cargo");
        nothing when it names none."""
        if self._before is None:
            return []
        quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
        found = self._organisations(*self._before, language, quiet)
        if not found:
            return []
        last = max(found, key=lambda m: m.last)
        return [dataclasses.replace(last, first=0, last=0, side=side, how="role-of", bound=False)]

    def _last_left(self) -> _Mention | None:
        """The one organisation the last move proposed left; None when it left none or several."""
        if self._last_move is None:
            return None
        left = {org.record_id or fold_word(org.name): org for org in self._last_move.orgs if org.side == "from"}
        return next(iter(left.values())) if len(left) == 1 else None

    def _candidacies(self, candidacy: list[tuple[int, int]], people: list[_Mention], orgs: list[_Mention],
                     sentence: str, tokens: list[_Token], words: list[str], language: str,
                     published: When) -> list[Candidate]:  # fmt: skip
        """The candidates a sentence names for a post and no other move ("Netherlands coach Louis Van Gaal,
        Borussia Dortmund boss Jurgen Klopp … have been tipped as possible successors", "X gilt als Favorit",
        "in pole per la panchina del Napoli c'è X"): each person named (not one who only speaks) comes, as a
        rumour, to the organisation whose post is open -- one the sentence names that is no candidate's own,
        else the one the move just before left (:meth:`_open_post`) --, from their own organisation, the one a
        role or a possessive puts right before the name ("Borussia Dortmund boss", "Atletico Madrid's
        manager") or a genitive right after it ("Vincenzo Italiano della Fiorentina")."""
        starts, ends = [t.start for t in tokens], [t.end for t in tokens]
        if denies(sentence, words, starts, ends, language, candidacy):
            return []  # "X a décliné", "Y ha detto no": no candidate
        people, orgs = _possessive_employers(people, orgs, sentence, tokens)  # "Paris St-Germain's Laurent Blanc"
        people = [m for m in people if not only_speaks(words, m.first, m.last, language)]
        own = {id(m): org for m in people if (org := _own_employer(m, orgs, sentence, tokens)) is not None}
        taken = {id(org) for org in own.values()}
        open_at = candidacy[0][0]
        posts = [org for org in orgs if id(org) not in taken and (org.side == "to" or org.first > open_at)]
        post = posts[0] if posts else next(iter(self._open_post(open_at)), None)
        if post is None or not people:
            return []
        date, precision, date_kind = self._date(words, language, published, False, True)
        trigger = " ".join(words[candidacy[0][0] : candidacy[0][1]])
        move = _Move([], "move", date, precision, date_kind, "rumoured", trigger)
        has = {"join": trigger, "leave": None, "stay": None, "earlier": None, "hedge": trigger, "hire": None}
        refused = [low for low, _high in spans(words, lexicon.DENIALS[language])]
        nexts = [m.first for m in people[1:]] + [len(words)]
        out = []
        for person, upto in zip(people, nexts, strict=True):
            if any(person.last < low < upto for low in refused):
                continue  # "X, tipped as a possible successor, has ruled himself out": a denial of their own
            sides = [dataclasses.replace(post, side="to")]
            if id(person) in own and not _same_org(own[id(person)], post):
                sides.insert(0, dataclasses.replace(own[id(person)], side="from"))
            candidate = self._candidate(person, dataclasses.replace(move, orgs=sides), sentence, has, "candidacy")
            if candidate is not None:
                out.append(candidate)
                self._rumoured.append((candidate, person, self._sentences_read))
        self._previous = people or self._previous
        return out

    def _open_post(self, at: int) -> list[_Mention]:
        """The organisation whose post candidates are named for, when their sentence names none ("Netherlands
        coach Louis Van Gaal … and Paris St-Germain's Laurent Blanc have been tipped as possible successors"
        after "Manchester United manager David Moyes has been sacked"): the one organisation the last move
        proposed left, as the destination, if it was told at most three sentences before; else none."""
        left = self._last_left() if self._sentences_read - self._last_move_at <= 3 else None
        return (
            [] if left is None else [dataclasses.replace(left, first=at, last=at, side="to", how="told", bound=False)]
        )

    def _told_organisation(self, tokens: list[_Token], moving: list[str], people: list[_Mention],
                           language: str) -> tuple[list[_Mention], list[_Mention]]:  # fmt: skip
        """The organisation of a sentence that names none and tells of people by a noun of moving ("Les
        départs notables incluaient X, Y et Z", "notamment les démissions de la directrice … X", "Zu den
        Abgängen gehören X und Y", "Tra le partenze ci sono X e Y"): the one the move told just before
        (at most one sentence between), or a sentence of no move told as losing people ("Apple lost a
        dozen researchers"), has on the noun's side -- where people leave for a noun of
        leaving, where they come for one of joining --, when it has exactly one there ("OpenAI a connu
        un nombre important de départs, avec … quittant l'entreprise"). Only a noun: every word of
        moving of the sentence is one word after an article or a determiner (one adjective may stand
        between: "il doppio esonero"), or opens the sentence ("Notable departures"), and the people
        come after it; a verb ("X a démissionné") has a subject of its own, which may have left anything.
        With it, the people it governs: not a capitalised adjective that opens the sentence before the
        noun ("Notable departures", "Recent hires"), which reads as a name of one word."""
        told = [(self._last_move_at, self._last_move.orgs)] if self._last_move is not None else []
        if self._lost is not None:
            told.append((self._lost[1], [self._lost[0]]))
        told = [(at, orgs) for at, orgs in told if self._sentences_read - at <= 2]
        if not told:
            return [], people
        orgs = max(told, key=lambda item: item[0])[1]
        leaving = spans(moving, lexicon.LEAVE[language])
        joining = spans(moving, lexicon.JOIN[language] + lexicon.HIRERS[language] + lexicon.REPLACES[language]
                        + lexicon.REPLACED_BY[language])  # fmt: skip
        if bool(leaving) == bool(joining):
            return [], people  # no direction, or both
        determiners = _folded_set("determiners", language) | set(lexicon.ARTICLES[language])
        nouns = leaving or joining
        for low, high in nouns:
            before = [tokens[at] for at in range(max(0, low - 2), low)]
            if high - low != 1 or not (
                low <= 1
                or before[-1].folded in determiners
                or (before[0].folded in determiners and not _capitalised(before[1].text))
            ):
                return [], people
        people = [person for person in people if not (person.first == person.last == 0 == nouns[0][0] - 1)]
        if not people or any(person.first < nouns[0][0] for person in people):
            return [], people  # "Selon X, les départs …": the one who speaks
        side = "from" if leaving else "to"
        there = {(org.record_id or fold_word(org.name)): org for org in orgs
                 if org.side == side and org.how != "former"}  # fmt: skip
        if len(there) != 1:
            return [], people
        org = next(iter(there.values()))
        at = nouns[0][0]
        return [dataclasses.replace(org, first=at, last=at, side=side, how="told", bound=False)], people

    def _heading_sides(self, sentence: str, tokens: list[_Token], language: str) -> tuple | None:
        """The organisation and the people of a heading that names a club or a company, a colon, and who
        goes and who comes, each a word and a name ('Sion deciso: via Tramezzani, arriva Celestini',
        'Sevilla: fuera Lopetegui, llega Sampaoli'): (organisation, [(side, name mention), …]); None
        for any other line. Before the colon: one to three capitalised words that name no person (the
        organisation), and at most three words in lower case ('deciso', 'è ufficiale'); after it, pieces
        cut at commas and 'and', each a word of going (``_HEADING_OUT``) or coming (``_HEADING_IN``) and
        a name of one to three words that ends it. A surname named before in the text is that name."""
        out_words, in_words = _HEADING_OUT.get(language, ()), _HEADING_IN.get(language, ())
        if len(tokens) > 14 or sentence.count(":") != 1 or re.search(r"[.!?…]\W*$", sentence):
            return None
        follows = [t.start for t in tokens[1:]] + [len(sentence)]
        colon = next((i for i, t in enumerate(tokens) if ":" in sentence[t.end : follows[i]]), None)
        if colon is None:
            return None
        head = tokens[: colon + 1]
        names = 0
        while names < min(3, len(head)) and _capitalised(head[names].text):
            names += 1
        rest = head[names:]
        if not names or len(rest) > 3 or any(_capitalised(t.text) for t in rest):
            return None
        org_run = head[:names]
        if any(t.folded in self._named or t.folded in self.surnames for t in org_run):
            return None  # "Tramezzani: via …" names a person, not who hires
        if any(t.folded in _HEADING_LABELS or not _name_word(t) for t in org_run):
            return None  # "Ufficiale: arriva Sarri": a label, no organisation
        organisation = _Mention(0, names - 1, _span_text(sentence, tokens, 0, names - 1),
                                self._known_joined(org_run))  # fmt: skip
        pieces, current = [], []
        for at in range(colon + 1, len(tokens)):
            cut = at > colon + 1 and "," in sentence[tokens[at - 1].end : tokens[at].start]
            if cut or (tokens[at].folded in lexicon.CONJUNCTIONS and current):
                pieces.append(current)
                current = []
            if tokens[at].folded not in lexicon.CONJUNCTIONS:
                current.append(at)
        pieces.append(current)
        found = []
        for piece in pieces:
            if len(piece) < 2 or len(piece) > 4 or tokens[piece[0]].folded not in out_words + in_words:
                return None
            name = tokens[piece[1] : piece[-1] + 1]
            if not all(_name_word(t) for t in name) or piece != list(range(piece[0], piece[-1] + 1)):
                return None
            text = _span_text(sentence, tokens, piece[1], piece[-1])
            if len(name) == 1:
                text = self._named.get(name[0].folded, text)
            else:
                self._named.setdefault(name[-1].folded, text)
            side = "from" if tokens[piece[0]].folded in out_words else "to"
            found.append((side, _Mention(piece[1], piece[-1], text, None), tokens[piece[0]].text))
        return organisation, found

    def _heading_candidates(self, sides: tuple, sentence: str, words: list[str], language: str,
                            published: When) -> list[Candidate]:  # fmt: skip
        """The candidates of a heading :meth:`_heading_sides` read: who goes leaves the organisation,
        who comes joins it."""
        organisation, found = sides
        date, precision, date_kind = self._date(words, language, published, False, True)
        out = []
        for side, who, trigger in found:
            org = dataclasses.replace(organisation, side=side, how="verb")
            move = _Move([org], "move", date, precision, date_kind, "stated", trigger)
            has = {"leave": side == "from", "join": side == "to", "stay": False}
            candidate = self._candidate(who, move, sentence, has, None)
            if candidate is not None:
                out.append(candidate)
        self._previous = [who for _side, who, _trigger in found][-1:] if len(found) == 1 else []
        return out

    def _same_move(self, move: _Move, sentence: str, tokens: list[_Token], language: str) -> list[Candidate]:
        """The people of a sentence that states no move but that they made the same one as told before
        ('Xavier Roseren a fait le même choix.', 'Zhiqing Sun, également chercheur à OpenAI, a fait de
        même, tout comme Hyung Won Chung'): that move, from an organisation this sentence names (where
        they were: 'chercheur à OpenAI'), else from the move's own origin."""
        quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
        own = [dataclasses.replace(org, side="from") for org in self._organisations(sentence, tokens, language, quiet)]
        people = [m for m in self._people(sentence, tokens, own, language)
                  if not only_speaks([t.folded for t in tokens], m.first, m.last, language)]  # fmt: skip
        merged = dataclasses.replace(move, orgs=own + [org for org in move.orgs if not (own and org.side == "from")])
        locatives, determiners = _folded_set("locatives", language), _folded_set("determiners", language)
        marker = [org.first - 2 if org.first > 1 and tokens[org.first - 1].folded in determiners else org.first - 1
                  for org in own]  # fmt: skip  # "en Nacional", "en el Helicon"
        if own and all(at >= 0 and tokens[at].folded in locatives and any(m.last + 1 == at for m in people)
                       for at in marker):  # fmt: skip
            # "Le siguió Álvaro Peña en Nacional" (the place right after the name, not a role's: "également
            # chercheur à OpenAI, a fait de même"): the same step where they were, not the last one's destination
            merged = dataclasses.replace(move, orgs=own)
        self._previous = people or self._previous
        found = [self._candidate(who, merged, sentence, {}, "same-move") for who in people]
        return [candidate for candidate in found if candidate is not None]

    def _followers(self, move: _Move, sentence: str, tokens: list[_Token], language: str,
                   groups: list | None = None) -> list[Candidate]:  # fmt: skip
        """The groups of a sentence that says they follow or go with the person of the move told before
        ('Ihm wollten einige weitere Schlüsselfiguren folgen', 'Suleyman sarà accompagnato da diversi
        dipendenti di Inflection AI'): that move, from an organisation this sentence names (where they
        were), else from the move's own origin."""
        quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
        goes_to = [org for org in move.orgs if org.side == "to"]
        own = [dataclasses.replace(org, side="from") for org in self._organisations(sentence, tokens, language, quiet)
               if not any(_same_org(org, there) for there in goes_to)]  # fmt: skip  # not where they go
        merged = dataclasses.replace(move, orgs=own + [org for org in move.orgs if not (own and org.side == "from")])
        if spans([token.folded for token in tokens], lexicon.HEDGES[language]):  # "Ihm wollten … folgen"
            merged = dataclasses.replace(merged, certainty="rumoured")
        groups = self._groups(sentence, tokens, language) if groups is None else groups
        found = [self._candidate(group, merged, sentence, {}, "same-move") for group in groups]
        return [candidate for candidate in found if candidate is not None]

    def _refers_to_one(self, tokens: list[_Token], words: list[str], people: list[_Mention], language: str,
                       clauses: set[int]) -> bool:  # fmt: skip
        """Whether the sentence speaks of the one person the sentence before named, by a pronoun or
        a description: at its opening ('Er arbeitete bisher', 'Il nuovo ad', 'Der Vorarlberger'), at
        the opening of a clause before anyone is named ('En février 2023, il a décidé de quitter
        DeepMind'), or, in a sentence that names nobody, a description that no preposition governs
        ('Vor drei Wochen bat der Erfolgscoach um …', 'übernahm der vorherige Puma-Chef') or, in Italian
        and Spanish, which need no subject pronoun, a verb of moving right after the adverbs that open
        it ('Ahora se une a OpenAI', 'Intanto lascia la Juventus')."""
        if len(self._previous) != 1:
            return False  # nobody, or several: nobody is guessed
        if words and words[0] in _folded_set("quantifiers", language):
            return False  # "Algunos no habían cumplido el mes …", "Several left": some of a group, not the one
        first_named = min((m.first for m in people), default=len(tokens))
        referring = _refers_back(words, language) or _description(tokens, language)
        if referring and _titles_a_name(words, people, language):
            return False  # "Der bisherige Chefredakteur … Friedhelm Fiedler": the title's own name
        if _refers_back(words, language):
            return True
        if _description(tokens, language):
            # not when the description's own name follows it: "Der frühere Chefredakteur der „Braunschweiger
            # Zeitung“, Paul-Josef Raue, ist …" (an apposition), "L'ancien vice-président de la recherche Liam
            # Fedus est parti" (the role, its complement and the name, no word of moving between)
            moving = spans(words[:first_named], lexicon.LEAVE[language] + lexicon.JOIN[language])
            in_first = not any(at <= first_named for at in clauses)
            return not ((first_named <= 7 and in_first and not moving)
                        or (first_named in clauses and min(clauses) == first_named))  # fmt: skip

        pronouns = lexicon.PRONOUNS[language]
        for at in sorted(clauses):
            if at >= first_named:
                break
            following = words[at + 1] if at + 1 < len(words) else ""
            if words[at] in pronouns and not (language == "de" and words[at] == "sie" and _plural_verb(following)):
                return True
        if _pronoun_by_move(words, first_named, language):
            return True
        if people:
            return False
        if language in _PRO_DROP and tokens and tokens[0].text.casefold() in _SUBJECT_RELATIVES:
            return True  # "Quien ayer dejó de ser entrenador de X": the one named before (no accent, no question)
        moving = lexicon.LEAVE[language] + lexicon.JOIN[language]
        opens = language in _PRO_DROP and _opening_verb(tokens, words, language, moving, clauses) is not None
        if opens and not _has_group_noun(words, language):
            return True  # "Ahora se une a la empresa", "Fue cesado en sus funciones", "Ha lasciato la società"
        prepositions = _folded_set("prepositions", language)
        return any(
            _description(tokens[at:], language) and (at == 0 or words[at - 1] not in prepositions)
            for at in range(1, len(tokens) - 1)
            if words[at] in lexicon.ARTICLES[language]
        )

    def _agent_before(self, tokens: list[_Token], words: list[str], orgs: list[_Mention], language: str,
                      clauses: set[int]) -> _Mention | None:  # fmt: skip
        """The organisation that dismisses or hires when the sentence leaves its subject out, in Spanish
        and Italian ('El Tenerife fue el primero en cambiar de entrenador. Destituyó a Joseba
        Etxeberria …', 'Il Genoa … . Ha esonerato X'): an active verb of dismissing or hiring opens the
        sentence or a clause with no organisation before it, and the sentence before names exactly one
        organisation. That one, placed on the verb, as the origin (dismissal) or the destination
        (hiring). With two organisations before, coordinated ('el Real Zaragoza y el Nástic también
        cambiaron a su técnico. En el caso de los maños, destituyeron a X … Los catalanes, por su parte,
        destituyeron a Y'), the first, and the second for the next sentence of such a verb right after,
        when a topic stands before each verb (the words that say which); None otherwise."""
        if language not in _PRO_DROP or self._before is None:
            return None
        following, self._next_agent = self._next_agent, None
        for side, table in (("from", lexicon.DISMISS[language]), ("to", lexicon.HIRERS[language])):
            verb = _opening_verb(tokens, words, language, table, clauses)
            if verb is None or any(org.first < verb[1] for org in orgs):
                continue
            passive = {start for start, _ in spans(words, lexicon.PASSIVE[language])}
            if any(verb[0] - 2 <= at <= verb[0] for at in passive):
                return None  # "Fue despedido": a passive, its subject is a person
            sentence, before = self._before
            quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
            found = self._organisations(sentence, before, language, quiet)
            if (following is not None and following[2] == self._sentences_read - 1
                    and all(_same_org(org, following[0]) for org in found)):  # fmt: skip
                found = [following[1]]  # "Los catalanes, por su parte, destituyeron a Y": the second of the two
            between = [t.folded for t in before[found[0].last + 1 : found[1].first]] if len(found) == 2 else []
            pair = (len(found) == 2 and 1 <= len(between) <= 2 and between[0] in _GLUE
                    and all(word in _SUBJECT_ARTICLES for word in between[1:]))  # fmt: skip
            if pair and not _same_org(found[0], found[1]) and verb[0] > 1:  # (a topic before the verb says which)
                self._next_agent = (found[0], found[1], self._sentences_read)
            elif len({org.record_id or fold_word(org.name) for org in found}) != 1:
                return None
            return _Mention(verb[0], verb[1] - 1, found[0].name, found[0].record_id, side=side, how="dismissed")
        return None

    def _compounds(self, tokens: list[_Token], language: str) -> list[tuple[int, str]]:
        """The words that compound a person's name with a noun of moving ("nach der
        Lochthofen-Entlassung bei der „Thüringer Allgemeinen“", "der Müller-Wechsel", "den
        Schmidt-Abgang"): that person's move, as "die Entlassung von Sergej Lochthofen" is. Only a name
        the text gives in full somewhere (or a surname of the record's): "HSV-Abgang", "Bayern-Wechsel"
        name a club, not a person. Each as (token index, "leave" or "join")."""
        leave = _single_words("leave", language)
        found = []
        for at, token in enumerate(tokens):
            name, _, head = token.folded.rpartition("-")
            if not name or not _capitalised(token.text) or head not in _moving_words(language):
                continue
            if name in self._full_names or name in self.surnames:
                found.append((at, "leave" if head in leave else "join"))
        return found

    def _named_after(self, sentence: str, named: list[_Mention], tokens: list[_Token], words: list[str], language: str,
                     clauses: set[int], listed: int | None) -> list[Candidate]:  # fmt: skip
        """The person a sentence that states no move names, when a sentence just before told a move of a
        description and no name ("Zum 30. September scheidet auch der jetzige CEO des
        Leiterplattenherstellers AT&S aus. Andreas Gerstenmayer zieht sich überraschend … zurück"; "la
        Ferrari nomina ufficialmente il nuovo amministratore delegato. … Si tratta di Benedetto Vigna."):
        that move, for the one person who is the sentence's subject or follows a list opener ("Si tratta
        di", "Se trata de", "Il s'agit de"). At most three sentences after, and only the first sentence
        that names someone: with nobody so named there, nobody is guessed."""
        described = self._described
        if described is None or not named:
            return []
        self._described = None
        move, told = described
        if self._sentences_read - told > 3:
            return []
        if listed is not None and listed <= 4:
            who = [m for m in named if m.first >= listed]
        else:
            subject = _subject(named, tokens, words, language, clauses)
            who = [subject] if subject is not None else []
        if len(who) != 1 or only_speaks(words, who[0].first, who[0].last, language):
            return []
        found = self._candidate(who[0], move, sentence, {}, "named-after")
        return [found] if found is not None else []

    def _introduced(self, sentence: str, tokens: list[_Token], language: str) -> list[_Mention]:
        """The people a sentence that states no move names, for later sentences: not its organisations
        ("leitete die Redaktion der „Braunschweiger Zeitung“" names no person). A German sentence's first
        word may be any noun or adjective, capitalised ("Interne Herausforderungen" is no name): a name
        that opens it counts when it has two words or more and none has a noun's ending ("Stefan
        Kläsener (45) leitete …")."""
        quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
        orgs = self._organisations(sentence, tokens, language, quiet)
        if language != "de":
            return self._people(sentence, tokens, orgs, language)
        shifted = [dataclasses.replace(org, first=org.first - 1, last=org.last - 1) for org in orgs if org.first > 0]
        named = [dataclasses.replace(m, first=m.first + 1, last=m.last + 1)
                 for m in self._people(sentence, tokens[1:], shifted, language)]  # fmt: skip
        kept = dict(self._named)
        opening = next((m for m in self._people(sentence, tokens, orgs, language) if m.first == 0), None)
        self._named = kept
        if opening is not None and _opening_name(tokens[: opening.last + 1], language):
            self._named.setdefault(tokens[opening.last].folded, opening.name)
            named = [opening, *(m for m in named if m.first > opening.last)]
        return named

    def _introduce(self, named: list[_Mention], tokens: list[_Token], words: list[str], language: str,
                   clauses: set[int]) -> None:  # fmt: skip
        """Who a sentence that states no move is about, for a pronoun or a description in the next one:
        still the person before when it opens with a pronoun or a description of them ('Il est
        diplômé de …'); else the one person it names, or its subject when it names several
        ('Il deputato Vito De Filippo ha annunciato …, dopo che il leader di Iv, Matteo Renzi …'); else
        nobody (several people and no subject, or two joined by 'and' as its subject: no guess)."""
        if len(self._previous) == 1 and (_refers_back(words, language) or _description(tokens, language)):
            return
        if not named:
            return
        subject = _subject(named, tokens, words, language, clauses)
        if subject is not None and any(other.first == subject.last + 2 and words[subject.last + 1] in _GLUE
                                       for other in named):  # fmt: skip
            subject = None  # "Mara Lind and Jane Doe led research at Quorra.": two subjects, no one of them
        if len(named) == 1 or subject is not None:
            self._previous = [dataclasses.replace(subject or named[0], first=0, last=0)]
        else:
            self._previous = []

    def _members_of(self, move: _Move, sentence: str, tokens: list[_Token], language: str,
                    after: int) -> list[Candidate]:  # fmt: skip
        """The people named in a sentence that lists the members of the group of the sentence before
        ("Se trata de B, C y D, responsables de la oficina de OpenAI"): the group's move, with an
        origin this sentence names first."""
        quiet = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))
        own = [org for org in self._organisations(sentence, tokens, language, quiet) if org.side == "from"]
        people = [m for m in self._people(sentence, tokens, own, language) if m.first >= after]
        sides = {org.side for org in own}
        merged = dataclasses.replace(move, orgs=own + [org for org in move.orgs if org.side not in sides])
        self._group_move = move
        self._previous = people or self._previous
        found = [self._candidate(who, merged, sentence, {}, "member") for who in people]
        return [candidate for candidate in found if candidate is not None]

    def _candidate(self, who, move: _Move, sentence: str, has: dict, how: str | None) -> Candidate | None:
        """The candidate of one person or group of a sentence, with the organisations nearest to it."""
        orgs = move.orgs
        origins = [org for org in orgs if org.side == "from"]
        if any(org.described and org.how != "former" for org in origins):
            # "Greg Yang, ex Microsoft, ha lasciato l'azienda": the company left, not an earlier post
            origins = [org for org in origins if org.how != "former"]
        origin = self._nearest(who, origins)
        destination = self._nearest(who, [org for org in orgs if org.side == "to" and not _same_org(org, origin)])
        if how == "replacer" and destination is None:  # "X remplace Y comme directeur général de Manor": comes
            origin, destination, how = None, origin, "succession"  # to the one Y leaves
        elif how == "replacer":  # "che ha lasciato l'Atalanta e sostituisce Ranieri alla Roma": both sides told
            how = None
        if how == "predecessor":  # "en lugar de Ángel Cano": leaves the organisation the new one takes
            origin, destination, how = destination or origin, None, "succession"
        elif how == "successor":  # "sustituido por Christian Lovrincevich": comes to the one left
            origin, destination, how = None, origin or destination, "succession"
        if move.kind == "stay":
            origin, destination = None, self._nearest(who, orgs)
        if origin is None and destination is None:
            return None
        is_group = isinstance(who, tuple)
        person = None if is_group else who
        candidate = Candidate(
            quote=sentence, kind=move.kind,
            person=None if is_group else person.name, person_id=None if is_group else person.record_id,
            group=who[0] if is_group else None, headcount=who[1] if is_group else None,
            from_=origin.name if origin else None, from_id=origin.record_id if origin else None,
            to=destination.name if destination else None, to_id=destination.record_id if destination else None,
            date=move.date, date_precision=move.precision,
            date_kind=move.date_kind if move.kind == "move" else "stay",
            certainty=move.certainty, existing_move=None, confidence=0.0,
            pattern=_pattern(move, origin, destination, has, how), trigger=move.trigger,
        )  # fmt: skip
        candidate.existing_move = self._existing(candidate)
        candidate.confidence = _confidence(candidate)
        return candidate

    @staticmethod
    @functools.cache
    def _personal_a_verbs() -> frozenset[str]:
        """The Spanish verbs of hiring and dismissing whose object takes the personal "a" ("fichó a X",
        "destituyó a X"): the last word of each entry before its "a"."""
        entries = lexicon.HIRERS["es"] + lexicon.DISMISS["es"]
        return frozenset(
            words[-2] if words[-1] == "a" else words[-1]
            for words in map(folded_phrase, entries)
            if len(words) > 1 or words[-1] != "a"
        )

    def _personal_object(self, tokens: list[_Token], index: int, language: str) -> bool:
        """Whether one capitalised word at ``index`` is a person's name by Spanish's personal "a" before it,
        after a verb of hiring or dismissing ("nombró a Rodri para el banquillo", "destituye a Garitano"),
        which names a person, no club; not the first of a longer name ("a Juan de la Cruz")."""
        if language != "es" or index < 2 or tokens[index - 1].folded != "a" or not _name_word(tokens[index]):
            return False
        if index + 1 < len(tokens) and (_name_word(tokens[index + 1]) or _name_particle(tokens, index + 1)):
            return False
        reflexive = index > 2 and tokens[index - 3].folded in _folded_set("reflexives", "es")
        return tokens[index - 2].folded in self._personal_a_verbs() and not reflexive

    def _organisations(self, sentence: str, tokens: list[_Token], language: str, has: dict,
                       cued: bool = False) -> list[_Mention]:  # fmt: skip
        mentions = _find(tokens, self.orgs, genitive=True)
        taken = {index for mention in mentions for index in range(mention.first, mention.last + 1)}
        for found in (_titles(sentence, tokens, language), _institutions(sentence, tokens, language),
                      _affixed(sentence, tokens)):  # fmt: skip
            for first, last in found:
                if not taken & set(range(first, last + 1)):
                    mentions.append(_Mention(first, last, _span_text(sentence, tokens, first, last), None))
                    taken |= set(range(first, last + 1))
        for _low, high in spans([t.folded for t in tokens], lexicon.HOUSES[language]):  # "in casa Roma"
            last = high
            while (last < len(tokens) and last not in taken and _name_word(tokens[last]) and last - high < 2
                   and (last == high or _adjacent(sentence, tokens[last - 1], tokens[last]))):  # fmt: skip
                last += 1
            if last > high:
                joining = has["join"] and not has["leave"] and not has["earlier"]
                mentions.append(_Mention(high, last - 1, _span_text(sentence, tokens, high, last - 1), None,
                                         side="to" if joining else "from", how="marker"))  # fmt: skip
                taken |= set(range(high, last))
        froms = set(folded_phrase(" ".join(lexicon.FROM_MARKERS[language])))
        tos = set(folded_phrase(" ".join(lexicon.TO_MARKERS[language])))
        verbs = _moving_words(language)
        leave_for = set(folded_phrase(" ".join(lexicon.LEAVE_FOR[language])))
        openers = (froms | tos | verbs) - {"für", "for"} | (leave_for if has["leave"] else set())
        if _folded_set("losers", language) & {t.folded for t in tokens}:
            openers |= _folded_set("lost_to", language)  # "Quorra verliert X an Globex": where X goes
        determiners = _folded_set("determiners", language)
        triggers = _folded_set("join", language) | _folded_set("leave", language)
        passive = _folded_set("passive", language)
        # a capitalised word after a marker or a verb of moving (and an article: "aus der CDU",
        # "dall'Atalanta") that is no known organisation: a new one
        leaving = _folded_set("leave", language)
        leave_ends = {end - 1 for _start, end in spans([t.folded for t in tokens], lexicon.LEAVE[language])}
        successor_ends = {end - 1 for _start, end in spans([t.folded for t in tokens], lexicon.REPLACES[language])}
        moving = spans([t.folded for t in tokens], lexicon.LEAVE[language] + lexicon.JOIN[language]
                       + lexicon.HIRERS[language])  # fmt: skip
        # verbs whose object is a person ("hired John Smith", "sacked Sean Dyche", "a nommé X", "named X")
        person_objects = _single_words("hirers", language) | _single_words("dismissers", language)
        replacing = _single_words("replaces", language)
        person_objects |= replacing | _single_words("person_objects", language)
        agents = {index for index, token in enumerate(tokens) if token.folded in _AGENTS  # "renvoyé … par Montpellier"
                  and any(index - 6 <= end <= index for _start, end in moving)}  # fmt: skip
        # the last word of a phrase of moving of several words ("firma con Globex", "va diriger Globex"), whose
        # last word alone is no marker: what follows is where someone goes or leaves, as after a marker (not
        # after a verb whose object is a person: "named to succeed Dunn", "prende il posto di X")
        ends = spans([t.folded for t in tokens], lexicon.LEAVE[language] + lexicon.JOIN[language])
        phrase_ends = {end - 1 for start, end in spans([t.folded for t in tokens],
                                                        lexicon.LEAVE[language] + lexicon.JOIN[language]
                                                        + lexicon.EARLIER[language])  # "passé par Quorra"
                       if end - start > 1 and tokens[end - 1].folded not in person_objects}  # fmt: skip
        # the reflexive pronoun that ends a phrase of joining: "schließt sich Globex an", "schloss sich X an"
        reflexive = {end - 1 for start, end in moving
                     if end - start >= 2 and tokens[end - 1].folded in _folded_set("reflexives", language)}  # fmt: skip
        # and the verb of an idiom whose object ends the clause, with its side: "kehrt Quorra den Rücken"
        apart = [found for found in _separated(sentence, tokens, language) if found[1] != "none"]
        idioms = {at: side for at, side, phrase in apart
                  if tuple(t.folded for t in tokens[at : at + 2]) != folded_phrase(phrase)[:2]}  # fmt: skip
        reflexive |= set(idioms)
        # and a small last word of one (a marker's word, whatever the verb): "firma con Globex"
        small_words = _folded_set("stopwords", language)
        phrase_ends |= {end - 1 for start, end in ends if end - start > 1 and tokens[end - 1].folded in small_words}
        for index, token in enumerate(tokens[:-1]):
            start = index + 1
            # English's "of" after a role ("chairman of Barclays", "the chief executive of Barclays"), which
            # the other languages' "de", "di", "von" mark already
            role_of = token.folded == "of" and index > 0 and _is_role(tokens[index - 1].folded)
            # (and after a word of an earlier post: "Jane Doe, formerly of Quorra, joins Globex")
            role_of = role_of or (token.folded == "of" and index > 0 and tokens[index - 1].folded in _FORMER_EN)
            # the genitive of a post noun ("die Leitung von X", "the reins of X", "la tête de X"): the
            # organisation whose post it is, not a name's particle ("Leitung" is capitalised as a name is)
            post_of = index > 0 and token.folded in _GENITIVES and _post_noun(tokens[index - 1].folded, language)
            role_of = role_of or post_of or (token.folded == "of" and _joined_staff(tokens, index, language))
            # a genitive after a role with a company's description after it ("Chefredakteurin der
            # Qualitätszeitung „Le Monde“", "Chef des Mobilfunkkonzerns Vantor", "co-fondatrice della startup
            # Vantor"): the role's organisation
            if not role_of and token.folded in _GENITIVES and index > 0 and _is_role(tokens[index - 1].folded):
                described = (_german_described(sentence, tokens, start) if language == "de"
                             else _described_name(sentence, tokens, start, language))  # fmt: skip
                role_of = described is not None
            if (token.folded not in openers and index not in agents | reflexive | phrase_ends and not role_of) or (
                not post_of and _name_particle(tokens, index)
            ):
                continue
            if _capital_particle(sentence, tokens, index, taken):
                continue  # "esonerato Di Francesco": a surname's particle, no preposition
            if _dismissed_surname(sentence, tokens, start, language):
                continue  # "l'esonero di Juric": the one dismissed
            if token.folded in leaving and index in leave_ends:  # the end of a word of leaving, not any of its
                # words: not the "a" of "llegó a un acuerdo con Globex"
                start = _past_adverbial(sentence, tokens, start, language, froms | tos)  # "dejó en octubre Endesa"
            object_at = start
            # a German description of a company right after its article: "des Mobilfunkkonzerns Vantor"
            described = _german_described(sentence, tokens, start) if language == "de" else None
            if described is None and tokens[start].folded in determiners and start + 1 < len(tokens):
                if language == "de":
                    described = _german_described(sentence, tokens, start + 1)  # "der Zeitung „Le Monde“"
                    if described is None:
                        continue  # "besetzte den Vorstandsposten": a noun; "aus der CDU": the acronym rule below
                start += 1
            if language != "de":
                described = _described_name(sentence, tokens, start, language)
            if (described is None and language == "en" and tokens[start].folded in _RIVALS
                    and start + 1 < len(tokens) and _adjacent(sentence, tokens[start], tokens[start + 1])):  # fmt: skip
                described = start + 1  # "poached Jane Doe from rival Quorra", "joins rival Globex"
            start = described if described is not None else start  # "deja la multinacional española Indra"
            following = tokens[start]
            if start in taken or not _capitalised(following.text):
                continue
            if _field(sentence, tokens, start):
                continue  # "la directora de Tecnología", "vom Vertrieb an die Spitze": a post's field, no organisation
            if _article_name(sentence, tokens, start, taken):
                pass  # "dejó The Strongest", "llega a El Nacional": a name that opens with its article
            elif following.folded in _NEVER_NAMES or _is_role(following.folded) or following.folded in triggers:
                continue  # "Zu den Forschenden", "Zu den Wechselkandidaten"
            if (following.folded in _COUNTRIES and token.folded not in verbs
                    and not (index > 0 and tokens[index - 1].folded in verbs)):  # fmt: skip
                continue  # "una radio de España": a country after a small word is a place, unless a verb of moving
                # governs it ("dejó España", "lascia l'Italia": a national team, left as a club is)
            if (language == "es" and token.folded == "a" and start == index + 1 and index > 0
                    and tokens[index - 1].folded in self._personal_a_verbs()
                    and not (index > 1 and tokens[index - 2].folded in _folded_set("reflexives", "es"))):  # fmt: skip
                # (not after a reflexive pronoun: "se incorpora a Globex" joins it, hires nobody)
                continue  # Spanish's personal "a": "nombró a Rodri", "fichó a Pedri" name a person, no club
            if start == index + 1 and _place(tokens, index, language):
                continue  # "nach Hagen", "à Lens": a city, not a club unless the sentence is about sport
            if token.folded in ("fur", "for") and index > 0 and _post_or_role(tokens[index - 1].folded, language):
                continue  # "die W3-Professur für Chemie", "Vorstand für Finanzen": a field, no organisation
            if (language == "de" and index > 0 and start == index + 1 and _capitalised(token.text)
                    and token.folded in verbs and not _capitalised_run(sentence, tokens, start)):  # fmt: skip
                continue  # "(Nachfolge Kessler)": a noun of moving and a name in apposition, no organisation
            last = start
            while (last + 1 < len(tokens) and _capitalised(tokens[last + 1].text) and last - start < 2
                   and last + 1 not in taken and _adjacent(sentence, tokens[last], tokens[last + 1])
                   and (tokens[last + 1].folded not in lexicon.NOT_NAMES
                        or tokens[last + 1].folded in lexicon.ORG_WORDS)):  # fmt: skip
                last += 1  # not "Aldi Als": a capitalised small word opens the next sentence of a glued headline
            run = tokens[start : last + 1]
            joined = self._known_joined(run)
            if joined is not None:  # "Deep Mind": a known organisation written in two words
                mentions.append(_Mention(start, last, " ".join(t.text for t in run), joined))
                taken |= set(range(start, last + 1))
                continue
            # (not a noun of moving after its article, also with an adjective between: "el posible regreso de X")
            noun_at = index - 3 if index > 2 and not _capitalised(tokens[index - 2].text) else index - 2
            after_verb = (token.folded in froms and index > 0 and tokens[index - 1].folded in verbs
                          and not (index > 1 and tokens[index - 2].folded in determiners)
                          and index not in successor_ends  # "en reemplazo de Jorge Ruiz": the predecessor
                          and not (noun_at >= 0 and tokens[noun_at].folded in determiners
                                   and tokens[index - 2].folded not in passive))  # fmt: skip
            # after a verb of joining or leaving that takes no person ("joined Manchester United", "verlässt
            # Bayern München") or its marker of the destination ("wechselt zu Inter Miami", "ficha por
            # Manchester City"), two capitalised words are where someone goes or comes from, not a person
            # (a verb's own object in English only: German and the Romance languages put the subject after the
            # verb, "Im Sommer wechselt Max Eberl zu Bayern", "Llega Jorge Sampaoli")
            goes = (
                (language == "en" and token.folded in verbs - person_objects)
                or (
                    token.folded in tos
                    and not (
                        language == "es" and token.folded == "a"
                    )  # the personal "a": "destituir a Gaizka Garitano"
                    and index > 0
                    and tokens[index - 1].folded in (verbs | _single_words("hirers", language)) - replacing
                    and not (index > 1 and tokens[index - 2].folded in determiners)
                    # "ficha por Manchester City"; not "a succédé à Paul Durand", a predecessor, nor a noun of
                    # moving after its article, "l'addio a Paolo Tramezzani"
                )
                or (
                    token.folded in tos
                    and not (language == "es" and token.folded == "a")
                    and index > 1
                    and _capitalised(tokens[index - 1].text)
                    and any(
                        tokens[k].folded in verbs - person_objects and tokens[k - 1].folded not in determiners
                        for k in range(max(1, index - 5), index - 1)
                    )  # the subject between: "Im Sommer wechselt Max Eberl zu Bayern München"
                )
            )
            # (a name's particle ends the capitalised run: "esonerato Daniele De Rossi", "sacked Erik ten Hag")
            named_run = len(run) >= 2 or _name_end(sentence, tokens, start, taken) - start >= 3
            # the genitive of a role a word of moving governs ("dejó de ser entrenador de Royal Pari", "nuevo
            # entrenador de Royal Pari"): whose post it is, no person
            post_moved = (token.folded in _GENITIVES and index > 0 and _is_role(tokens[index - 1].folded)
                          and any(index - 3 <= end <= index for _start, end in moving))  # fmt: skip
            if named_run and all(_name_word(t) for t in run) and _joined_at(tokens, start, last, language):
                continue  # "has joined Mara Lind at Globex": the one joined, a person
            if (language == "en" and named_run and last + 2 < len(tokens) and tokens[last + 1].text == "s"
                    and tokens[last + 2].folded in _COMPANY_NOUNS and all(_name_word(t) for t in run)
                    and not any(t.folded in lexicon.ORG_WORDS for t in run)):  # fmt: skip
                continue  # "quit Rishi Sunak's party", "joined Jane Doe's firm": a person's, the organisation unnamed
            looks_like_person = (named_run and all(_name_word(t) for t in run) and start == object_at
                                 and not goes and not post_moved
                                 and described is None  # "la empresa Grupo Antolin": a company's name
                                 and not after_verb  # "despedido de Sport Boys": a verb's origin, not "la salida de X"
                                 and not any(t.folded in lexicon.ORG_WORDS for t in run))  # fmt: skip
            known_name = len(run) == 1 and (run[0].folded in self.surnames or run[0].folded in self._named)
            if (self._person_at(tokens, start) is None and not looks_like_person and not known_name
                    and not _common_noun(run, language)):  # fmt: skip
                mentions.append(_Mention(start, last, " ".join(t.text for t in run), None))
                if object_at > index + 1:  # the object of a verb of leaving, past a time phrase: the origin
                    mentions[-1].side, mentions[-1].how = "from", "verb"
                elif post_of and has["join"] and not has["leave"]:  # "soll die Leitung von X übernehmen"
                    mentions[-1].side, mentions[-1].how = "to", "verb"
                elif token.folded in _GENITIVES and _joined_staff(tokens, index, language):
                    mentions[-1].side, mentions[-1].how = "to", "verb"  # "sumarse al grupo parlamentario de X"
                taken |= set(range(start, last + 1))
        if language in _NAMES_ONLY_CAPITALISED:  # "L'Inter ha salutato", "con l'Al-Ahli": a club or a company
            for index, token in enumerate(tokens[:-1]):
                start = index + 1
                if token.folded not in determiners or start in taken or not _name_word(tokens[start]):
                    continue
                if tokens[start].folded in triggers or not _adjacent(sentence, token, tokens[start]):
                    continue
                if index and _name_particle(tokens, index - 1):
                    continue  # "David de la Torre": a name's particle
                last = start
                while (last + 1 < len(tokens) and last + 1 not in taken and last - start < 2
                       and _capitalised(tokens[last + 1].text)
                       and _adjacent(sentence, tokens[last], tokens[last + 1])):  # fmt: skip
                    last += 1
                if tokens[last].folded in _PUBLICATIONS:
                    continue  # "le Wall Street Journal": who reports, not where anyone goes
                if start == last and _field(sentence, tokens, start):
                    continue  # "la directrice de la Technologie": the field of a post
                mentions.append(_Mention(start, last, " ".join(t.text for t in tokens[start : last + 1]), None))
                taken |= set(range(start, last + 1))
        if language in _NAMES_ONLY_CAPITALISED:  # "Luc Martin, ex-Quorra, …", "Marco Rossi, ex Quorra, …"
            for first, last, name in _ex_employers(sentence, tokens, taken):
                if self._person_at(tokens, first) is None and fold_word(name) not in self.surnames:
                    mentions.append(_Mention(first, last, name, None, side="from", how="former"))
                    taken |= set(range(first, last + 1))
        for index, token in enumerate(tokens):  # "Bayern-Trainer Hansi Flick": the club of a role
            head, _, role = token.text.rpartition("-")
            head = head[3:] if head[:3].casefold() == "ex-" else head  # "Ex-Quorra-Forscher": an earlier post's
            if index in taken or not head or not _capitalised(head) or not role or not _is_role(fold_word(role)):
                continue
            if "-" in head or fold_word(role).endswith(_EXPERTISE) or fold_word(head).endswith("s"):
                continue  # "Spirituosen-Spezialist", "Category-Management-Profi", "Einkaufs-Team": no employer
            if fold_word(head) in lexicon.NOT_NAMES or any(char.isdigit() for char in head):
                continue
            if fold_word(head) in _TITLE_WORDS or (fold_word(head),) in _FIELDS:
                continue  # "Ex-Trainer Mara Lind verlässt Vantor", "Ex-Ministerin", "Co-Trainer": a title's word;
                # "BWL-Professorin": a field
            if (index + 2 < len(tokens) and tokens[index + 1].folded in froms | lexicon.AT_MARKERS
                    and _capitalised(tokens[index + 2].text)):  # fmt: skip
                continue  # "Deutschland-Chef bei Bahlsen": a unit or a region of the organisation named after it
            mention = _Mention(index, index, head, None)
            mention.side, mention.how = "from", "role-of"
            mentions.append(mention)
            taken.add(index)
        if language == "de":  # "Paul Marten hat Quorra verlassen": the object before the participle at the end
            for first, last in _perfect_objects(sentence, tokens, taken):
                if self._person_at(tokens, first) is None and tokens[first].folded not in self._named:
                    mentions.append(_Mention(first, last, _span_text(sentence, tokens, first, last), None))
                    taken |= set(range(first, last + 1))
        if language == "en":  # "Exeter Express and Echo editor Marc Astley": the organisation of a role
            for first, last in _role_owners(sentence, tokens, taken, determiners):
                if first == last and (tokens[first].folded in self.surnames or tokens[first].folded in self._named):
                    continue  # "Zuckerberg's chief of staff": a person's
                name = _span_text(sentence, tokens, first, last)
                name = name[3:] if name[:3].casefold() == "ex-" else name  # "Ex-Chelsea manager"
                mention = _Mention(first, last, name, None)
                if last + 3 < len(tokens) and tokens[last + 2].folded == "new":  # "Globex's new chief executive"
                    mention.side, mention.how = "to", "appointed"
                elif not (first > 0 and tokens[first - 1].folded == "as"):  # "joins as Globex's chief scientist":
                    mention.side, mention.how = "from", "role-of"  # the post taken or left, as the verb says
                mentions.append(mention)
                taken |= set(range(first, last + 1))
        for index, token in enumerate(tokens):  # "die SPD", "beim DFB": an acronym is an organisation
            if (index not in taken and index > 0 and 2 <= len(token.text) <= 6 and token.text.isupper()
                    and token.text.isalpha() and token.folded not in lexicon.NOT_NAMES
                    and not _is_role(token.folded)):  # fmt: skip
                mentions.append(_Mention(index, index, token.text, None))
                taken.add(index)
        for index, token in enumerate(tokens):  # "eBay", "xAI": a brand's capital inside a word in lower case
            if index not in taken and _brand(token.text):
                mentions.append(_Mention(index, index, token.text, None))
                taken.add(index)
        if not cued:  # "Meta has poached …" after "to Meta": a new organisation the text named before
            for mention in _find(tokens, self._seen_orgs, genitive=True):
                span = set(range(mention.first, mention.last + 1))
                if taken & span or self._person_at(tokens, mention.first) is not None:
                    continue
                mentions.append(mention)
                taken |= span
        if language != "de":  # "l'ex manager di Quorra Marco Rossi", "la carica di presidente Enav"
            for first, last, new in self._role_organisations(sentence, tokens, taken, language, cued):
                mention = _Mention(first, last, _span_text(sentence, tokens, first, last), None)
                # the post taken ("il nuovo presidente di Quorra X") or left, as the verb says (see _role_owners)
                mention.side, mention.how = ("to", "appointed") if new else ("from", "role-of")
                mentions.append(mention)
                taken |= set(range(first, last + 1))
        mentions += self._proper_nouns(sentence, tokens, language, mentions, taken)  # "par Brest et Auxerre"
        if cued:  # (what fills no organisation's slot in one sentence, "les Hammers", is none in the next either)
            dropped = _no_employers(mentions, sentence, tokens, language)
            return [mention for mention in mentions if all(mention is not gone for gone in dropped)]
        mentions += self._company_named_before(sentence, tokens, mentions, language)  # "a quitté l'entreprise"
        # "la Copa Libertadores", "dijo X en Twitter": no organisation of a move, nor a person's name
        self._no_employers = _no_employers(mentions, sentence, tokens, language)
        mentions = [mention for mention in mentions if all(mention is not gone for gone in self._no_employers)]
        # a word of a person's full name the text gives elsewhere ("Le Rennais Guy Lacombe …", then "succéder à
        # Lacombe à Rennes"): the person, no organisation the record does not know
        mentions = [mention for mention in mentions if mention.record_id is not None or mention.first != mention.last
                    or tokens[mention.first].folded not in self._people_words]  # fmt: skip
        # "la empresa de Cupertino", "el gobernador de Sonora": a place, no organisation
        mentions = [mention for mention in mentions if not _seat_or_office_place(tokens, mention)]
        mentions.sort(key=lambda mention: mention.first)
        leaves = spans([t.folded for t in tokens], lexicon.LEAVE[language])
        joins = spans([t.folded for t in tokens], lexicon.JOIN[language] + lexicon.HIRERS[language])
        hired = spans([t.folded for t in tokens], lexicon.HIRERS[language])
        # "l'ingaggio di X da parte di Meta", "por parte del Sevilla": an agent's phrase, end -> start
        phrases = {end: start for start, end in spans([t.folded for t in tokens], lexicon.AGENT_PHRASES[language])}
        # the words of taking a post, not of hiring someone ("hired the head of Apple's team": Apple is theirs)
        taking = (spans([t.folded for t in tokens], lexicon.JOIN[language] + lexicon.REPLACES[language])
                  + _accepted_posts(sentence, tokens, language))  # fmt: skip
        # the words of an earlier post, not each word of its phrases ("worked for", "un tempo": not "for", "un")
        earlier = _single_words("earlier", language)
        tenure = set(folded_phrase(" ".join(lexicon.TENURE[language])))
        taken_from = _folded_set("taken_from", language)
        losers = _folded_set("losers", language)
        losing: list[_Mention] = []  # the organisations that lose someone ("Quorra verliert X an Globex")
        locatives = _folded_set("locatives", language)
        since = _folded_set("since", language)
        relatives = _folded_set("relatives", language)
        words = [t.folded for t in tokens]
        # where the phrases of whom someone is lost to end ("to", "an", "au profit de", "a favore di")
        lost_to = {end for _start, end in spans(words, lexicon._LEXICON.per_language["lost_to"][language])}
        # where the words of an earlier post or of the time up to now end: "X, finora alla Y", "ex chez Y"
        earlier_ends = {end for _start, end in spans(words, lexicon.EARLIER[language] + lexicon.UNTIL_NOW[language])}
        # where a phrase of an earlier post of several words ends: what follows it is where someone was
        # ("X, passé par Quorra, rejoint Globex", "X, passato per la Quorra, approda a Globex")
        career_ends = {end for start, end in spans(words, lexicon.EARLIER[language]) if end - start > 1}
        left_at = [start for start, _ in spans(words, lexicon.LEAVE[language])]
        small = _folded_set("stopwords", language) | _folded_set("determiners", language) | _moving_words(language)
        glue = lexicon.CONJUNCTIONS

        def near(found: list[tuple[int, int]], mention: _Mention) -> list[tuple[int, int]]:
            """The phrases of ``found`` in the clause of ``mention`` (no comma, colon or dash between)."""
            low, high = mention.first, mention.last
            return [(start, end) for start, end in found
                    if _one_clause(sentence, tokens[min(start, low)], tokens[max(start, high)])]  # fmt: skip

        for mention in mentions:
            if mention.side is not None:
                continue  # set where it was found ("Bayern-Trainer")
            if _role_compound(tokens[mention.last]):
                mention.name = tokens[mention.last].text.rpartition("-")[0]  # "Meta", not "Meta-Chef"
                if mention.name[:3].casefold() == "ex-":
                    mention.name = mention.name[3:]  # "Ex-Apple-Manager": Apple
                mention.side, mention.how = "from", "role-of"  # "die OpenAI-Gründer", "Meta-Chef": where they are
                continue
            if ((mention.first in lost_to or (mention.first - 1 in lost_to and words[mention.first - 1] in determiners))
                    and any(other.last < mention.first for other in losing)):  # fmt: skip
                mention.side, mention.how = "to", "verb"  # "Quorra has lost X to Globex": where X goes
                continue
            if _loses(sentence, tokens, mention, losers, language):
                mention.side, mention.how = "from", "verb"  # "OpenAI a perdu sept chercheurs": where they leave
                losing.append(mention)
                continue
            before = [t.folded for t in tokens[max(0, mention.first - 2) : mention.first]]
            behind = (mention.first - 2, mention.first)
            # "aus der CDU", "lascia l'Inter": the word before the article (not "vom", "dal", "del": a
            # contraction that is a marker of origin as well, "wechselt vom HSV zu Hertha"; "zum", "al" stay
            # articles: "dejar al Real Betis" is the verb's object)
            if before and (before[-1] in determiners - froms or before[-1] in _RIVALS):  # "from rival Quorra"
                past = [t.folded for t in tokens[max(0, mention.first - 3) : mention.first - 1]]
                if past and past[-1] in froms | tos | lexicon.AT_MARKERS | verbs:
                    before, behind = past, (mention.first - 3, mention.first - 1)
                elif past and tokens[mention.first - 2].text.islower():
                    behind = (mention.first - 3, mention.first - 1)  # "lascia invece il Milan": an adverb between
            ahead = (mention.last + 1, mention.last + 3)
            mention.how = "marker"
            # "von Helix zu Quanta": an origin, no agent; "l'ingaggio di X da parte di Meta": the agent's phrase
            # may end in a marker of origin
            agent = (
                _agent_side(
                    words, mention.first, determiners, near(leaves, mention), near(joins, mention), phrases=phrases
                )
                if phrases
                else None
            )  # (a verb of its clause: not "se nombró a X, y la creación por parte de Y")
            if agent is None and not (before and before[-1] in froms):
                agent = _agent_side(words, mention.first, determiners - froms, leaves, joins)
            elif agent is None and (words[mention.first - 1] in _AGENTS or words[mention.first - 2] in _AGENTS):
                # a preposition of origin that is also an agent's ("da", "von") is one right after a
                # participle of hiring: "assunto da Meta", "ingaggiato dal Catania" (not "passato da A a B",
                # "wechselt von A zu B": an origin)
                agent = _agent_side(words, mention.first, determiners - froms, [], hired, right_after=True)
            if agent == "from" and any(
                end - start > 1 and (end == mention.first or (end == mention.first - 1 and words[end] in determiners))
                for start, end in joins
            ):
                agent = "to"  # the preposition of a phrase of joining, no agent of leaving: "para fichar por Vantor"
            article = mention.first > 0 and words[mention.first - 1] in determiners  # "passato per la Quorra"
            if mention.first - 1 in idioms:
                mention.side, mention.how = ("from" if idioms[mention.first - 1] == "leave" else "to"), "verb"
            elif _joined_post(words, mention.first, joins, froms, determiners, language):
                mention.side, mention.how = "to", "verb"  # "se pasó a las filas del Partido Azul"
            elif mention.first in career_ends or (article and mention.first - 1 in career_ends):
                mention.side, mention.how = "from", "former"  # "X, passé par Quorra, rejoint Globex"
            elif _appointed(tokens, mention.first, determiners, language, sentence):
                mention.side, mention.how = "to", "appointed"  # "nombrado consejero delegado de BBVA"
            elif _post_taken(sentence, tokens, mention.first, determiners, taking, leaves, language):
                mention.side, mention.how = "to", "verb"  # "toma las riendas de X", "takes the helm of X"
            elif (not has["hire"] and not _former(words, mention.first, earlier, set())
                  and _role_before_name(sentence, tokens, mention, leaves + joins, mentions, determiners)):  # fmt: skip
                # "El entrenador del Betis, Manuel Pellegrini, dimitió", "L'entraîneur de Lyon, Peter Bosz, a
                # démissionné": the organisation of a role told before the name is where the person is
                mention.side, mention.how = "from", "apposition"
            elif mention.first in earlier_ends or (mention.first - 1 in earlier_ends and words[mention.first - 1]
                                                   in determiners):  # fmt: skip
                mention.side, mention.how = "from", "former"  # "tras su paso por Vantor": no agent, an earlier post
            elif agent == "from" and _left_for_object(words, mention, mentions, leaves, leave_for, determiners):
                mention.side, mention.how = "to", "left-for"  # "deja Globex por Vantor": no agent, where they go
            elif agent is not None:
                mention.side, mention.how = agent, "verb"  # "renvoyé par Montpellier", "recruté par Meta"
            elif (before and before[-1] in tos | lexicon.AT_MARKERS and mention.first - len(before) + 1 in earlier_ends
                  and not any(other.first <= mention.first - len(before) <= other.last
                              for other in mentions)):  # fmt: skip
                # (not "X, ex-Quorra, rejoint Globex": the word of an earlier post is another organisation's)
                # "X, finora alla Y, passa a Z", "X, jusqu'ici chez Y": a marker of where someone is, right
                # after a word of the time up to now or before, says where they were (the marker alone would
                # say where they go)
                mention.side, mention.how = "from", "former"
            elif (before and before[-1] in tos | lexicon.AT_MARKERS | locatives and mention.first > 1
                  and "," in sentence[tokens[mention.first - 2].end : tokens[mention.first - 1].start]
                  and mention.last + 1 < len(words) and words[mention.last + 1] in since):  # fmt: skip
                # "X, chez Quorra depuis dix ans, rejoint Globex", "X, alla Quorra dal 2015, passa a Globex": an
                # apposition of where someone has been since a time is where they come from
                mention.side, mention.how = "from", "former"
            elif (before and before[-1] in locatives and has["leave"] and not has["join"] and not has["hire"]
                  and not leave_for & set(words[max(0, mention.first - 4) : mention.first])):  # fmt: skip
                # (not "hanno lasciato il Carroccio per andare al Misto": where they go)
                mention.side = "from"  # "limogé à Strasbourg", "esonero alla Juventus": where someone was
            elif (before and before[-1] in tos
                  and taken_from & set(words[max(0, mention.first - 4) : mention.first - 1])):  # fmt: skip
                mention.side, mention.how = "from", "verb"  # "strappato ad Apple": taken away from Apple
            elif len(before) == 2 and before[0] in froms and before[1] in tos | lexicon.AT_MARKERS:
                mention.side = "from"  # "de chez OpenAI", "da presso"
            elif (before and before[-1] in froms and (has["join"] or has["leave"])
                  and _COMPANY_NOUNS & set(words[max(0, mention.first - 4) : mention.first - 1])):  # fmt: skip
                # "rejoignent l'équipe « superintelligence » de Meta": the team's side, which the verb says
                mention.side, mention.how = ("to" if has["join"] and not has["leave"] else "from"), "verb"
            elif _former(words, mention.first, earlier, froms | tos | lexicon.AT_MARKERS):
                mention.side, mention.how = "from", "former"  # "former Google researcher", "Ex-OpenAI-Forscher"
            elif (
                _counted(tokens, mention.first, language)
                or (mention.first and words[mention.first - 1] in _folded_set("quantifiers", language))
            ) and _has_group_noun(words[mention.last + 1 : mention.last + 3], language):
                mention.side, mention.how = "from", "role-of"  # "11 OpenAI engineers", "other OpenAI researchers"
            elif _role_of_name(tokens, mention.last + 1):
                mention.side, mention.how = "from", "role-of"  # "OpenAI co-founder Ilya Sutskever": where X is
            elif (before and before[-1] in froms | tos | lexicon.AT_MARKERS
                  and any(words[k] in tenure and _one_clause(sentence, tokens[k], tokens[mention.first])
                          and not _age_after(words, k, language)  # "Le technicien de 49 ans a rejoint X"
                          and not any(k < other.first < mention.first for other in mentions)
                          and not any(_capitalised(t.text) for t in tokens[k + 1 : mention.first - 1])
                          for k in range(max(0, mention.first - 4), mention.first - 1))):  # fmt: skip
                # (its own: not "X, who spent six years at A, joined B", whose B is where X goes; not past
                # another name: "heuert nach zehn Jahren bei Quorra bei Globex an")
                mention.side, mention.how = "from", "tenure"  # "after seven years at Google"
            elif any(words[at] in leave_for and start < at
                     and _one_clause(sentence, tokens[start], tokens[mention.first])
                     for at in range(max(0, mention.first - 3), mention.first)
                     for start in left_at):  # fmt: skip  # not "dejó Endesa, …, por parte de Bankia"
                # (the word "for" after the word of leaving: not "sta per lasciare la Rai")
                mention.side, mention.how = "to", "left-for"  # "left Google for OpenAI"
            elif (before and before[-1] in lexicon.AT_MARKERS and has["hire"]
                  and _hired_away_at(sentence, tokens, mention, mentions, language)):  # fmt: skip
                mention.side, mention.how = "from", "verb"  # "B recrute X chez A": where X is taken from
            elif before and before[-1] in lexicon.AT_MARKERS:
                joined_at = _touches(joins, mention.first - 2, mention.first - 1)  # "heuert bei Gladbach an"
                # a verb of joining whose particle ends the clause, words between: "Nach seinem Abschied von A
                # heuert X bei B an"
                joined_at = joined_at or any(side == "join" and at < mention.first - 1
                                             and _one_clause(sentence, tokens[at], tokens[mention.first])
                                             for at, side, _phrase in apart)  # fmt: skip
                joining = has["join"] and not has["earlier"] and not has["leave"]
                # (in a relative clause, a word of joining in it: not "X, who did not want to stay at A, joined B")
                relative = any(words[k] in relatives and "," in sentence[tokens[k - 1].end : tokens[k].start]
                               and _one_clause(sentence, tokens[k], tokens[mention.first])
                               for k in range(1, mention.first))  # fmt: skip
                joining = joining and not (relative and not near(joins + taking, mention))
                mention.side = "to" if joined_at or joining else "from"
                # (the hired between: a verb right before the marker is its subject's, "heuert bei Globex an")
                if any(other.last < start < mention.first - 2 for start, _end in hired for other in mentions
                       if other is not mention
                       and _one_clause(sentence, tokens[other.first], tokens[mention.first])):  # fmt: skip
                    # "Renault recrute X chez Stellantis", "Meta poached three researchers at OpenAI": an
                    # organisation hires, and the one where the hired person is is where they come from
                    mention.side, mention.how = "from", "verb"
                if mention.side == "to" and _in_apposition(sentence, tokens, mention, leaves + joins, mentions):
                    # "Lars Engel, damaliger Deutschland-Chef bei Bahlsen, zu Griesson-de Beukelaer wechselt":
                    # where the person is, and the sentence's destination stays the other's
                    mention.side, mention.how = "from", "apposition"
            elif (before and before[-1] in froms and len(before) == 2 and _is_role(before[0])
                  and not _counted(tokens, mention.first - 2, language) and not has["hire"]):  # fmt: skip
                # "Mitgründer von Mistral": where they are; "ehemaliger CEO bei Github": where they were
                ahead = [t.folded for t in tokens[max(0, mention.first - 4) : mention.first - 2]]
                # a post a word of leaving governs is left: "lascia la carica di presidente di Enav", "deja el
                # cargo de presidente de Telefónica"
                left = any(mention.first - 6 <= start < mention.first - 2 for start, _end in near(leaves, mention))
                # a sentence of leaving alone: its verb may stand after the role ("tritt als Chefin von X
                # zurück", "legt ihr Amt als Präsidentin von X nieder"), the post is the one left
                left = left or (has["leave"] and not has["join"] and not has["hire"])
                # (or a role of a former post in one word: "el ahora exdirector de Quorra")
                mention.side = "from" if earlier & {*ahead, before[0]} or left else "to"
                role = mention.first - 2  # an apposition (", Mitgründer von OpenAI,") belongs to the name before
                until = next((start for start, end in spans(words, lexicon.UNTIL_NOW[language]) if end == role), None)
                if until is not None:
                    role = until  # the time up to now before the role: ", hasta ahora directora de Globex,"
                elif role > 1 and not _capitalised(tokens[role - 1].text) and tokens[role - 1].folded not in small:
                    role -= 1  # one word of the role (", actual presidente de Ifema", ", former chief of X")
                mention.bound = role > 0 and "," in sentence[tokens[role - 1].end : tokens[role].start]
                if (not mention.bound and role > 2 and words[role - 1] in glue
                        and any(m.bound and m.last == role - 2 for m in mentions)):  # fmt: skip
                    # ", expresidente de Renault España y actual presidente de Ifema": one apposition, one person
                    mention.bound = True
                if mention.bound:
                    mention.side = "from"  # "X, CEO von Scale AI, geht zu Meta": where X comes from
            elif before and before[-1] in froms and before[-1] not in lexicon.AT_MARKERS:
                mention.side = "from"
            elif before and before[-1] in tos:
                mention.side = "to"
            # a whole phrase of moving next to it (not one word of a phrase: the "ha" of "ha lasciato")
            # (in its own clause: not "X, bislang Chefredakteur der Lausitzer Rundschau, wechselt …", where
            # the verb after the comma is the person's, and the apposition's organisation is where they are)
            elif _touches(near(leaves, mention), *behind) or _touches(near(leaves, mention), *ahead):
                mention.side, mention.how = "from", "verb"
            elif _touches(near(joins, mention), *ahead):
                mention.side, mention.how = "to", "verb"  # "Safe Superintelligence gegründet"
            elif _touches(near(joins, mention), *behind):
                mention.side, mention.how = "to", "verb"
        if has["hire"] and not any(mention.side == "to" for mention in mentions):
            for mention in mentions:  # the organisation of whoever hires is where the hired go
                of_role = (
                    mention.first >= 2 and words[mention.first - 1] in froms and _is_role(words[mention.first - 2])
                )
                hirer = not _has_group_noun(words[: mention.first], language)  # not "drei Forscher von OpenAI"
                hirer = hirer and words[mention.last].rpartition("-")[2] not in _PEOPLE_NOUNS  # nor "OpenAI-Forscher"
                if (mention.how == "role-of" or of_role) and hirer and hires(words, mention.last, language) is not None:
                    # "Der Meta-Chef hat … abgeworben", "Meta CEO Mark Zuckerberg has poached …", "il Ceo di
                    # Meta ha strappato tre ricercatori a OpenAI": the hiring side, not where the hired were
                    mention.side, mention.how = "to", "verb"
        for previous, mention in itertools.pairwise(mentions):  # lists share their side
            between = [t.folded for t in tokens[previous.last + 1 : mention.first]]
            if mention.side is None and previous.side and all(w in lexicon.CONJUNCTIONS for w in between):
                mention.side, mention.how = previous.side, previous.how
        for mention in mentions:
            if mention.side is None and _in_apposition(sentence, tokens, mention, leaves + joins, mentions):
                mention.side, mention.how = "from", "apposition"  # "X, bislang Chefredakteur der Y, wechselt …"
        if language == "en" and has["hire"]:
            _partitive_owner(sentence, tokens, mentions, taken)
        for mention in mentions:
            if mention.side is None:
                mention.how = "default"
                mention.side = "from" if has["leave"] and not has["join"] else "to" if has["join"] else "from"
                if has["leave"] and has["join"]:  # words of both: the nearest word of moving before it
                    mention.side = _nearest_moving(sentence, tokens, mention, leaves, joins) or mention.side
        demonyms = _folded_set("demonyms", language)  # "L'Argentin a rejoint Globex", "le remplaçant du Chilien"
        return [m for m in mentions if m.record_id is not None or m.first < m.last or words[m.first] not in demonyms]

    def _proper_nouns(self, sentence: str, tokens: list[_Token], language: str, mentions: list[_Mention],
                      taken: set[int]) -> list[_Mention]:  # fmt: skip
        """Organisations named by one capitalised word with no marker, in the languages that capitalise
        names only (not German, which capitalises every noun): inside a sentence such a word that is no
        part of a person's name, no person named before, no month, role or small word, is a proper noun,
        and it is an organisation where it stands in one's place:

        - coordinated with an organisation ('imité … par Brest et Auxerre', 'OpenAI y Anthropic'): one
          list, one kind of thing (also in English);
        - the subject right before a verb that hires, dismisses or replaces someone ('y Thyssenkrupp
          sustituía a Guido Kerkhoff', 'il Sion licenzia …'): who does that is an employer; also the
          sentence's first word right before such a verb ('Lyon a limogé X', 'Tenerife destituyó a X') or
          before a copula and a noun of a team ('Lyon a été la première équipe …').

        A place in such a place is read as an organisation too ("Brest" is the club).

        In English (whose coordination is read as above) and German, also the sentence's first word (or
        the word after its definite article) right before an active verb that hires or dismisses, or an
        auxiliary and such a verb ('Chelsea sacked X', 'Chelsea have sacked X', 'Bayern entlässt X'): see
        :meth:`_hiring_subject`."""
        if language == "de":
            return self._hiring_subject(sentence, tokens, language, taken)
        words = [t.folded for t in tokens]
        glue = lexicon.CONJUNCTIONS | {"and", "et", "y", "e", "ed"}

        def bare(at: int) -> bool:  # one capitalised word inside the sentence, no name of a person
            if at <= 0 or at >= len(tokens) or at in taken or not _name_word(tokens[at]):
                return False
            token = tokens[at]
            if (at + 1 < len(tokens) and _name_word(tokens[at + 1]) and _adjacent(sentence, token, tokens[at + 1])) or (
                _name_word(tokens[at - 1]) and _adjacent(sentence, tokens[at - 1], token)
            ):
                return False  # part of a longer name
            return (token.folded not in self.surnames and token.folded not in self._named
                    and self._person_at(tokens, at) is None and not _common_noun([token], language))  # fmt: skip

        def opener(verb: int) -> bool:  # one capitalised word that opens the sentence, right before the verb
            token = tokens[0]
            adverbs = _folded_set("sentence_adverbs", language) | _folded_set("pronouns", language)
            adverbs |= _PRO_DROP_AUXILIARIES.get(language, frozenset())  # "Ha ingaggiato X": no club "Ha"
            return (verb == 1 and 0 not in taken and _name_word(token) and _adjacent(sentence, token, tokens[1])
                    and token.folded not in adverbs and token.folded not in self.surnames
                    and token.folded not in self._named and self._person_at(tokens, 0) is None
                    and not _common_noun([token], language))  # fmt: skip

        found: list[_Mention] = [] if language in _NAMES_ONLY_CAPITALISED else self._hiring_subject(
            sentence, tokens, language, taken)  # fmt: skip
        if language in _NAMES_ONLY_CAPITALISED:  # "Lyon a été la première équipe à …": a team, said of the subject
            for start, end in spans(words, _COPULAS[language]):
                if tokens[start].text == "e":
                    continue  # the Italian "e" (and) folds as "è" does
                noun = next((i for i in range(end, min(end + 4, len(words))) if words[i] in _TEAM_NOUNS), None)
                if noun is not None and opener(start) and all(not _capitalised(t.text) for t in tokens[end:noun]):
                    found.append(_Mention(0, 0, tokens[0].text, None))
                    taken.add(0)
                    break
        if language in _NAMES_ONLY_CAPITALISED:  # "y Thyssenkrupp sustituía a X": the subject of a hiring verb
            relatives = _folded_set("relatives", language) | {"qui", "che", "que", "quien", "quienes"}
            verbs = lexicon.HIRERS[language] + lexicon.DISMISS[language] + lexicon.REPLACES[language]
            replacing = set(spans(words, lexicon.REPLACES[language]))  # "Prenderà il posto di X": a verb opens it
            losing = set(spans(words, lexicon.LOSERS[language]))  # "Quorra perd X": the opening subject only
            # "Globex annuncia l'arrivo di X": the opening subject of a statement of its move (see _announces)
            losing |= {(low, high) for low, high in spans(words, lexicon._LEXICON.per_language["statements"][language])
                       if _announces(words, tokens, high, language)}  # fmt: skip
            for start, _end in sorted(set(spans(words, verbs + lexicon.LOSERS[language])) | losing):
                if (start, _end) in losing and start == 2 and words[1] in _AUXILIARIES.get(language, ()):
                    start = 1  # "Quorra a perdu X", "Quorra ha perdido a X": the auxiliary is the verb's start
                elif (start, _end) in losing and start != 1:
                    continue
                elif start == 2 and words[1] in _AUXILIARIES.get(language, ()):
                    start = 1  # "Quorra a mis fin à sa collaboration avec X": the auxiliary opens the verb
                at = start - 1
                if at > 1 and words[at] in relatives and "," in sentence[tokens[at - 1].end : tokens[at].start]:
                    at -= 1  # "Brest et Auxerre, qui ont démis …": the antecedent of its relative clause
                elif at > 0 and not _adjacent(sentence, tokens[at], tokens[start]):
                    continue
                if (
                    at == 0
                    and opener(start)
                    and ((start, _end) not in replacing or _replaced_with_object(sentence, tokens, _end, language))
                ):
                    # "Lyon a limogé X", "Tenerife destituyó a X": the sentence's subject
                    found.append(_Mention(0, 0, tokens[0].text, None))
                    taken.add(0)
                elif bare(at):
                    found.append(_Mention(at, at, tokens[at].text, None))
                    taken.add(at)
        for mention in [*mentions, *found]:  # "Brest et Auxerre": coordinated with an organisation
            for at, link in ((mention.last + 2, mention.last + 1), (mention.first - 2, mention.first - 1)):
                if (0 <= link < len(tokens) and words[link] in glue and bare(at)
                        and _adjacent(sentence, tokens[min(at, link)], tokens[min(at, link) + 1])
                        and _adjacent(sentence, tokens[max(at, link) - 1], tokens[max(at, link)])):  # fmt: skip
                    found.append(_Mention(at, at, tokens[at].text, None))
                    taken.add(at)
        return found

    def _role_organisations(self, sentence: str, tokens: list[_Token], taken: set[int],
                            language: str, cued: bool) -> list[tuple[int, int, bool]]:  # fmt: skip
        """The organisation (first and last word, and whether the role is new) of a role written in lower
        case (or a title in capitals) that the text names right after it, where the reader would otherwise
        take it for a person or a word of one:

        - fused with the person's name after a genitive, three or four capitalised words ("l'ex manager
          di Quorra Marco Rossi", "el exdirectivo de Quorra Marco Rossi", "former executive of Vantor Jane
          Doe"): all but the last two words; with no genitive ("il presidente Enav Roberto Scaramella")
          only where the last two are a full name the text gives alone or the first words an
          organisation the text or the record knows ("el entrenador Juan Carlos Osorio" is one person);
        - one word after the role of a post noun's genitive ("lascia la carica di presidente Enav", "deja
          el cargo de presidente Quorra", "quitte son poste de président Quorra"): the post's organisation
          (not "il co-fondatore Schulman", a surname).

        Not in German, whose compounds tell the organisation of a role ("Quorra-Chef Jan Berg")."""
        found: list[tuple[int, int, bool]] = []
        for index, role in enumerate(tokens[:-1]):
            new = any(token.folded in _NEW for token in tokens[max(0, index - 2) : index])  # "the new chief executive"
            if not (_is_role(role.folded) and (not _capitalised(role.text) or role.text.isupper())):
                continue  # (a role in lower case, or a title in capitals: "PDG", "CEO")
            if role.folded in _COMPANY_NOUNS:
                continue  # "la startup Vantor": the company's description, read elsewhere
            start = index + 1
            genitive = tokens[start].folded in _GENITIVES and start + 1 < len(tokens)
            start += genitive
            end = start
            while (end < len(tokens) and end not in taken and end - start < 4 and _name_word(tokens[end])
                   and (end == start or _adjacent(sentence, tokens[end - 1], tokens[end]))):  # fmt: skip
                end += 1
            if end < len(tokens) and _name_word(tokens[end]):
                continue  # a longer run: no telling where the organisation ends
            if end - start == 1 and not genitive and index >= 2 and tokens[index - 1].folded in _GENITIVES:
                if _post_noun(tokens[index - 2].folded, language) and start not in taken:
                    word = tokens[start].folded
                    if word not in self.surnames and word not in self._named and word not in self._full_names:
                        found.append((start, start, new))  # "la carica di presidente Enav"
                continue
            if end - start < 3:
                continue
            known = _find(tokens[start : end - 2], self.orgs) or (
                not cued and _find(tokens[start : end - 2], self._seen_orgs)  # (the index is being made when cued)
            )
            if genitive or known or " ".join(t.folded for t in tokens[end - 2 : end]) in self._given_names:
                found.append((start, end - 3, new))
        return found

    def _losing_subject(self, sentence: str, tokens: list[_Token], language: str) -> str | None:
        """The verb of losing someone ('verliert', 'has lost', 'perd', 'pierde a', 'perde') whose subject
        is the organisation that opens the sentence ('Quorra verliert X an Y', 'Apple has lost its chief
        scientist, X, to Y'): one the record knows, or one capitalised word (after a definite article
        too) that is no person, adverb, pronoun, role or common noun, right before the verb or a perfect
        auxiliary and it; None otherwise (a verb of losing alone -- 'lost his seat', 'Mark Smith lost' --
        says no one left)."""
        words = [t.folded for t in tokens]
        at = 1 if words and words[0] in _SUBJECT_ARTICLES else 0
        losing = spans(words, lexicon.LOSERS[language])
        if not losing or at >= len(tokens) or not _name_word(tokens[at]):
            return None
        known = next((m for m in _find(tokens, self.orgs) if m.first == at), None)
        last = known.last if known is not None else at
        verb = last + 1
        if verb >= len(words) or any(not _adjacent(sentence, tokens[i], tokens[i + 1]) for i in range(at, verb)):
            return None
        if words[verb] in _AUXILIARIES.get(language, ()) and language == "de":
            # "Quorra hat X an Globex verloren": the participle ends the clause
            end = clause_of(sentence, [t.start for t in tokens], [t.end for t in tokens], verb)[1]
            match = next((" ".join(words[low:high]) for low, high in losing if verb < low < end), None)
        else:
            verb += words[verb] in _AUXILIARIES.get(language, ())  # "has lost", "a perdu", "ha perso"
            match = next((" ".join(words[low:high]) for low, high in losing if low == verb), None)
        if match is None:
            return None
        if known is not None:
            return match
        small = (_folded_set("sentence_adverbs", language) | _folded_set("pronouns", language)
                 | _folded_set("stopwords", language) | _folded_set("determiners", language))  # fmt: skip
        word = words[at]
        if word in small or word in lexicon.NOT_NAMES or _is_role(word) or _common_noun([tokens[at]], language):
            return None
        if word in self.surnames or word in self._named or word in self._full_names:
            return None
        return match if self._person_at(tokens, at) is None else None

    def _hiring_subject(self, sentence: str, tokens: list[_Token], language: str, taken: set[int]) -> list[_Mention]:
        """The organisation that opens an English or German sentence as the subject of an active verb
        that hires or dismisses ('Chelsea sacked Graham Potter', 'Barclays hired John Smith', 'Bayern
        entlässt Tim Walter'), after an auxiliary too ('Chelsea have sacked', 'Schalke hat … entlassen'):
        one capitalised word (two may be a first name and a surname) at the sentence's start or after
        its definite article, that is no person (not known, no surname the text gave a person) and no
        adverb or common noun (German puts any adverb first: 'Nun holt der HSV X', whose subject
        follows the verb). Also the subject of a verb of a statement (list ``statements``) that tells a
        move of it ('Quorra confirmed that Jane Doe had left the company', :func:`_announces`), and in
        English past one sentence adverb ('Globex today announced the appointment of X')."""
        words = [t.folded for t in tokens]
        at = 1 if words and words[0] in _HIRING_ARTICLES.get(language, ()) else 0
        if language == "en":  # "Britain's biggest retailer Tesco said …": past its description's noun, with a
            # name after it and no verb before it (not "Microsoft hired the audio team from X")
            verbs = _moving_words(language) | _single_words("statements", language)
            at = next((k + 1 for k in range(1, min(5, len(words) - 1)) if words[k] in _COMPANY_NOUNS
                       and _name_word(tokens[k + 1]) and not verbs & set(words[:k])), at)  # fmt: skip
        if len(tokens) < at + 3 or at in taken or not _name_word(tokens[at]):
            return []
        verb = at + 1  # one word: two may be a first name and a surname ("Mark Zuckerberg hired X")
        if language == "en" and words[verb] in _folded_set("sentence_adverbs", language):
            verb += 1  # "Globex today announced the appointment of X", "Chelsea also sacked X"
        auxiliary = words[verb] in _AUXILIARIES.get(language, ())
        found = spans(words, lexicon.HIRERS[language] + lexicon.DISMISS[language] + lexicon.LOSERS[language])
        found += [
            (low, high)
            for low, high in spans(words, lexicon.REPLACES[language])
            if _replaced_with_object(sentence, tokens, high, language)
        ]  # "Everton replaced Sean Dyche with David Moyes": who replaces hires
        dismissing = set(lexicon.DISMISS[language])  # "Quorra stellt X frei": a dismissal's particle ends the clause
        found += [(at, at + 1) for at, side, phrase in _separated(sentence, tokens, language)
                  if phrase in dismissing and side != "none"]  # fmt: skip
        announced = [  # "Quorra confirmed that Jane Doe had left the company": see _announces
            (low, high)
            for low, high in spans(words, lexicon._LEXICON.per_language["statements"][language])
            if _announces(words, tokens, high, language)
        ]
        found += announced
        if auxiliary and language == "de":  # "Schalke hat Tim Walter entlassen": the participle ends the clause
            end = clause_of(sentence, [t.start for t in tokens], [t.end for t in tokens], verb)[1]
            if not any(verb < low < end for low, _high in found):
                return []
        elif not any(low == verb + auxiliary for low, _high in found):
            return []
        if any(not _adjacent(sentence, tokens[i], tokens[i + 1]) for i in range(at, verb + auxiliary)):
            return []  # "Chelsea, who sacked …": not right before it
        small = (_folded_set("sentence_adverbs", language) | _folded_set("pronouns", language)
                 | _folded_set("stopwords", language) | _folded_set("determiners", language))  # fmt: skip
        word = words[at]
        if word in small or word in lexicon.NOT_NAMES or _is_role(word) or _common_noun([tokens[at]], language):
            return []
        if word in self.surnames or word in self._named or word in self._full_names:
            return []  # "Zuckerberg hired X" where the text names Mark Zuckerberg: the person who hires
        if self._person_at(tokens, at) is not None:
            return []
        if (
            language == "de"
            and words[verb + 1] in _SUBJECT_ARTICLES
            and not any(low == verb and high > verb + 1 for low, high in found)
            and not any(low == verb for low, _high in announced)
        ):  # (an article in the verb's phrase is its own: "Quorra beendet die Zusammenarbeit mit X"; so is
            # the one of what a statement tells: "Quorra gab die Trennung von X bekannt")
            return []  # "Nun holt der HSV X": the subject after the verb
        taken.add(at)
        return [_Mention(at, at, tokens[at].text, None)]

    def _known_joined(self, run: list[_Token]) -> str | None:
        """The id of the known organisation the words of ``run`` spell without their spaces
        ('Deep Mind' for DeepMind), or None."""
        if len(run) < 2:
            return None
        joined = "".join(t.folded for t in run)
        return next((oid for words, oid in self.orgs.get(joined, []) if words == (joined,)), None)

    def _person_at(self, tokens: list[_Token], index: int) -> _Mention | None:
        found = _find(tokens[index:], self.people)
        return found[0] if found and found[0].first == 0 else None

    def _people(self, sentence: str, tokens: list[_Token], orgs: list[_Mention], language: str) -> list[_Mention]:
        known = _find(tokens, self.people)
        taken = {i for mention in [*known, *orgs] for i in range(mention.first, mention.last + 1)}
        for index, token in enumerate(tokens):  # a surname on its own: known, or named before in the text
            if index in taken or not _capitalised(token.text):
                continue
            if token.folded in self.surnames:
                person_id = self.surnames[token.folded]
                known.append(_Mention(index, index, self.document.people[person_id].name, person_id))
                taken.add(index)
            elif (
                token.folded in self._named
                and not (index + 1 < len(tokens) and _name_word(tokens[index + 1]))
                and not (index > 1 and _name_word(tokens[index - 1]) and _adjacent(sentence, tokens[index - 1], token))
            ):
                # (not the last word of a longer name: "Hyung Won Chung" after "Wei Chung")
                known.append(_Mention(index, index, self._named[token.folded], None))
                taken.add(index)
        for index, token in enumerate(tokens):  # "il co-fondatore Schulman", "CEO Altavilla": a surname as printed
            if (
                index in taken
                or index == 0
                or not (
                    (
                        self._surname_after_compound(sentence, tokens, index, language)
                        if language == "de"
                        else self._surname_after_role(sentence, tokens, index)
                    )
                    or _dismissed_surname(sentence, tokens, index, language)  # "l'esonero di Juric"
                )
            ):
                continue
            known.append(_Mention(index, index, token.text, None))
            self._named.setdefault(token.folded, token.text)
            taken.add(index)
        adverbs = _folded_set("sentence_adverbs", language)
        index = 0
        while index < len(tokens):  # runs of capitalised words: a misspelt known name, or a new one
            if tokens[index].folded in adverbs and index not in taken:
                index += 1  # "Intanto Marco Rossi lascia …", "Meanwhile John Smith": an opening adverb, no name
                continue
            run = _name_end(sentence, tokens, index, taken)
            if run == index and _capital_particle(sentence, tokens, index, taken):
                run = _name_end(sentence, tokens, index + 1, taken)  # "prima di De Rossi", "Di Francesco al Venezia"
            breaker = next((at for at in range(index, run) if _noun_shaped(tokens[at].folded, language)
                            or tokens[at].folded in _moving_words(language)), None)  # fmt: skip
            if breaker is not None:  # "Gute Nachrichten", "mit vollem Namen Miguel Ángel", "(Nachfolge Kessler)":
                # a noun (of moving) ends the name, as a verb of moving does in a heading written in capitals
                # ("OpenAI Lead Defects to Anthropic") or opening a sentence ("Lascia Marco Rossi")
                run = breaker if breaker > index else index
                if run - index < 2:
                    index = max(run, index + 1)
                    continue
            if run - index >= 2 and (_after_determiner(sentence, tokens, index, language)
                                     or (index and _count(tokens[index - 1].folded))):  # fmt: skip
                index += 1  # "der ehemalige Fußballprofi Bjørn Gulden", "sull'Intelligenza Artificiale": a noun first
                continue
            if run - index >= 2:
                name = _span_text(sentence, tokens, index, run - 1)  # "Olivier Dall’Oglio", "Kevin R. Convey"
                folded = " ".join(t.folded for t in tokens[index:run])
                close = difflib.get_close_matches(folded, list(self.folded_people), n=1, cutoff=FUZZY)
                if any(t.folded in self.org_words or t.folded in lexicon.ORG_WORDS or t.folded in _COMPETITIONS
                       for t in tokens[index:run]) or (
                    run < len(tokens) and tokens[run].folded in lexicon.ORG_WORDS - {"ai"}
                    and _capitalised(tokens[run].text) and _adjacent(sentence, tokens[run - 1], tokens[run])
                ):  # fmt: skip
                    pass  # part of an organisation's name ("Thinking Machines Labs"), or of a competition's
                elif tokens[index].folded in _SAINTS:
                    pass  # a place's, a club's or a building's: "el Palacio de San Lázaro", "Sankt Pauli"
                elif close:
                    person_id = self.folded_people[close[0]]
                    known.append(_Mention(index, run - 1, name, person_id))
                else:
                    known.append(_Mention(index, run - 1, name, None))
                    self._named.setdefault(tokens[run - 1].folded, name)
                index = run
            else:
                index = max(run, index + 1)
        org_at = {i for org in orgs for i in range(org.first, org.last + 1)}
        for index, token in enumerate(tokens):  # "Leonardo lascia il Milan": a name of one word
            alone = _single_name(sentence, tokens, index, language) or self._personal_object(tokens, index, language)
            if (index not in taken and index not in org_at and alone
                    and token.folded not in self.org_words and token.folded not in lexicon.ORG_WORDS):  # fmt: skip
                known.append(_Mention(index, index, token.text, None))
                taken.add(index)
        unique: dict[str, _Mention] = {}
        for mention in sorted(known, key=lambda m: m.first):
            unique.setdefault(mention.record_id or fold_word(mention.name), mention)
        return list(unique.values())

    def _surname_after_compound(self, sentence: str, tokens: list[_Token], index: int, language: str) -> bool:
        """Whether the word at ``index`` is a surname printed alone after a German role compound on an
        organisation's name ('Salzburg-Coach Marsch', 'Bayern-Trainer Flick'): German capitalises its
        nouns, so only the compound, a role joined to a capitalised name by a hyphen, tells that a name
        follows; one name word, no noun's ending, no other name word after it."""
        token, role = tokens[index], tokens[index - 1]
        if not (_role_compound(role) and _capitalised(role.text) and _adjacent(sentence, role, token)):
            return False
        if not _name_word(token) or _noun_shaped(token.folded, language) or token.folded in _moving_words(language):
            return False
        if index + 1 < len(tokens) and _name_word(tokens[index + 1]) and _adjacent(sentence, token, tokens[index + 1]):
            return False
        return token.folded not in self.org_words and token.folded not in lexicon.ORG_WORDS

    def _surname_after_role(self, sentence: str, tokens: list[_Token], index: int) -> bool:
        """Whether the word at ``index`` is a surname printed alone after a role ('il co-fondatore
        Schulman', 'CEO Altavilla'): one capitalised word, no known organisation's, right after a role
        written in lower case (or a title in capitals), no other name word after it. Not in German,
        which capitalises its roles and nouns alike."""
        token, role = tokens[index], tokens[index - 1]
        if not _name_word(token) or not _adjacent(sentence, role, token):
            return False
        person_role = _is_role(role.folded) and role.folded not in _COMPANY_NOUNS  # not "the startup Inflection"
        if not ((person_role and not _capitalised(role.text)) or role.text in _TITLES):
            return False
        if index + 1 < len(tokens) and _name_word(tokens[index + 1]):
            return False
        return token.folded not in self.org_words and token.folded not in lexicon.ORG_WORDS

    def _groups(self, sentence: str, tokens: list[_Token], language: str) -> list[tuple[str, int, int]]:
        numbers = {fold_word(word): value for value, word in enumerate(lexicon.NUMBERS[language])}
        nouns = set(folded_phrase(" ".join(lexicon.GROUP_NOUNS[language])))
        found = []
        for index, token in enumerate(tokens):
            value = (
                int(token.folded) if token.folded.isdigit() and len(token.folded) <= 3 else numbers.get(token.folded)
            )
            if not value or value < 2 or (index and tokens[index - 1].folded in lexicon.WHOLE_SET):
                continue
            if sentence[token.end : token.end + 2].strip().startswith("%"):
                continue  # a share, not a group
            if index + 1 < len(tokens) and tokens[index + 1].folded in _TIME_UNITS:
                continue  # an age or a time: "LeCun, 65 Jahre alt und Chef-KI-Wissenschaftler", "tras 8 años"
            for ahead in range(index + 1, min(len(tokens), index + 5)):
                if _people_noun(tokens[ahead].folded, nouns, language):
                    text = sentence[token.start : tokens[ahead].end]
                    found.append((text, value, index))
                    break
        ensembles = {fold_word(word): value for value, word in enumerate(lexicon.ENSEMBLES[language], start=2)}
        for index, token in enumerate(tokens):  # "ein Forscher-Trio", "un trio de chercheurs": a group of three
            head, _, last = token.folded.rpartition("-")
            if not head and language == "de":  # "Forschertrio"
                last = next((word for word in ensembles if token.folded.endswith(word)), last)
                head = token.folded[: len(token.folded) - len(last)]
            if last in ensembles and head and _people_noun(head, nouns, language):
                found.append((token.text, ensembles[last], index))
            elif token.folded in ensembles:
                ahead = next((a for a in range(index + 1, min(len(tokens), index + 4))
                              if _people_noun(tokens[a].folded, nouns, language)), None)  # fmt: skip
                if ahead is not None:
                    found.append((sentence[token.start : tokens[ahead].end], ensembles[token.folded], index))
        covered = {i for _text, _value, at in found for i in range(at, at + 5)}
        quantifiers = _folded_set("quantifiers", language)
        for index, token in enumerate(tokens):  # "several other employees", "otros ex empleados": a number unsaid
            if token.folded not in quantifiers or index in covered:
                continue
            # a partitive reaches further, past its owner: "many of its top AI researchers", "several of Quorra's
            # engineers"
            partitive = index + 1 < len(tokens) and tokens[index + 1].folded in _GENITIVES | _PLURAL_GENITIVES
            for ahead in range(index + 1, min(len(tokens), index + (7 if partitive else 4))):
                if ahead in covered:  # "altri due ricercatori": the group of the number after it
                    break
                if _people_noun(tokens[ahead].folded, nouns, language):  # also "weitere Top-KI-Experten"
                    found.append((sentence[token.start : tokens[ahead].end], None, index))
                    covered |= set(range(index, ahead + 1))
                    break
                owner = partitive and ahead + 1 < len(tokens) and tokens[ahead + 1].text == "s"  # "of Quorra's"
                if _capitalised(tokens[ahead].text) and tokens[ahead].folded not in self.org_words and not owner:
                    break
        found += _bare_plurals(sentence, tokens, language, covered, nouns)  # "Globex poached researchers from Quorra"
        found += _one_unnamed(sentence, tokens, language, covered)  # "a former post-training lead at OpenAI"
        for first, last in _portions(tokens, nouns, language):  # "most of the staff", "la metà dei dipendenti"
            found = [group for group in found if not first <= group[2] <= last]
            found.append((sentence[tokens[first].start : tokens[last].end], None, first))
        found.sort(key=lambda group: group[2])
        return found

    def _nearest(self, who, mentions: list[_Mention]) -> _Mention | None:
        """The mention nearest to ``who``, a known organisation before a new name, and a new name the text
        named in a sentence before before one it names first here: a nickname or a description beside the
        name ("entrerà a far parte della Rossa …: «entrare a far parte della Ferrari»" after "la Ferrari
        nomina …") is the organisation the article is about."""
        where = who[2] if isinstance(who, tuple) else who.first

        def key(mention: _Mention) -> tuple:
            elsewhere = mention.bound and not 0 < mention.first - where <= 5  # another name's role
            unseen = mention.record_id is None and fold_word(mention.name) not in self._companies
            return mention.record_id is None, unseen, elsewhere, abs(mention.first - where)

        return min(mentions, key=key, default=None)

    def _date(self, words: list[str], language: str, published: When, earlier: bool, joins: bool = False):
        """(date, precision, date kind) from the sentence's hints and the publication date: a month
        with its year or a year the sentence states ('im Jahr 2024') is the move's, unless only
        an earlier post is named."""
        stated = stated_date(words, language)
        if stated and (joins or not earlier):
            return (*stated, "effective")
        if earlier and not joins:
            return str(published), _precision(published), "before"
        months = [fold_word(name) for name in lexicon.MONTHS[language]]
        markers = set(lexicon.MONTH_MARKERS[language])
        for index, word in enumerate(words):
            if word in months and index and words[index - 1] in markers:
                return _month(months.index(word) + 1, published) + ("effective",)
        return str(published), _precision(published), "reported"

    def _existing(self, candidate: Candidate) -> str | None:
        ends = {candidate.from_id, candidate.to_id} - {None}
        for move_id, person, headcount, origin, destination in self.moves:
            same = (candidate.person_id is not None and person == candidate.person_id) or (
                candidate.headcount is not None and headcount == candidate.headcount
            )
            if same and ({origin, destination} & ends):
                return move_id
        return None


_HIRING_ARTICLES = {"en": ("the",), "de": ("der", "die", "das")}
"""The definite article before an organisation that hires or dismisses ('The Hammers sacked X', 'Der HSV
trennt sich von X')."""


_TIME_UNITS = _in_any_language("time_units")
"""Units of time (list ``time_units``): a number before one is an age or a time, no headcount."""


_SAINTS = frozenset(fold_word(word) for word in lexicon.SAINTS)


_COPULAS = {"fr": ["est", "était", "a été", "fut"], "it": ["è", "era", "è stato", "è stata", "fu"],
            "es": ["es", "era", "fue", "ha sido"]}  # fmt: skip
"""The copula in French, Italian and Spanish: 'Lyon a été la première équipe', 'Sassuolo è la squadra'."""


_TEAM_NOUNS = frozenset(_COMPANY_NOUNS | {"club", "formation", "formazione", "conjunto", "societe"})
"""Nouns of a team, a club or a company: what the subject of a copula before one is ('la première équipe')."""


_PRO_DROP = ("it", "es")
"""Languages whose verb needs no subject pronoun: 'Ahora se une a la empresa' is about someone named before."""


_RIVALS = {"rival", "competitor"}
"""English nouns of a competitor right before its name ("poached X from rival Quorra"): a description, as an
article is, between the marker and the organisation."""


_HEADING_OUT = {"it": ("via", "fuori"), "es": ("fuera",), "fr": ("exit",), "en": ("out",), "de": ("raus",)}
"""Words of going in a heading with no verb: 'Sion deciso: via Tramezzani, arriva Celestini'."""


_HEADING_IN = {"it": ("arriva", "ecco", "dentro"), "es": ("llega", "dentro"), "fr": ("arrive",), "en": ("in",),
               "de": ("kommt", "rein")}  # fmt: skip
"""Words of coming in such a heading: 'arriva Celestini', 'llega Sampaoli'."""


_HEADING_LABELS = frozenset({"ufficiale", "oficial", "officiel", "official", "offiziell", "esclusiva", "exclusiva",
                             "exclusif", "exclusive", "exklusiv"})  # fmt: skip
"""Labels before a heading's colon ('Ufficiale: …', 'Oficial: …'): no organisation."""


_PLURAL_GENITIVES = {"dei", "degli", "delle"}
"""The Italian "of" with a plural article, of a part of a group ("molti dei suoi ricercatori")."""


FALLBACK_CONFIDENCE = 0.3
"""The confidence of a ``fallback`` candidate (:meth:`Reader._fallback`): a name and a word of moving
in one sentence, and no rule that ties them."""


_PERSONAL_OBJECTS = frozenset({"a", "al"})
"""Prepositions before a name that make it a verb's object, not a bystander: "destituyó a X"."""


_PLAIN_PATTERNS = frozenset({"move-verb", "appointed", "stay"})
"""Patterns that only say a sentence holds a word of moving; the others name a shape that ties the
person to the move (hired from, a member of a list, from A to B, a former post ...)."""


_LONG_SENTENCE = 40
"""Words of a sentence past which the reader ties a name to an organisation less surely (see _confidence)."""


def _confidence(candidate: Candidate, *, alone: bool = False) -> float:
    """How likely a candidate is right, from what distinguished right candidates from wrong ones on the
    press corpus's development part (issue 25; ``bench/candidates.py`` prints the share right at each
    value, development and held out): both sides named (97 % right there, against 75 % with one side
    named and neither in the record), an organisation the record knows, a pattern that ties the person
    to the move rather than a word of moving alone; a rumour is less sure. Less sure too (round 15, on
    the ``tune`` subset): a person ``alone``, whom no other candidate of the document names (82 % right,
    against 93 % for a person two sentences tell of), and a sentence of more than 40 words naming no
    organisation of the record (46 % right with one side named: a long sentence has many names for
    the rules to tie wrongly). Not a probability: on text the rules were not written with every value
    is right less often (docs/curating.md)."""
    score = 0.5
    score += 0.15 if candidate.from_ and candidate.to else 0
    score += 0.1 if candidate.from_id or candidate.to_id else 0
    score += 0.1 if candidate.pattern not in _PLAIN_PATTERNS else 0
    score -= 0.15 if candidate.certainty == "rumoured" else 0
    score -= 0.1 if alone else 0
    long = len(WORD.findall(candidate.quote)) > _LONG_SENTENCE
    score -= 0.1 if long and not (candidate.from_id or candidate.to_id) else 0
    return round(max(0.05, min(1.0, score)), 2)
