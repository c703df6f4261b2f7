"""Casualty claims: killed / wounded / captured figures, who claims them, and whose dead they are.

A figure is a casualty word (``data/lexicon/casualties.csv``: مقتل، قُتل، أصيب، استشهد، killed …)
bound to the count next to it ("مقتل 18 عنصراً", "قُتل مدنيان", "five of its soldiers were killed").
Its side (``of``) is the faction named right after the count ("18 عنصراً لـ النظام", "جنود روس"),
or civilians when the noun says so. Its source is the attribution in the same clause ("بحسب
الدفاع المدني", "وقالت وكالة إباء إن", "according to the Syrian Observatory", "…, a monitor said"),
classified by ``data/lexicon/sources.csv``; a figure with no attribution is the outlet's own.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline.cuewords import CueWords, cue_words
from timeline.factions import FactionMention, without_compounds
from timeline.frozen import freeze_fields
from timeline.lexregex import PLAN_MEMO_LIMIT, BlankTokens, planned_tokens, trie_pattern
from timeline.normalize import normalize_term
from timeline.numbers import Count
from timeline.paths import DATA_DIR
from timeline.spans import CoveredPositions
from timeline.triggers import TriggerTables, find_triggers

_FORWARD_GAP = 30
_PASSIVE_REACH = 28  # characters before an English casualty word searched for its passive ("were reportedly ")
_BACKWARD_GAP = 45
_DOERS_GAP = 12  # "مسلحون من ": the words between an active verb and the name of who did it
_SUBJECT_GAP = 90  # an English passive's subject may stand this far before "were killed"
_PEOPLE_NOUN = re.compile(r"[^\W\d]{3,}\s*$")  # a count written with its noun ("23 people"), not a bare number
# Letters of an Arabic word's inflection and attached pronoun ("توفيت", "قتلاهم", "جرحاهما"): a casualty word
# followed by any other letter is another word ("توفير", providing, is not "توفي", died).
_AR_SUFFIX = "[اتنيوهةىمك]"
_SIDE_GAP = 35
_TOLL_GAP = 120
_TOLL_RISE_GAP = 200  # "ارتفع عدد القتلى … إلى 9": the incident told between a risen toll's word and its count
_TOLL_RISE_LEAD = 30  # the verb of rising and the toll noun before the casualty word ("ارتفعت حصيلة ")
_AMONG_GAP = 30  # "eleven people including four soldiers": from the toll's end to the count of fighters in it
_EN_NAME_WORDS = 4  # words of a source's name before its source word ("the Britain-based Syrian Observatory")
_SIDE_SPEAKER_KINDS = frozenset({"military sources", "spokesman", "officials"})  # a side's own voice when it is named
_EN_NAME_TAIL = 24  # characters at the end of a name before "said" that hold its last words ("… the source later")
_EN_BARE_NAME_WORDS = 6  # words of a name before "said" that has no source word ("a senior Jaish al-Izza commander")
_EN_TITLE_WORDS = 9  # words of the title after "said Ali Hamid," ("head of the town's civil defence centre")
# The classes of cue words in data/lexicon/claim_words.csv, each read by the patterns below.
CUE_CLASSES = frozenset(
    {
        "according_to",
        "among",
        "approximation",
        "attacker_noun",
        "auxiliary",
        "both_sides",
        "death_state",
        "figure_lead",
        "apposition_lead",
        "relay_lead",
        "name_break",
        "own_fighter_stem",
        "own_fighters",
        "others_of_named",
        "not_an_object",
        "partitive",
        "passive_auxiliary",
        "part_tail",
        "combined_lead",
        "combined_joiner",
        "no_attack_cause",
        "abduct_verb",
        "adjective_article",
        "capture_object",
        "possessive_suffix",
        "pronoun_source",
        "name_article",
        "relay",
        "reporting_verb",
        "reporting_verb_complement",
        "reporting_verb_suffix",
        "same_source",
        "saying_verb",
        "saying_verb_en",
        "saying_verb_inverted",
        "deed_claimed",
        "teller_before_verb",
        "side_link",
        "side_link_noun",
        "source_end",
        "source_end_reporter",
        "source_end_weekday",
        "source_end_weekday_stem",
        "source_lead",
        "source_tail",
        "toll_reach",
        "toll_rise",
        "toll_rise_noun",
        "toll_to",
    }
)
_AND_JOINED = re.compile(r"(?:\s+[\w-]+){0,3}?\s+and\s+(?:an?\s+)?")
_SENTENCE_STOP = re.compile(r"[.;]\s")
_PUNCT = re.compile(r"[.،,;]")
_PART_AFTER_COMMA = re.compile(r",\s*[a-z]+(?:\s+[a-z]+)?\s+$")  # ", of whom ", ", among them " before a part
_PART_LEAD = 20  # characters before a part's count in which its comma and lead stand
_SPACED_DASH = re.compile(r"\s[-–—]+\s")  # a dash between words: no name runs across it (a hyphen joins one name)
LOSS = "loss"  # the kind of a word telling a side's dead as its loss ("lost 40 fighters"): people counted after it
# "killing 20 of the attackers", "وقتل 12 من المهاجمين": the count is of the incident's own perpetrators.
ATTACKERS = "attackers"
_AND_BEFORE = re.compile(r"(?:\sand(?:\s+an?)?|\sو)\s*$")
_NON_BLANK = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
# The kinds of source that are a party's when they name it ("المكتب الإعلامي لحركة أحرار الشام"), a town's or an
# institution's otherwise ("المكتب الإعلامي لمدينة سراقب", "مدير المشفى").
_OFFICE_KINDS = frozenset({"media office", "official"})
_HEAD_REACH = 48  # characters from a post's or bulletin's start to the colon after its source ("المرصد السوري:")
_HEAD_WORDS = 5
_HEAD_BREAK = re.compile(r"\.\.|[|#]")  # "إدلب .. الدفاع المدني:": a post's runs of dots and hashtags end its tags
_HEAD_NOT_A_NAME = re.compile(r"[\d/\-–]")  # a number, or a dateline's "حماة-سانا:", "إدلب/ الأناضول:"
_ARTICLE_REACH = 12  # characters before an English verb of saying read for its article (longer than any article)
_EN_SAID_NAME_MAX = 80  # characters of the name before an English verb of saying (the group below)


@dataclass(frozen=True, eq=False)
class ClaimGrammar:
    """The patterns compiled from the words of ``claim_words.csv`` (``ClaimGrammar.build``), held by the
    reference's ``ClaimTables``: compiled once per Reference, never per report."""

    auxiliary: re.Pattern
    en_passive: re.Pattern
    capture_object: re.Pattern
    abduct_verbs: frozenset[str]
    adjective_articles: frozenset[str]  # "the reported shelling": an English verb of saying after these is an adjective
    object_after: re.Pattern
    both_sides: re.Pattern
    among_lead: re.Pattern
    aside: re.Pattern
    attackers: re.Pattern
    toll_to: re.Pattern
    toll_rise: re.Pattern
    toll_to_far: re.Pattern
    toll_reach: re.Pattern
    toll_reach_gap: re.Pattern
    part_tail: re.Pattern  # "قضى 20 منهم": after a count, it is part of a larger one told before it
    combined: re.Pattern  # "20 بين قتيل وجريح": before a casualty word, the count is the dead and hurt together
    combined_joiner: re.Pattern  # "40 were killed or wounded": between two casualty words, the count is both together
    no_attack_cause: re.Pattern  # "جوعاً", "of hunger": right after the dead, a cause that is no attack
    en_said_hint: re.Pattern
    approximation_end: re.Pattern  # "at least", "نحو" right before a count
    others_of_named: re.Pattern  # "other", "others" in a count or after it: more of the toll than the one named before
    and_before_count: re.Pattern  # "and", "and at least" right before a count
    side_link: re.Pattern
    marker: re.Pattern
    marker_word: re.Pattern
    stop: re.Pattern
    en_said: re.Pattern
    en_said_after: re.Pattern
    pronoun_source: re.Pattern
    pronoun_at_end: re.Pattern
    name_articles: frozenset[str]
    leading: re.Pattern
    figure_lead: re.Pattern  # "حصيلة لـ", "a toll compiled by": the count's noun before a source's name
    apposition: re.Pattern  # "known as …", "which …", "an independent monitor": words that describe a name
    relay_lead: frozenset[str]  # "citing", "quoting": the source after them was passed on by the one before
    relay_gap: re.Pattern  # "SANA reported, ": between the name that passes a source on and its "citing"
    trailing: re.Pattern
    linking_word: re.Pattern  # "however", "meanwhile": set off by commas after a source's name, no part of it
    relay: frozenset[str]
    relayed: re.Pattern
    same: re.Pattern
    speaker_pronoun: re.Pattern
    own_members: re.Pattern

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, cues: CueWords, outlet_names: frozenset[str] = frozenset()) -> ClaimGrammar:
        """``outlet_names``: the Arabic names of the outlets (``data/outlets.csv``), normalized: "… لعنب بلدي"
        is the outlet the source spoke to, no part of its name."""
        _w = cues.pattern
        spoken_to = rf"|ل\s?(?:{trie_pattern(outlet_names)})(?!\w)" if outlet_names else ""
        auxiliary = re.compile(rf"\b{_w('auxiliary')}\b")  # "3 were killed and 6 wounded": two kinds ("is" may be IS)
        # "six were hurt", "12 were reportedly killed" (an -ly adverb may stand between)
        en_passive = re.compile(rf"(?:\b{_w('passive_auxiliary')}\s+(?:[a-z]+ly\s+)?\w+|\b{_w('death_state')})$")
        # "troops captured the hilltop": an English capture word with its object after it is the side's act, no captives
        capture_object = re.compile(rf"\s+{_w('capture_object')}\b")
        # "members of the group kidnapped a priest": the word after an English abduction verb opens its object (the
        # people taken), unless it is one of ``not_an_object`` ("four men kidnapped on Monday")
        object_after = re.compile(rf"\s+(?!{_w('not_an_object')}\b)[^\W\d]")
        both_sides = re.compile(_w("both_sides"))
        among_lead = re.compile(rf"[,،]\s*(?={_w('among')})")
        # "Seven people, among them three women, were killed", "20 عنصراً من قوات النظام والموالين لها بينهم ستة
        # ضباط لقوا حتفهم": a part named inside the toll, between commas or not, is no distance from its count.
        aside = re.compile(rf"[,،]\s*{_w('among')}[^,،.;]{{0,40}}[,،]|(?<!\w){_w('among')}(?:\s+[^\s,،.;]+){{1,3}}")
        attackers = re.compile(rf"[^.،,;]*?(?<!\w)(?:ال)?{_w('attacker_noun')}(?!\w)")
        # "ارتفع عدد قتلى عناصر الفصائل المقاتلة في الريف الشمالي إلى 30", "the toll rose to 30": the count after "إلى"/"to"
        # is the casualty word's, however long the name of the side counted in between.
        toll_to = re.compile(rf"[^.،,;]{{0,90}}\s{_w('toll_to')}\s*$")
        # "ارتفع عدد القتلى جراء الغارات على X، صباح اليوم، إلى 9": after a verb of rising, the count may follow its
        # "إلى" past the commas of the incident told between (``toll_rise`` before the word, ``toll_to_far`` after)
        toll_rise = re.compile(rf"(?<!\w){_w('toll_rise')}\s+(?:(?:ال)?{_w('toll_rise_noun')}\s+)*(?:ال)?$")
        toll_to_far = re.compile(rf"[^.;]{{0,{_TOLL_RISE_GAP}}}\s{_w('toll_to')}\s*$")
        # "بلغ عدد القتلى جراء القصف على X اليوم عشرة": after a verb of reaching the count follows with no "إلى"
        toll_reach = re.compile(rf"(?<!\w)[وف]?{_w('toll_reach')}\s+(?:(?:ال)?{_w('toll_rise_noun')}\s+)*(?:ال)?$")
        toll_reach_gap = re.compile(rf"[^.;]{{0,{_TOLL_RISE_GAP}}}\s")
        # a verb of saying and the end of its word (the start of the word is tested by ``_en_said``: a pattern
        # opening with its words lets the regex engine skip straight to their first letters)
        en_said_hint = re.compile(rf"{_w('saying_verb_en')}\b")
        # Words allowed between a count and the faction it counts: "18 عنصراً لـ النظام", "9 من مقاتلي الفصائل".
        side_link = re.compile(rf"^(?:\s|{_w('side_link')}|(?:ال)?{_w('side_link_noun')})*$")
        # "بحسب ما أفاد به", "وفق", "نقلاً عن", "according to" … and the verbs of saying: the source's name follows them;
        # after "وفقاً ل" the preposition is written glued to the name ("وفقاً لمصادر محلية", "وفقاً للمرصد")
        according_to = (
            rf"{_w('according_to')}(?:\s+|(?<=\sل)(?=\w))"
            rf"(?:{_w('reporting_verb')}{_w('reporting_verb_suffix')}?\s+{_w('reporting_verb_complement')}?\s*)?"
        )
        ar_verb = rf"(?<!\w)[وف]?{_w('saying_verb')}\s+"
        # "وكان المرصد قد أفاد في حصيلة أولية عن 18 قتيلاً": a name told before its verb of saying after "كان"
        teller_first = (
            rf"(?<!\w)[وف]?{_w('teller_before_verb')}\s+(?=(?:\S+\s+){{1,6}}?(?:قد\s+)?{_w('saying_verb')}(?!\w))"
        )
        marker = re.compile(f"{according_to}|{ar_verb}|{teller_first}")
        # the words a ``marker`` match holds at its start or one character after it (after "و"/"ف"): ``_markers``
        # (one trie of the classes: the regex engine skips straight to its first letters)
        marker_word = re.compile(_w("according_to", "saying_verb", "teller_before_verb"))
        # Where a source's name ends: "إن", a channel ("في بيان", "عبر"), the reporter it spoke to, a time word.
        stop = re.compile(
            rf"(?<!\S)(?:{_w('source_end')}|ل\s?{_w('source_end_reporter')}\S*|"
            rf"ال(?:{_w('source_end_weekday')}|{_w('source_end_weekday_stem')}\S*){spoken_to}|{_w('saying_verb')})"
            rf"(?=[\s،,.:;]|$)|[،,.:;]"
        )
        # "…, a monitor said", "…, he said", and a name in apposition before its comma ("Ali, a spokesman for the
        # council, said": group 2 holds the comma)
        en_said = re.compile(
            rf"(?<![^\s,.;])\s*([^\s,.;][^,.;]{{1,{_EN_SAID_NAME_MAX - 1}}}?)(,?)\s+{_w('saying_verb_en')}\b"
            rf"(?!\s+{_w('deed_claimed')}(?!\w))"
        )
        # "…, said the monitor": the verb after a comma, the source's name after it
        en_said_after = re.compile(rf",\s*{_w('saying_verb_inverted')}\s+")
        # "he", "the source": a whole name that points back to the source named before
        pronoun_source = re.compile(_w("pronoun_source"))
        # "… wounding 6 he said" (no comma): the pronoun right before the verb is the whole name
        pronoun_at_end = re.compile(rf"(?<!\S){_w('pronoun_source')}$")
        leading = re.compile(rf"\s*(?:{_w('source_lead')}\s+)+")
        # "وفق حصيلة للدفاع المدني", "حسب إحصائية لـ X", "according to a toll compiled by X": the source follows
        figure_lead = re.compile(rf"\s*{_w('figure_lead')}\s+(?:ل\s+)?(?=\S)")
        trailing = re.compile(rf"(?:\s+{_w('source_tail')})+\s*$")
        linking_word = re.compile(_w("source_tail"))
        relay = cues.word_set("relay")
        relayed = re.compile(rf"\s+{_w('relay')}\s+")
        same = re.compile(_w("same_source"))
        speaker_pronoun = re.compile(
            rf"{_w('own_fighter_stem')}\w*{_w('possessive_suffix')}(?!\w)|{_w('own_fighters')}"
        )
        # "ثلاثة من جنوده", "خمسة من عناصرها": a count of the members of the side the pronoun points back to
        own_members = re.compile(rf"\s+{_w('partitive')}\s+{_w('own_fighter_stem')}\w*{_w('possessive_suffix')}(?!\w)")
        return cls(
            auxiliary=auxiliary,
            en_passive=en_passive,
            capture_object=capture_object,
            abduct_verbs=cues.word_set("abduct_verb"),
            adjective_articles=cues.word_set("adjective_article"),
            object_after=object_after,
            both_sides=both_sides,
            among_lead=among_lead,
            aside=aside,
            attackers=attackers,
            toll_to=toll_to,
            toll_rise=toll_rise,
            toll_to_far=toll_to_far,
            toll_reach=toll_reach,
            toll_reach_gap=toll_reach_gap,
            part_tail=re.compile(rf"\s+{_w('part_tail')}(?!\w)"),
            combined=re.compile(rf"(?<!\w){_w('combined_lead')}\s+(?:\S+\s+و)?$"),
            combined_joiner=re.compile(rf"\s+{_w('combined_joiner')}\s+"),
            no_attack_cause=re.compile(rf"\s*{_w('no_attack_cause')}(?!\w)"),
            en_said_hint=en_said_hint,
            approximation_end=re.compile(rf"\s(?:{_w('approximation')})\s*$"),
            others_of_named=re.compile(rf"(?:(?<!\w)|\s+){_w('others_of_named')}(?!\w)"),
            and_before_count=re.compile(rf"(?<!\w)and\s+(?:(?:{_w('approximation')})\s+)?$"),
            side_link=side_link,
            marker=marker,
            marker_word=marker_word,
            stop=stop,
            en_said=en_said,
            en_said_after=en_said_after,
            pronoun_source=pronoun_source,
            pronoun_at_end=pronoun_at_end,
            name_articles=cues.word_set("name_article"),
            leading=leading,
            figure_lead=figure_lead,
            apposition=re.compile(rf"\s*{_w('apposition_lead')}\b", re.IGNORECASE),
            relay_lead=cues.word_set("relay_lead"),
            relay_gap=re.compile(rf"(?:\s+{_w('source_tail')})?\s+{_w('saying_verb_en')},\s*"),
            trailing=trailing,
            linking_word=linking_word,
            relay=relay,
            relayed=relayed,
            same=same,
            speaker_pronoun=speaker_pronoun,
            own_members=own_members,
        )


@dataclass(frozen=True)
class Attribution:
    """Who a clause says the figures come from: [start, end) is the source's name."""

    start: int
    end: int
    text: str
    kind: str
    via: tuple[int, int] | None = None  # "نقلت صحيفة الوطن عن مصدر ميداني": who passed the source's words on
    via_text: str | None = None


@dataclass(frozen=True)
class Figure:
    """One casualty figure: kind (killed|wounded|captured), its count, the side it counts."""

    kind: str
    count: Count
    of: str | None
    start: int
    end: int
    side_start: int | None = None  # where the faction counted is named
    both_sides: bool = False  # "20 fighters dead on both sides": no one side is counted
    subset: bool = False  # "54 killed, among them 28 civilians": counted inside the figure before it


@dataclass(frozen=True, eq=False)
class ClaimTables:
    """The casualty, source and link words and their patterns (``ClaimTables.build``), held by the
    ``timeline.reference.Reference``; ``triggers`` tell a name that is an attack word ("غارات روسية")."""

    casualty_pattern: tuple[re.Pattern, dict[str, str]]
    casualty_after_non_letter: re.Pattern
    casualty_gate: re.Pattern  # the first word of every casualty word, alone: a piece without one holds none
    source_kinds: tuple[re.Pattern, dict[str, str]]
    en_name_breaks: frozenset[str]
    toll_link: re.Pattern
    civilian_status_nouns: frozenset[str]
    count_links: dict[str, re.Pattern]
    triggers: TriggerTables
    grammar: ClaimGrammar
    source_kind_memo: dict[str, str | None] = field(default_factory=dict, compare=False)  # name -> its kind
    casualty_piece_memo: dict[str, int] = field(default_factory=dict, compare=False)  # piece -> ``casualty_pieces``'s

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR, triggers: TriggerTables | None = None) -> ClaimTables:
        lexicon_dir = data_dir / "lexicon"
        cues = cue_words("claim_words.csv", CUE_CLASSES, directory=lexicon_dir)
        return cls(
            casualty_pattern=_casualty_pattern(lexicon_dir),
            casualty_after_non_letter=_casualty_after_non_letter(lexicon_dir),
            casualty_gate=_casualty_gate(lexicon_dir),
            source_kinds=_source_kinds(lexicon_dir),
            en_name_breaks=_en_name_breaks(lexicon_dir) | cues.word_set("name_break"),
            toll_link=_toll_link(lexicon_dir, cues),
            civilian_status_nouns=_civilian_status_nouns(lexicon_dir),
            count_links=_count_links(lexicon_dir),
            triggers=triggers or TriggerTables.build(data_dir),
            grammar=ClaimGrammar.build(cues, _outlet_names(data_dir)),
        )

    def __getstate__(self) -> dict:
        """Pickled without the memos (a worker fills its own)."""
        return self.__dict__ | {"source_kind_memo": {}, "casualty_piece_memo": {}}


def _outlet_names(data_dir: Path) -> frozenset[str]:
    """The Arabic names and aliases of the outlets of ``data/outlets.csv``, normalized."""
    with open(data_dir / "outlets.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = {name for r in rows for name in [r["name_ar"], *r["aliases"].split("|")] if name and not name.isascii()}
    return frozenset(normalize_term(name) for name in names)


def _default() -> ClaimTables:
    from timeline.reference import default_reference  # imported here: the reference imports this module

    return default_reference().claims


def _casualty_pattern(lexicon_dir: Path) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern over every casualty word and the kind of each (normalized)."""
    with open(lexicon_dir / "casualties.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    kinds = {normalize_term(r["word"]): r["kind"] for r in rows}
    ar = trie_pattern(w for w in kinds if not w.isascii())
    en = trie_pattern(w for w in kinds if w.isascii())
    pattern = re.compile(
        rf"(?<!\w)(?:[وف]?(?:بال|لل|ال|ب|ل)?)(?P<ar>{ar})(?P<suffix>{_AR_SUFFIX}{{0,3}})(?!\w)|(?<!\w)(?P<en>{en})(?!\w)"
    )
    return pattern, kinds


def _casualty_after_non_letter(lexicon_dir: Path) -> re.Pattern:
    """A casualty word with the character before it, matched first: the regex engine skips to those
    characters instead of trying a look-behind at every position (``has_casualty_word``); its groups are those of
    ``_casualty_pattern`` (``casualty_words`` reads them)."""
    with open(lexicon_dir / "casualties.csv", encoding="utf-8") as fh:
        words = [normalize_term(r["word"]) for r in csv.DictReader(fh)]
    ar = trie_pattern(w for w in words if not w.isascii())
    en = trie_pattern(w for w in words if w.isascii())
    return re.compile(
        rf"\W(?:[وف]?(?:بال|لل|ال|ب|ل)?(?P<ar>{ar})(?P<suffix>{_AR_SUFFIX}{{0,3}})(?!\w)|(?P<en>{en})(?!\w))"
    )


def _casualty_gate(lexicon_dir: Path) -> re.Pattern:
    """The first word (up to a blank) of every casualty word, anywhere: every match of ``_casualty_pattern`` and
    ``_casualty_after_non_letter`` holds one inside a blank-separated piece of the text (``casualty_pieces``)."""
    with open(lexicon_dir / "casualties.csv", encoding="utf-8") as fh:
        return re.compile(trie_pattern(normalize_term(r["word"]).split()[0] for r in csv.DictReader(fh)))


def _source_kinds(lexicon_dir: Path) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern over the source words (longest first) and the kind of each (normalized)."""
    with open(lexicon_dir / "sources.csv", encoding="utf-8") as fh:
        kinds = {normalize_term(r["word"]): r["kind"] for r in csv.DictReader(fh)}
    return re.compile(r"(?<!\w)(?:" + trie_pattern(kinds) + ")"), kinds


def source_kind(name: str, tables: ClaimTables | None = None) -> str | None:
    """The kind of an attributed source from its words ('agency', 'monitor', …), or None."""
    tables = tables or _default()
    memo = tables.source_kind_memo
    if name in memo:
        return memo[name]
    pattern, kinds = tables.source_kinds
    best = None
    for m in pattern.finditer(normalize_term(name)):
        if best is None or len(m.group()) > len(best):
            best = m.group()
    kind = kinds[best] if best else None
    if len(memo) < PLAN_MEMO_LIMIT:  # a long ingest meets new names without end: the memo stops growing
        memo[name] = kind
    return kind


def has_casualty_word(flat: str, start: int, end: int, tables: ClaimTables | None = None) -> bool:
    """True when flat[start:end] names a casualty at all (most clauses do not)."""
    tables = tables or _default()
    if start <= 0:  # no character before the text's first word
        return tables.casualty_pattern[0].search(flat, 0, end) is not None
    return tables.casualty_after_non_letter.search(flat, start - 1, end) is not None


def casualty_pieces(flat: str, tokens: BlankTokens, tables: ClaimTables | None = None) -> CoveredPositions:
    """The spans of the blank-separated pieces of ``flat`` (``tokens``: ``lexregex.blank_tokens(flat)``) holding
    the first word of a casualty word: a stretch that overlaps none names no casualty (``has_casualty_word`` is
    False there), found without a regex scan of it; each piece is looked at once (``planned_tokens``'s memo)."""
    tables = tables or _default()
    gate = tables.casualty_gate.search
    found = planned_tokens(flat, tables.casualty_piece_memo, lambda piece: len(piece) if gate(piece) else 0, tokens)
    return CoveredPositions((start, start + length) for start, length in found)


def casualty_words(flat: str, start: int, end: int, tables: ClaimTables | None = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every casualty word in flat[start:end]."""
    tables = tables or _default()
    pattern, kinds = tables.casualty_pattern
    if start <= 0:
        matches = pattern.finditer(flat, start, end)
    else:  # found with the character before each word (``has_casualty_word``): the same groups as ``pattern``'s
        matches = tables.casualty_after_non_letter.finditer(flat, start - 1, end)
    out = []
    for m in matches:
        word = m.group("ar") or m.group("en")
        if m.group("ar") and kinds[word] == "captured" and m.group("suffix"):
            continue  # "أسرة" (family), not "أسر" (captured)
        if kinds[word] == "not_casualty":
            continue  # "قضية" (an issue) holds "قضى" (died): the longer word is matched first and read as none
        group = "ar" if m.group("ar") else "en"
        out.append((m.start(group), m.end(), kinds[word]))
    return out


def attributions(
    flat: str,
    start: int,
    end: int,
    factions: list[FactionMention],
    stops: tuple[int, ...] = (),
    tables: ClaimTables | None = None,
) -> list[Attribution]:
    """The attributed sources named in flat[start:end] (a name ends before any position in ``stops``); ``factions``:
    the mentions that make a name a party's (those starting in [start, end) suffice: every name lies there)."""
    tables = tables or _default()
    found: list[Attribution] = []
    relayed: list[tuple[int, int]] = []  # (where "citing"/"quoting" stands, its source's index in ``found``)
    for m in _markers(flat, start, end, tables.grammar):
        # "وفق حصيلة لـ X", "according to a tally by X": the count's noun is no part of the name (nor its ل a reporter's)
        counted = tables.grammar.figure_lead.match(flat, m.end(), end)
        # "وفقاً للمرصد": the name keeps the ل glued to its article ("للمرصد", read as "المرصد" by ``_classify``)
        s_start = counted.end() if counted else m.end() - flat.startswith("لل", m.end() - 1)
        stop = tables.grammar.stop.search(flat, s_start, end)
        s_end = stop.start() if stop else end
        s_end = min([s_end] + [p for p in stops if s_start < p < s_end])
        words = flat[s_start:s_end].split()[:11]
        # "أحصى مركز التوثيق 14 قتيلا": the name ends before the count it gives ("شبكة دير الزور 24" keeps its number)
        count_at = next((k for k in range(1, len(words) - 1) if _count_of_dead(words[k], words[k + 1], tables)), None)
        words = words if count_at is None else words[:count_at]
        relay = (
            next(k for k, w in enumerate(words) if w in tables.grammar.relay)
            if tables.grammar.relay.intersection(words[1:8])
            else 0
        )
        words = words[: relay + 7]
        if not words:
            continue
        s_end = flat.find(words[-1], s_start) + len(words[-1])
        named = _classify(flat, *_trim(flat, s_start, s_end, tables), factions, tables)
        if not named.kind and stop is not None and flat[stop.start()] in ",،":
            named = _described_after(flat, named, stop.end(), end, tables)
        if flat[m.start() : m.end()].rstrip() in tables.grammar.relay_lead:
            relayed.append((m.start(), len(found)))
        found.append(named)
    said, after_comma = _en_sources(flat, start, end, factions, stops, tables)
    if after_comma:  # a verb of saying right after a comma: its source may follow it ("…, said the monitor")
        for inverted, comma in _en_said_after(flat, start, end, factions, tables):
            found.append(inverted)
            said.pop(comma, None)  # "…, said a statement from X": the words before the comma are no name
    for at, k in relayed:  # "SANA reported, citing a police source": the police source, passed on by SANA
        teller = next((a for comma, a in said.items() if tables.grammar.relay_gap.fullmatch(flat, a.end, at)), None)
        if teller is not None and found[k].kind:
            found[k] = Attribution(
                found[k].start, found[k].end, found[k].text, found[k].kind, (teller.start, teller.end)
            )
            said = {comma: a for comma, a in said.items() if a is not teller}
    found += said.values()
    head = _head_source(flat, start, end, factions, tables)
    if head is not None and not any(a.start < head.end and head.start < a.end for a in found):
        found.append(head)
    if not found:
        return []  # (most clauses name no source)
    return sorted((a for a in found if a.kind), key=lambda a: a.start)


def _head_source(
    flat: str, start: int, end: int, factions: list[FactionMention], tables: ClaimTables
) -> Attribution | None:
    """ "المرصد السوري: مقتل 4 مدنيين …", "#إدلب .. الخوذ البيضاء: فرقنا انتشلت …": a post or a bulletin opening with
    its source's name and a colon gives what follows as that source's; not a credit line's generic "المصدر:" (local
    sources: the outlet's name follows it) nor a dateline."""
    colon = flat.find(":", start, min(end, start + _HEAD_REACH))
    if colon < 0:
        return None
    head_start = max([start] + [m.end() for m in _HEAD_BREAK.finditer(flat, start, colon)])
    words = flat[head_start:colon].split()
    if not words or len(words) > _HEAD_WORDS or _HEAD_NOT_A_NAME.search(flat, head_start, colon):
        return None
    named = _classify(flat, flat.index(words[0], head_start), colon, None, factions, tables)
    return named if named.kind and named.kind != "local sources" else None


def _described_after(flat: str, named: Attribution, at: int, end: int, tables: ClaimTables) -> Attribution:
    """ "according to Baladi Network, a group of local activists": a name with no source word takes its kind from
    the description after its comma (the name stays as printed)."""
    if not tables.grammar.apposition.match(flat, at, end):
        return named
    stop = tables.grammar.stop.search(flat, at, end)
    kind = source_kind(flat[at : stop.start() if stop else end], tables)
    return Attribution(named.start, named.end, named.text, kind, named.via) if kind else named


def _count_of_dead(word: str, after: str, tables: ClaimTables) -> bool:
    """True for a number before a casualty word or a civilian status noun ("14 قتيلا", "9 مدنيين")."""
    if not word.isdigit():
        return False
    noun = normalize_term(after).removeprefix("ال")
    return tables.casualty_pattern[0].fullmatch(after) is not None or noun in tables.civilian_status_nouns


def _en_sources(
    flat: str, start: int, end: int, factions: list[FactionMention], stops: tuple[int, ...], tables: ClaimTables
) -> tuple[dict[int, Attribution], bool]:
    """The sources named before an English verb of saying ("…, a monitor said", "… medics said"), by where their
    words end (the comma before the verb when there is one), and whether a verb of saying stands right after a comma."""
    out: dict[int, Attribution] = {}
    after_comma = False
    for m in _en_said(flat, start, end, tables.grammar):
        after_comma = after_comma or bool(m.group(2))
        near_end = max(m.start(1), m.end(1) - _EN_NAME_TAIL)  # (the patterns below look at the name's last words)
        if _AND_BEFORE.search(flat, near_end, m.end(1)):
            continue  # "X said jets had flown the raid and put the toll at 19": X's second verb
        pronoun = tables.grammar.pronoun_at_end.search(flat, near_end, m.end(1))
        # "jets struck a hospital … killing two nurses medics said": the name starts after the incident's words
        first = max((p for p in stops if m.start(1) <= p < m.end(1)), default=None)
        first = m.start(1) if first is None else _word_end(flat, first, m.end(1))
        name_start = pronoun.start() if pronoun else _en_name_start(flat, first, m.end(1), factions, tables)
        lead = tables.grammar.leading.match(flat, name_start, m.end(1))  # "…, and state television said"
        if lead is not None:
            name_start = lead.end()
        tail = tables.grammar.trailing.search(flat, max(name_start, near_end), m.end(1))  # "… defence later said"
        said = _classify(flat, name_start, tail.start() if tail else m.end(1), None, factions, tables)
        if m.group(2):
            said = _named_before_apposition(flat, start, m.start(1), said, stops, factions, tables) or said
            if source_kind(said.text, tables) is None:
                continue  # "…, killing five, said": only a source's title stands in apposition before the verb
        out[m.end(1)] = said
    return out, after_comma


def _named_before_apposition(
    flat: str,
    start: int,
    at: int,
    said: Attribution,
    stops: tuple[int, ...],
    factions: list[FactionMention],
    tables: ClaimTables,
) -> Attribution | None:
    """In "X, Y, said" the source named by X when X names one and Y, between commas, only describes it ("the
    civil defence, known as the White Helmets, said", "the rights network, an independent monitor, said": X) or
    is a person's name ("the head of the monitor, Ali Said, told AFP": X and Y); None otherwise."""
    comma = at
    while comma > start and flat[comma - 1].isspace():
        comma -= 1
    if comma <= start or flat[comma - 1] != ",":
        return None
    comma -= 1
    described = (
        tables.grammar.apposition.match(flat, said.start, said.end) is not None
        or tables.grammar.linking_word.fullmatch(flat, said.start, said.end) is not None  # "X, however, said"
    )
    if not described and said.kind:
        return None
    x_start = max(start, flat.rfind(",", start, comma) + 1, flat.rfind(".", start, comma) + 1)
    first = max((p for p in stops if x_start <= p < comma), default=None)
    x_start = x_start if first is None else _word_end(flat, first, comma)
    name_start = _en_name_start(flat, x_start, comma, factions, tables)
    before = _classify(flat, name_start, comma, None, factions, tables)
    if not before.kind or tables.grammar.pronoun_source.fullmatch(before.text):
        return None
    return before if described else _classify(flat, name_start, said.end, None, factions, tables)


def _markers(flat: str, start: int, end: int, grammar: ClaimGrammar) -> Iterator[re.Match]:
    """The matches of ``grammar.marker.finditer(flat, start, end)``, tried only where one of its words starts (or
    one character before, for "و"/"ف"): the look-behind opening the pattern would otherwise be tried at every
    position, while its words let the regex engine skip straight to their first letters."""
    pos = start
    while (word := grammar.marker_word.search(flat, pos, end)) is not None:
        at = word.start()
        for first in range(max(pos, at - 1), at + 1):
            m = grammar.marker.match(flat, first, end)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = at + 1


def _en_said(flat: str, start: int, end: int, grammar: ClaimGrammar) -> Iterator[re.Match]:
    """The matches of ``grammar.en_said.finditer(flat, start, end)``, each searched for from the first place its name
    can start: a match ends at a verb of saying, with a name of at most ``_EN_SAID_NAME_MAX`` characters and blanks
    before it, so the search starts that far before the next such verb, not at every word of the clause."""
    pos = look = start
    while (verb := grammar.en_said_hint.search(flat, look, end)) is not None:
        first = look = verb.start()
        if first and (flat[first - 1].isalnum() or flat[first - 1] == "_"):  # inside a word ("unsaid"): go on
            look += 1
            continue
        if _after_article(flat, first, grammar.adjective_articles):  # "the reported shelling": an adjective
            look += 1
            continue
        while first > pos and flat[first - 1].isspace():  # the blanks between the name and the verb
            first -= 1
        first = max(pos, first - _EN_SAID_NAME_MAX)
        while first > pos and flat[first - 1].isspace():  # the blanks before the name
            first -= 1
        m = grammar.en_said.search(flat, first, end)
        if m is None:
            return
        yield m
        pos = look = m.end()


def _after_article(flat: str, at: int, articles: frozenset[str]) -> bool:
    """True when the word right before ``at``, one space away, is one of ``articles`` ("a reported attack")."""
    if not at or flat[at - 1] != " ":
        return False
    words = flat[max(0, at - _ARTICLE_REACH) : at - 1].split()
    return bool(words) and words[-1] in articles


def _word_end(flat: str, start: int, end: int) -> int:
    """The end of the word at ``start`` (at most ``end``)."""
    blank = flat.find(" ", start, end)
    return end if blank == -1 else blank + 1


def _en_said_after(
    flat: str, start: int, end: int, factions: list[FactionMention], tables: ClaimTables
) -> Iterator[tuple[Attribution, int]]:
    """The sources named after an English verb of saying that follows a comma, each with where that comma stands:
    "…, said the monitor"; a person's name takes its kind from the title in apposition after it ("…, said Ali
    Hamid, a doctor in the town")."""
    grammar = tables.grammar
    for m in grammar.en_said_after.finditer(flat, start, end):
        stop = grammar.stop.search(flat, m.end(), end)
        s_end = stop.start() if stop else end
        words = flat[m.end() : s_end].split()
        if not words or len(words) > _EN_BARE_NAME_WORDS:
            continue
        said = _classify(flat, m.end(), s_end, None, factions, tables)
        if not said.kind and stop is not None and flat[stop.start()] in ",،":
            title = grammar.stop.search(flat, stop.end(), end)
            t_end = title.start() if title else end
            if len(flat[stop.end() : t_end].split()) <= _EN_TITLE_WORDS:
                said = _classify(flat, m.end(), t_end, None, factions, tables)
        if said.kind:
            yield said, m.start()


def _en_name_start(flat: str, start: int, end: int, factions: list[FactionMention], tables: ClaimTables) -> int:
    """Where the name before an English "said" starts: a few words before its source word ("… died after
    government strikes hit a bakery in Atareb local medics said" -> "bakery in Atareb local medics"), so a text
    without commas does not lend the source the incident's own words."""
    pattern, _kinds = tables.source_kinds
    # "BEIRUT (Reuters) - Rebels in the south said": a wire's dateline ends before the name, at a dash set off by blanks
    if flat.find(" -", start, end) >= 0 or flat.find(" —", start, end) >= 0 or flat.find(" –", start, end) >= 0:
        start = max((d.end() for d in _SPACED_DASH.finditer(flat, start, end)), default=start)
    # the source word after the last count or day word, if one follows it ("… a hospital … killing two nurses
    # medics said": "medics", not "hospital")
    words = list(_NON_BLANK.finditer(flat, start, end))
    last_break = next((w.end() for w in reversed(words) if _name_break(w.group(), tables)), None)
    since = last_break if last_break is not None and pattern.search(flat, last_break, end) else start
    anchor = next((m.start() for m in pattern.finditer(flat, since, end)), None)
    if anchor is None:  # no source word: a party or a person right before "said" ("the Russian military said")
        return words[-_EN_BARE_NAME_WORDS].start() if len(words) > _EN_BARE_NAME_WORDS else start
    words = list(_NON_BLANK.finditer(flat, start, anchor))[-_EN_NAME_WORDS:]
    numbers = [w for w in words if _name_break(w.group(), tables)]
    if numbers:  # "… stood at 37 the observatory said", "… on Wednesday morning the observatory said": not the name
        # "… killing 9 people a local council official said": after a count its noun may come, then the name's article
        after = [w for w in words if w.start() >= numbers[-1].end()]
        article = next((w for w in after if w.group() in tables.grammar.name_articles), None)
        return article.start() if article is not None else numbers[-1].end()
    return words[0].start() if words else start


def _name_break(word: str, tables: ClaimTables) -> bool:
    """True for a number or a day word: a source's name before "said" starts after it."""
    return word in tables.en_name_breaks or _DIGIT.search(word) is not None


def _en_name_breaks(lexicon_dir: Path) -> frozenset[str]:
    """English weekday, day-part and number words (``weekdays.csv``, ``day_parts.csv``, ``cardinals.csv``): a
    source's name starts after them ("… killing three pupils a police source said")."""
    with open(lexicon_dir / "weekdays.csv", encoding="utf-8") as fh:
        words = {r["name"].lower() for r in csv.DictReader(fh) if r["language"] == "en"}
    with open(lexicon_dir / "day_parts.csv", encoding="utf-8") as fh:
        words |= {r["term"].lower() for r in csv.DictReader(fh) if r["language"] == "en"}
    with open(lexicon_dir / "cardinals.csv", encoding="utf-8") as fh:
        words |= {r["word"].lower() for r in csv.DictReader(fh) if r["language"] == "en" and " " not in r["word"]}
    return frozenset(words)


def _trim(flat: str, start: int, end: int, tables: ClaimTables) -> tuple[int, int, tuple[int, int] | None]:
    """A source's name without the words around it: "أفاد به مراسل X" -> "مراسل X", "… عن مصدر ميداني قوله"
    -> "مصدر ميداني" passed on by the name before "عن"."""
    lead = tables.grammar.leading.match(flat, start, end)
    if lead:
        start = lead.end()
    tail = tables.grammar.trailing.search(flat, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    via = None
    relay = tables.grammar.relayed.search(flat, start, end)
    if relay and relay.start() > start:
        if source_kind(flat[relay.end() : end], tables):
            via, start = (start, relay.start()), relay.end()
        else:  # "أعلنت الهيئة عن مقتل …": what follows "عن" is the news, not a source
            end = relay.start()
    return start, end, via


def _classify(
    flat: str, start: int, end: int, via: tuple[int, int] | None, factions: list[FactionMention], tables: ClaimTables
) -> Attribution:
    text = flat[start:end].strip()
    if tables.grammar.pronoun_source.fullmatch(text):
        return Attribution(start, end, text, "same", via)  # "…, he said": the source named before
    if text.startswith("لل") and source_kind("ال" + text[2:], tables) is not None:
        text = "ال" + text[2:]  # "حصيلة للدفاع المدني", "وفقاً للمرصد": the name without the ل glued to its article
    kind = source_kind(text, tables)
    if kind in _SIDE_SPEAKER_KINDS and text.isascii() and any(start <= f.start < end for f in factions):
        kind = "party"  # "a YPG field source said its fighters held the line": the side tells of its own fight
    if kind is None and via is not None:
        kind = source_kind(flat[via[0] : via[1]], tables)
    if (kind is None or kind in _OFFICE_KINDS) and any(start <= f.start < end for f in factions):
        kind = "party"
    if kind is None and tables.grammar.same.search(text):
        kind = "same"
    return Attribution(start, end, text, kind or "", via)


def tells_of_own_fighters(flat: str, start: int, end: int, tables: ClaimTables | None = None) -> bool:
    """True when flat[start:end] names the speaker's own fighters ("مقاتليه", "عناصرنا", "its fighters")."""
    return (tables or _default()).grammar.speaker_pronoun.search(flat, start, end) is not None


def speaker_is_subject(flat: str, attribution: Attribution, end: int, tables: ClaimTables | None = None) -> bool:
    """True when a party speaks of its own fighters: "أعلن جيش العزة أن مقاتليه ..."."""
    if attribution.kind not in ("party", "military sources", "spokesman"):
        return False
    return bool((tables or _default()).grammar.speaker_pronoun.search(flat, attribution.end, end))


def figures(
    flat: str,
    start: int,
    end: int,
    counts: list[Count],
    factions: list[FactionMention],
    tables: ClaimTables | None = None,
) -> list[Figure]:
    """The casualty figures of flat[start:end]: each casualty word bound to its count."""
    tables = tables or _default()
    usable = [c for c in counts if start <= c.start < end and not c.breakdown]
    # "treated 3,600 patients, of whom 355 died": an English part of a count set off by a comma, told right before its
    # own casualty word (not "four people including a child killed", a part inside the toll's subject)
    parts = [
        c
        for c in counts
        if c.breakdown
        and start <= c.start < end
        and c.value is not None
        and _PART_AFTER_COMMA.search(flat, max(start, c.start - _PART_LEAD), c.start)
    ]
    if not usable:
        return []  # every figure binds a casualty word to a count: no count, no figure (and no words to read)
    words = casualty_words(flat, start, end, tables)
    used: set[int] = set()
    out: list[Figure] = []
    shared: Count | None = None
    either = -1  # the index of a word joined by "or" to the word before it ("killed or wounded")
    for k, (w_start, w_end, kind) in enumerate(words):
        if out and out[-1].count.start <= w_start <= out[-1].count.end + 1 and out[-1].start != w_start:
            continue  # "ارتقى 3 شهداء": the noun of the figure just read
        nxt_word = words[k + 1] if k + 1 < len(words) else None
        if tables.grammar.combined.search(flat, max(start, w_start - 20), w_start):
            continue  # "سقط 20 مدنياً بين قتيل وجريح": neither the dead nor the hurt alone
        if nxt_word and nxt_word[2] != kind and tables.grammar.combined_joiner.fullmatch(flat, w_end, nxt_word[0]):
            either = k + 1
        if either in (k, k + 1):
            continue  # "40 people were killed or wounded": the dead and the hurt together, neither alone
        if kind == "toll":  # "the death toll from the strikes rose to 61", "an earlier toll of 112"
            kind, count = "killed", _bind_toll(flat, usable, used, w_end, end, tables)
        else:
            part = next((c for c in parts if c.start not in used and 0 <= w_start - c.end <= 2), None)
            count = (
                part
                if part is not None and flat[w_start:w_end].isascii()
                else _bind(flat, usable, used, w_start, w_end, nxt_word, tables)
            )
            if kind == "captured" and count is not None and count.end <= w_start:
                count = None if _captures_a_place(flat, w_start, w_end, tables) else count
                count = None if _abducts_someone(flat, w_start, w_end, tables) else count
            if kind == LOSS:  # "the terrorists lost up to 40 fighters": a side's dead told as its loss
                if count is None or count.group is None or count.start < w_end:
                    continue  # "lost control of two hills", "lost three tanks": no people counted after the word
                kind = "killed"
        if count is None and shared is not None:
            count, shared = shared, None
        elif count is None and nxt_word and flat[w_end : nxt_word[0]].strip() == "و":
            # "قتل وجرح عشرات": both words share the count after the second one
            count = shared = _bind(flat, usable, set(used), nxt_word[0], nxt_word[1], None, tables)
        if count is None or (count.vague and count.start >= w_end):
            # "أعدم عناصر التنظيم سبعة مدنيين", "أعدم مسلحون من الفصائل رجلين": the doers named, then their victims
            count = _victims_after_doers(flat, _doers(flat, count, w_end, factions, end, tables), usable, used) or count
        if count is None:
            continue
        used.add(count.start)
        if kind == "killed" and tables.grammar.no_attack_cause.match(flat, max(count.end, w_end)):
            continue  # "قضى ستة مدنيين جوعاً", "died of hunger": deaths of a siege's want, no attack's toll
        side, side_start = _side(flat, count, factions, end, tables)
        both = bool(tables.grammar.both_sides.search(flat, count.end, min(end, max(count.end, w_end) + 30)))
        if count.end <= w_start:
            before = _coordinated_before(flat, count, kind, w_start, w_end, usable, used, factions, end, tables)
            if before and _one_group(before[0], Figure(kind, count, side, w_start, w_end), flat, tables):
                first = before[0].count  # "five women and a child were killed": one toll of six
                count = Count(first.start, count.end, first.value + count.value, count.group, False)
            else:
                out.extend(before)
            if not before:
                count = _with_the_named(flat, count, usable, start, w_start, w_end, tables)
        else:
            count = _with_the_named(flat, count, usable, start, w_start, w_end, tables)
        part = _part_of_figure_before(flat, count, kind, out, tables)
        if count.parts and not part:  # "killed 15 children and two women": 17, and each number told, inside it
            parts = (Count(count.start, count.end, v, count.group, False) for v in count.parts)
            out.extend(Figure(kind, c, side, w_start, w_end, side_start, both, subset=True) for c in parts)
        out.append(Figure(kind, count, side, w_start, w_end, side_start, both, subset=part))
        out.extend(_fighters_among(flat, count, kind, w_start, w_end, counts, used, factions, end, tables))
        joined = _joined_by_and(flat, out[-1], usable, used, factions, end, tables)
        if joined is not None and _one_group(out[-1], joined, flat, tables):
            # "five women and a child": one toll of six
            total = Count(count.start, joined.count.end, count.value + joined.count.value, count.group, False)
            out[-1] = Figure(kind, total, side, w_start, w_end, side_start, both)
        elif joined is not None:
            out.append(joined)  # "30 gunmen and four civilians": a figure for each side
        else:
            after = _coordinated(flat, out[-1], usable, used, factions, end, [w[0] for w in words], tables)
            if after and _one_group(out[-1], after[0], flat, tables):
                out[-1:] = _toll_of_parts(out[-1], after[0])
            else:
                out.extend(after)
        out.extend(_total_of(flat, out[-1], usable, used, factions, end, tables))
    return out


_NAMED_REACH = 80  # characters before "and N others" in which the one named before it stands


def _counts_others(flat: str, count: Count, tables: ClaimTables) -> bool:
    """True for a count of others: "41 other people", "five others", "five other commanders" (the word may follow
    the count's span)."""
    others = tables.grammar.others_of_named
    return bool(others.search(flat, count.start, count.end) or others.match(flat, count.end))


def _with_the_named(
    flat: str, count: Count, counts: list[Count], start: int, w_start: int, w_end: int, tables: ClaimTables
) -> Count:
    """ "killing a senior cleric and 41 other people", "X and at least five other commanders were killed": the others
    counted after "and" with no count before it are one fewer than the toll, which counts the one named too."""
    grammar = tables.grammar
    if count.value is None or not _counts_others(flat, count, tables):
        return count
    linked = grammar.and_before_count.search(flat, max(start, count.start - 20), count.start)
    if linked is None:
        return count
    # the named: the words since the casualty word told before, or those before "and" in the clause
    named_from = w_end if w_end <= linked.start() else max(start, linked.start() - _NAMED_REACH)
    named = flat[named_from : linked.start()]
    if not named.strip() or _PUNCT.search(named) or any(named_from <= c.start < linked.start() for c in counts):
        return count
    if w_end > linked.start() and casualty_words(flat, named_from, linked.start(), tables):
        return count
    return Count(count.start, count.end, count.value + 1, count.group, False)


def _part_of_figure_before(flat: str, count: Count, kind: str, before: list[Figure], tables: ClaimTables) -> bool:
    """True for "N منهم" after a larger figure of the same kind ("مقتل 45 مدنياً، قضى 20 منهم في X"): a part of
    that toll; of another kind it is a figure of its own ("أصيب خمسة، توفي اثنان منهم": two dead)."""
    if count.value is None or not tables.grammar.part_tail.match(flat, count.end):
        return False
    return any(f.kind == kind and f.count.value is not None and f.count.value > count.value for f in before)


def _toll_link(lexicon_dir: Path, cues: CueWords) -> re.Pattern:
    with open(lexicon_dir / "toll_links.csv", encoding="utf-8") as fh:
        links = {normalize_term(r["word"]) for r in csv.DictReader(fh)}
    return re.compile(rf"(?<!\w)(?:{trie_pattern(links)})\s+(?:{cues.pattern('approximation')}\s+)?(?=\w)")


def _bind_toll(
    flat: str, counts: list[Count], used: set[int], w_end: int, end: int, tables: ClaimTables
) -> Count | None:
    """The count a toll noun gives: the first one right after a link word ("rose to", "of") in the same
    sentence, within ``_TOLL_GAP`` characters of the noun."""
    stop = _SENTENCE_STOP.search(flat, w_end, min(end, w_end + _TOLL_GAP))
    limit = stop.start() if stop else min(end, w_end + _TOLL_GAP)
    for link in tables.toll_link.finditer(flat, w_end, limit):
        count = next((c for c in counts if c.start == link.end() and c.start not in used and not c.vague), None)
        if count is not None:
            return count
    return None


def _civilian_status_nouns(lexicon_dir: Path) -> frozenset[str]:
    with open(lexicon_dir / "civilian_status_nouns.csv", encoding="utf-8") as fh:
        return frozenset(normalize_term(r["word"]) for r in csv.DictReader(fh))


def _counts_civilians(flat: str, count: Count, tables: ClaimTables) -> bool:
    """True when a count's noun is a civilian status ("28 civilians"), not an age or sex ("four children")."""
    words = flat[count.start : count.end].split()
    return bool(words) and normalize_term(words[-1]).removeprefix("ال") in tables.civilian_status_nouns


def _fighters_among(flat, count: Count, kind, w_start, w_end, counts, used, factions, end, tables) -> list[Figure]:
    """ "eleven people including four soldiers were killed": fighters or civilians counted inside a toll are a
    figure of their side too, marked as a subset of the toll (children or women inside it are not figures)."""
    if count.group == "combatants":
        return []  # "9 soldiers, among them two officers": a rank inside the fighters' toll
    out = []
    for c in counts:
        if not c.breakdown or c.value is None or c.start in used:
            continue
        if c.group == "combatants" or (c.group == "civilians" and _counts_civilians(flat, c, tables)):
            gap = tables.grammar.among_lead.sub(" ", flat[count.end : c.start])  # "54 people, among them 28 civilians"
            if 0 < c.start - count.end <= _AMONG_GAP and not _PUNCT.search(gap):
                used.add(c.start)
                side, side_start = _side(flat, c, factions, end, tables)
                out.append(Figure(kind, c, side, w_start, w_end, side_start, subset=True))
    return out


def _joined_by_and(flat, fig: Figure, counts, used, factions, end, tables) -> Figure | None:
    """ "killed 30 gunmen and four civilians": the English count joined by "and" to the count of ``fig``
    (after at most three words of its noun) takes the same casualty word."""
    if fig.count.value is None:
        return None
    for c in counts:
        if c.start < fig.count.end or c.start in used:
            continue
        if c.vague and not _PUNCT.search(flat, fig.count.end, c.end) and c.start - fig.count.end <= 25:
            continue  # the plural noun of the first count ("30 gunmen")
        joined = c.value is not None and _AND_JOINED.fullmatch(flat, fig.count.end, c.start)
        if (
            joined
            and not tables.grammar.auxiliary.search(flat, fig.count.end, c.start)
            and not has_casualty_word(flat, fig.count.end, c.start, tables)
        ):
            used.add(c.start)
            side, side_start = _side(flat, c, factions, end, tables)
            return Figure(fig.kind, c, side, fig.start, fig.end, side_start)
        return None
    return None


def _toll_of_parts(fig: Figure, joined: Figure) -> list[Figure]:
    """ "قتل 15 طفلاً وامرأتان", "خمس نساء وطفل": civilians counted in two parts joined by و are one toll (17, 6); each
    part is kept too, as a subset of it (a source's figures as told)."""
    total = Count(fig.count.start, joined.count.end, fig.count.value + joined.count.value, fig.count.group, False)
    parts = [replace(fig, subset=True), replace(joined, subset=True)]
    return [*parts, Figure(fig.kind, total, fig.of, fig.start, fig.end, fig.side_start, fig.both_sides)]


def _one_group(fig: Figure, joined: Figure, flat: str, tables: ClaimTables) -> bool:
    """Two counts of civilians joined by "and" ("five women and a child") add up to one toll, and so does any count
    with the others counted after it ("the commander and five other fighters")."""
    if fig.count.value is None or joined.count.value is None:
        return False
    if _counts_others(flat, joined.count, tables):
        return True
    groups = {fig.count.group, joined.count.group}
    return groups == {"civilians"} and fig.of in (None, "civilians") and joined.of in (None, "civilians")


def _count_links(lexicon_dir: Path) -> dict[str, re.Pattern]:
    """By role (``count_links.csv``), the words after a count and at most three more words of its side's name
    that lead to another count: "… وحلفائها، مقابل 6 من الفصائل" (contrast), "سبعة جنود من بين 14" (total)."""
    words: dict[str, set[str]] = {"contrast": set(), "total": set()}
    with open(lexicon_dir / "count_links.csv", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            if row["role"] not in words:
                raise ValueError(f"{lexicon_dir / 'count_links.csv'}:{line}: unknown role {row['role']!r}")
            words[row["role"]].add(normalize_term(row["word"]))
    return {
        role: re.compile(rf"\s*(?:[^\s.;،,]+\s*){{0,3}}[،,]?\s*(?:{trie_pattern(ws)})\s+") for role, ws in words.items()
    }


def _total_of(flat, fig: Figure, counts, used, factions, end, tables) -> list[Figure]:
    """ "قتل سبعة جنود من بين 14 شخصاً", "seven out of 14 killed": the whole toll the count is part of."""
    tail = fig.count.end
    if fig.side_start is not None:
        tail = next((f.end for f in factions if f.start == fig.side_start), tail)
    for c in counts:
        if c.start in used or c.start < tail or c.value is None:
            continue
        if tables.count_links["total"].fullmatch(flat, tail, c.start):
            used.add(c.start)
            side, side_start = _side(flat, c, factions, end, tables)
            return [Figure(fig.kind, c, side, fig.start, fig.end, side_start)]
        break
    return []


def _coordinated(flat, fig: Figure, counts, used, factions, end, word_starts: list[int], tables) -> list[Figure]:
    """ "مقتل 7 عناصر من قوات النظام و4 من الفصائل": a count joined by و (or set against it: "مقابل 4") takes the
    same casualty word, unless its own casualty word follows it ("26 قتيلاً و40 جريحاً")."""
    tail = fig.count.end
    if fig.side_start is not None:
        tail = next((f.end for f in factions if f.start == fig.side_start), tail)
    for c in counts:
        if c.start in used or c.start < tail:
            continue
        joined = c.start - tail <= 3 and flat[tail : c.start].strip() in ("", "و") and flat[c.start] in "و0123456789"
        if joined or (c.value is not None and tables.count_links["contrast"].fullmatch(flat, tail, c.start)):
            if any(0 <= w - c.end <= 2 for w in word_starts):
                break
            used.add(c.start)
            side, side_start = _side(flat, c, factions, end, tables)
            return [Figure(fig.kind, c, side, fig.start, fig.end, side_start)]
        break
    return []


def _coordinated_before(flat, count: Count, kind, w_start, w_end, counts, used, factions, end, tables) -> list[Figure]:
    """ "12 pro-government fighters and 9 jihadists were killed", "13 عنصراً من قوات النظام و8 من الفصائل قتلوا": the
    count joined by "and" (or the و glued to the count bound to the word) before that count takes the word too."""
    glued = flat.startswith("و", count.start) and w_start - count.end > 2  # (not "و34 جريحاً": the count's own noun)
    for c in reversed(counts):
        if c.start >= count.start or c.start in used or c.vague:
            continue
        gap = flat[c.end : count.start]
        hedge = tables.grammar.approximation_end.search(gap)  # "13 rebels and at least six soldiers"
        if hedge is not None:
            gap = gap[: hedge.start()]
        if len(gap) <= 45 and (glued or _AND_BEFORE.search(gap)) and not _PUNCT.search(gap):
            used.add(c.start)
            side, side_start = _side(flat, c, factions, end, tables)
            return [Figure(kind, c, side, w_start, w_end, side_start)]
        break
    return []


def _captures_a_place(flat: str, w_start: int, w_end: int, tables: ClaimTables) -> bool:
    """True for an English capture word in the active voice with its object after it ("troops captured the
    hilltop", "rebels captured a village"): the side before it took something, it was not taken captive."""
    grammar = tables.grammar
    return bool(
        flat[w_start:w_end].isascii()
        and grammar.capture_object.match(flat, w_end)
        and not grammar.en_passive.search(flat, max(0, w_start - _PASSIVE_REACH), w_end)
    )


def _abducts_someone(flat: str, w_start: int, w_end: int, tables: ClaimTables) -> bool:
    """True for an English abduction verb in the active voice with its object after it ("gunmen kidnapped a
    priest"): the count before it is of the kidnappers, not of the people taken."""
    grammar = tables.grammar
    return bool(
        flat[w_start:w_end] in grammar.abduct_verbs
        and grammar.object_after.match(flat, w_end)
        and not grammar.en_passive.search(flat, max(0, w_start - _PASSIVE_REACH), w_end)
    )


def _bind(flat, counts, used, w_start, w_end, nxt_word, tables) -> Count | None:
    for c in counts:  # "أربعة شهداء", "10 قتلى": the number right before the casualty noun
        if c.start not in used and c.value is not None and 0 <= w_start - c.end <= 2:
            return c
    passive = tables.grammar.en_passive.search(flat, max(0, w_start - _PASSIVE_REACH), w_end)
    # "two civilians died", "six were hurt"; not the end of an active verb ("militiamen shot dead 30 men")
    if passive is not None and passive.start() <= w_start:
        before = _bind_backward(flat, counts, used, w_start, tables) or _passive_subject(
            flat, counts, used, w_start, tables
        )
        if before is not None:
            return before
    limit = nxt_word[0] if nxt_word else w_end + _FORWARD_GAP
    grammar = tables.grammar
    lead = flat[max(0, w_start - _TOLL_RISE_LEAD) : w_start]  # "ارتفع عدد ", "بلغ عدد ": read once per word
    rising = grammar.toll_rise.search(lead) is not None
    reaching = not rising and grammar.toll_reach.search(lead) is not None
    for c in counts:
        if c.start in used:
            continue
        if c.start <= w_start < c.end:  # "قتيلين", "شهيدان": the word is its own count
            return c
        if w_end <= c.start <= min(limit, w_end + _FORWARD_GAP):
            return c
        if (
            w_end <= c.start
            and (not nxt_word or c.start < nxt_word[0])
            and (
                grammar.toll_to.fullmatch(flat, w_end, c.start)
                or (rising and grammar.toll_to_far.fullmatch(flat, w_end, c.start))
                or (reaching and c.value is not None and grammar.toll_reach_gap.fullmatch(flat, w_end, c.start))
            )
        ):
            return c
    later = _others_after_named(flat, counts, used, w_end, nxt_word, tables)  # "a cleric and 41 other people"
    return later or _bind_backward(flat, counts, used, w_start, tables)


def _doers(flat, count: Count | None, w_end: int, factions, end, tables) -> FactionMention | None:
    """The side named as the subject of an active casualty verb: the side of the vague plural after it ("عناصر
    التنظيم"), or a name standing a few words after it ("مسلحون من الفصائل")."""
    if count is not None:
        side, side_start = _side(flat, count, factions, end, tables)
        return next((f for f in factions if f.start == side_start), None) if side else None
    named = next((f for f in factions if f.start >= w_end), None)
    if named is None or named.start - w_end > _DOERS_GAP or _PUNCT.search(flat, w_end, named.start):
        return None
    return named


def _victims_after_doers(flat, doers: FactionMention | None, counts, used) -> Count | None:
    """The number counted right after the doers' name: their victims (not after "و", another toll)."""
    if doers is None:
        return None
    victims = next((c for c in counts if c.start >= doers.end and c.start not in used), None)
    if (
        victims is None
        or victims.vague
        or victims.start - doers.end > _FORWARD_GAP
        or _PUNCT.search(flat, doers.end, victims.start)
        or flat[doers.end : victims.start].strip().startswith("و")
    ):
        return None
    return victims


def _others_after_named(flat, counts, used, w_end, nxt_word, tables) -> Count | None:
    """ "killing a prominent cleric and at least 41 other people": the others counted after the one named, farther
    from the casualty word than a count it binds."""
    later = next((c for c in counts if c.start >= w_end and c.start not in used), None)
    if (
        later is not None
        and later.start - w_end <= _NAMED_REACH
        and (not nxt_word or later.start < nxt_word[0])
        and _counts_others(flat, later, tables)
        and tables.grammar.and_before_count.search(flat, max(w_end, later.start - 20), later.start)
        and not _PUNCT.search(flat, w_end, later.start)
    ):
        return later
    return None


def _passive_subject(flat, counts, used, w_start, tables) -> Count | None:
    """The subject of an English passive told with words between ("30 evacuees from two encircled villages
    were killed", "eleven people, most of them soldiers, were killed"): the nearest count of people
    with its noun within ``_SUBJECT_GAP`` characters, no sentence stop and no other casualty word between."""
    for c in reversed(counts):
        if c.start in used or c.end > w_start or c.vague:
            continue
        gap = flat[c.end : w_start]
        if len(gap) > _SUBJECT_GAP or _SENTENCE_STOP.search(gap) or has_casualty_word(flat, c.end, w_start, tables):
            return None
        if _PEOPLE_NOUN.search(flat, c.start, c.end):
            return c
    return None


def _bind_backward(flat, counts, used, w_start, tables) -> Count | None:
    """The count before a casualty word; a number wins over a plural noun nearer to the word
    ("five more Turkish soldiers were wounded")."""
    found: Count | None = None
    for c in reversed(counts):
        if c.start in used or c.end > w_start:
            continue
        # "Seven people, among them three women, were killed"
        gap = tables.grammar.aside.sub(" ", flat[c.end : w_start])
        if len(gap) > _BACKWARD_GAP or _PUNCT.search(gap):
            break
        if not c.vague:
            return c
        found = found or c
    return found


def _side(
    flat: str, count: Count, factions: list[FactionMention], end: int, tables: ClaimTables
) -> tuple[str | None, int | None]:
    for f in factions:  # "an HTS commander", "two Turkish soldiers": an English name before the noun
        if (
            f.alias.isascii()
            and f.faction != "unknown"
            and (0 <= count.start - f.end <= 1 or f.start < count.start < f.end)
        ):
            return f.faction, f.start  # "two Turkish soldiers": the name before the noun, or holding it
    for f in factions:
        if count.start <= f.start < count.end:  # "سبعة جنود روس": the count's noun starts the name
            return f.faction, f.start
        if count.end <= f.start <= count.end + _SIDE_GAP and f.start < end:
            gap = without_compounds(flat[count.end : f.start]) + " " + f.clitic  # "47 members of the US-backed X"
            if tables.grammar.side_link.match(gap) and f.faction != "unknown" and not _names_the_fire(f, tables):
                return f.faction, f.start
            break
    if tables.grammar.own_members.search(flat, count.start, min(len(flat), count.end + 20)):
        # "أعلن الجيش التركي مقتل ثلاثة من جنوده": the side the pronoun points back to, named before the count
        owner = next(
            (
                f
                for f in reversed(factions)
                if f.end <= count.start
                and f.faction not in ("unknown", "civilians")
                and not _SENTENCE_STOP.search(flat, f.end, count.start)
            ),
            None,
        )
        if owner is not None:
            return owner.faction, owner.start
    if tables.grammar.attackers.match(flat, count.start, min(end, count.end + 25)):
        return ATTACKERS, None
    if count.group == "civilians":
        return "civilians", None
    return None, None


def _names_the_fire(f: FactionMention, tables: ClaimTables) -> bool:
    """ "12 مدنياً في غارات روسية", "في الغارات الروسية": a name made of an attack word (with its article or not) and a
    nationality names who fired, not the dead."""
    return any(
        f.alias[: t.start] in ("", "ال") and t.role == "incident" for t in find_triggers(f.alias, tables.triggers)
    )


def build_claims(
    figures_: list[Figure], source: Attribution | None, outlet: str | None, default_side: str | None
) -> list[dict]:
    """Contract claims from one clause's figures: one claim per side counted."""
    claims: list[dict] = []
    current: dict[str | None, dict] = {}
    last_side = default_side
    for fig in figures_:
        side = fig.of or (last_side if fig.count.group is None else None) or default_side
        if fig.both_sides:
            side = None
        if fig.count.group == "combatants" and side == "civilians":
            side = default_side if default_side != "civilians" else None
        if not fig.subset:
            last_side = side
        claim = current.get(side)
        if claim is None or claim[fig.kind] is not None or fig.kind in claim["vague"] or fig.subset:
            claim = new_claim(source, outlet, side)
            claims.append(claim)
            if fig.subset:
                claim["subset"] = True  # a claim of its own: later figures of that side are not inside the toll
            else:
                current[side] = claim
        if fig.count.vague:
            claim["vague"].append(fig.kind)
        else:
            claim[fig.kind] = fig.count.value
        claim["evidence"].append([min(fig.start, fig.count.start), max(fig.end, fig.count.end)])
    return claims


def new_claim(source: Attribution | None, outlet: str | None, side: str | None) -> dict:
    """An empty contract claim."""
    claim = {
        "source": source.text if source else None,
        "source_kind": source.kind if source else "outlet",
        "outlet": outlet,
        "killed": None,
        "wounded": None,
        "captured": None,
        "vague": [],
        "of": side,
        "evidence": [],
    }
    if source is not None and source.via_text:
        claim["via"] = source.via_text
    return claim
