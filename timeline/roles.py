"""Who did it and to whom: the role of each faction named in an incident clause.

The direction comes from the words around a name, not from the name: "قصفت قوات النظام" (subject
right after the verb: perpetrator), "استهدفت … مواقع النظام" (positions: target), "بقصف لقوات
النظام" / "بهجوم لـ"تحرير الشام"" (ل after an incident noun: perpetrator), "هجوم شنته مجموعة"
(agent), "مقتل 18 عنصراً من قوات النظام" (the dead: target), "بين X و Y" (X against Y), "regime
forces shelled" / "killed by Syrian shelling". A repelled attack swaps the roles: "تصدى جيش العزة
لمحاولة تسلل لقوات النظام" makes the regime the perpetrator. Backers ("بغطاء جوي روسي", "backed
by") take no role, but a force "مدعومة بعناصر من حزب الله" fought beside Hezbollah. Names inside an attributed source ("وسائل إعلام موالية للنظام") take none either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.claims import Attribution, Figure
from timeline.cuewords import CueWords, cue_words
from timeline.event_types import EventTypes
from timeline.factions import FactionMention
from timeline.frozen import freeze_fields
from timeline.paths import DATA_DIR
from timeline.sentences import Clause
from timeline.triggers import Trigger

if TYPE_CHECKING:
    from timeline.reference import Reference

# The classes of cue words in data/lexicon/role_words.csv, each read by one pattern below.
CUE_CLASSES = frozenset(
    {
        "accusation_verb",
        "accused_act",
        "accuser_head",
        "agent_after_noun",
        "agent_before",
        "agent_preposition",
        "agent_verb_stem",
        "agent_verb_suffix",
        "agreement_noun",
        "agreement_relative",
        "agreement_stem",
        "air_defence",
        "attribution_verb",
        "craft_user_verb",
        "answer_preposition",
        "backing_act",
        "attempt_noun",
        "backed_by",
        "banner_noun",
        "between",
        "between_filler",
        "blame_phrase",
        "civilian",
        "delegation_noun",
        "claim_link",
        "conjunction",
        "fire_source",
        "hedge_before",
        "held_area",
        "holder_before",
        "irregular_verb",
        "kill_noun",
        "kill_noun_link",
        "kill_verb",
        "kill_subject_gap_word",
        "kill_verb_present",
        "led_by",
        "loyal_force",
        "member_of",
        "member_preposition",
        "object_after_noun",
        "owned_by",
        "notify_verb",
        "owned_by_phrase",
        "owned_craft",
        "owner_hedge",
        "passive_auxiliary",
        "passive_before_verb",
        "possessive",
        "relative_pronoun",
        "responsibility_noun",
        "side_switch",
        "sides_named",
        "speaker_modifier",
        "such_object",
        "speaker_noun",
        "speaker_preposition",
        "sponsor_before",
        "support_before",
        "support_stem",
        "target_before",
        "target_preposition",
        "teller_complementizer",
        "teller_loss",
        "teller_verb",
        "unmanned_craft",
        "verb_subject_filler",
        "violation_link",
        "violation_noun",
    }
)
ROLE_CUE_CLASSES = frozenset({"agent_after", "accuser_before"})  # data/lexicon/role_cues.csv
_VERB_SUBJECT_GAP = 14
_ACCUSER_REACH = 40  # characters before an accused side in which the verb of accusing stands
_ACCUSED_GAP = 60  # characters from an accused side to the act it is accused of, past the words describing it
_CLAUSE_MARKS = ("،", ",", ".", "؛", ";", "\n")  # marks closing the words that describe a side
_DOER_CONTEXT = 60  # characters before a side read for the words naming it the doer (``doers_named``)
_ATTRIBUTION_REACH = 50  # characters before a side in which "نسب … إلى" or "طراز يستخدمه" stands
# a side closing its sentence after a verb of accusing is the one accused of the incident the sentence told
_ACCUSED_LAST = re.compile(r"[\s\"'»”)]*(?:[.!؟?\n]|$)")
_KILL_OBJECT_WORDS = 2  # words between a verb of killing (or its Arabic subject) and the count it kills ("at least")
_DOWNED_GAP = 60  # characters from a downing word to the aircraft it names, past an Arabic subject
_PASSIVE_GAP = 12  # characters from the aircraft to a downing word after it ("helicopter was shot down")
_OWNER_GAP = 30  # characters from the aircraft to the side named as its owner ("طائرة حربية تابعة لقوات النظام")
_PUNCT = re.compile(r"[،,.]")
_GENERIC = "opposition-unspecified"


@dataclass(frozen=True, eq=False)
class RoleGrammar:
    """The patterns compiled from the words of ``role_words.csv`` (``RoleGrammar.build``), held by the
    reference's ``RoleTables``: compiled once per Reference, never per report."""

    agent_before: re.Pattern
    agent_word: re.Pattern  # the words one of which every ``agent_before`` match holds, alone: none, no search for it
    target_before: re.Pattern
    support_before: re.Pattern
    support_word: re.Pattern  # the same for ``support_before``
    loyal_forces_before: re.Pattern
    holder_before: re.Pattern
    held_area: re.Pattern  # "rebel-held areas": a side named by where it holds, the fire's side only after "fired from"
    backing_after: re.Pattern  # "(accused Turkey) of backing the assault": a side blamed for its support, no role
    hedged_before: re.Pattern
    speaker_of: re.Pattern
    agreement_before: re.Pattern
    agreement_word: re.Pattern  # the same for ``agreement_before``
    answered_before: re.Pattern
    claimed: re.Pattern
    led_by: re.Pattern
    between: re.Pattern
    sides_named: re.Pattern
    side_switch: re.Pattern
    conjunction: re.Pattern
    civilian_words: re.Pattern
    irregular_verbs: frozenset[str]
    adverbs: re.Pattern
    blame_after: re.Pattern
    accused_act_after: re.Pattern  # "بقصف": after a side an accusation verb before it names, what the side did
    accused_act_later: re.Pattern  # that act past the words describing the side ("المتمركزة في ريف حماة بإطلاقها")
    accusation_before: re.Pattern  # the accusation verb somewhere before that side ("اتهم ناشطون قوات النظام")
    accuser_after_verb: re.Pattern
    attributed_before: re.Pattern  # "نسبهما الأهالي إلى", "نُسب الهجوم إلى": the side named next did it
    craft_user_before: re.Pattern  # "طراز يستخدمه", "لا يستخدمها في المنطقة سوى": the side named next flew it
    doer_word: re.Pattern  # any word of those two patterns or of accusing (no boundary: a cheap search first)
    craft_user_words: tuple[str, ...]  # the words of ``craft_user_before``, looked for in a text before its search
    owned: re.Pattern
    owner_gap: re.Pattern
    member_of: re.Pattern
    relative_before: re.Pattern
    passive_between: re.Pattern
    passive_auxiliary_before: re.Pattern
    passive_after: re.Pattern
    en_agent_after_noun: frozenset[str]
    en_object_after_noun: frozenset[str]
    # "Government forces killed five rebels", "قتلت قوات النظام خمسة عناصر": a verb of killing in the active voice
    kill_verbs: frozenset[str]  # the verb, past or English ("قتلت", "killed", "neutralised")
    kill_verbs_present: frozenset[str]  # after its subject, as headlines write it ("قوات النظام تقتل 5 مدنيين")
    kill_nouns: frozenset[str]  # right after its subject or one ``kill_noun_link`` ("تمكنت الفصائل من قتل 8 عناصر")
    kill_noun_links: frozenset[str]
    kill_subject_gap: re.Pattern  # between an English subject and its verb ("have", "reportedly", "group")
    air_defence: re.Pattern  # "الدفاعات الجوية", "air defences": who downs a craft on an attack, repelling it
    unmanned: re.Pattern  # "مسيرة", "drone", "missile": a craft downed on an attack, not a crewed aircraft
    such_after: re.Pattern  # "بالوقوف وراء مثل هذه الهجمات": a blame laid for a kind of attack, not this one
    teller_verbs: frozenset[str]  # "قالت" right before a side's name: the side tells what follows
    teller_after: re.Pattern  # "إن", "بأن" or "مقتل" right after that name (past a day set off by commas)
    backed_by: re.Pattern  # "قوات النظام، مدعومة بعناصر من حزب الله": the backing side fought beside the side it backs
    backed_word: re.Pattern  # the words one of which every ``backed_by`` match holds, alone: none, no search for it
    delegation_nouns: frozenset[str]  # "رئيس وفد المعارضة": the side right after the noun speaks at talks, no party
    notify_verbs: frozenset[str]  # "أخطرت موسكو الجانب التركي قبل الغارات": the side right after is told of it
    attempt_nouns: frozenset[str]  # "بعد محاولة قوات النظام التقدم": the side right after the noun made the attempt

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, cues: CueWords) -> RoleGrammar:
        _w = cues.pattern
        # … or right after a post's "المصدر" (the source of the fire: "قذائف على X.. المصدر قوات الأسد"), not after its
        # "أن" ("وقال المصدر إن الفصائل صدت …": the source of the news)
        agent_before = re.compile(
            rf"(?:{_w('agent_before')}|{_w('agent_verb_stem')}{_w('agent_verb_suffix')}|"
            rf"(?<!\w){_w('agent_preposition')}(?!\s+\w+ing\s))\s+(?:\S+\s+){{0,3}}$"
            rf"|(?<!\w)[وف]?{_w('fire_source')}\s*:?\s+(?:(?!ب?ان\s)\S+\s+)?$"
        )
        # (words alone, with no look-behind before them, let the regex engine skip to their first letters)
        agent_word = re.compile(_w("agent_before", "agent_verb_stem", "agent_preposition", "fire_source"))
        # a whole word, after at most a conjunction and a preposition ("والمواقع", "بمقرات"): "اليه" (a vehicle) is no
        # part of "مواليه" (loyal)
        target_before = re.compile(
            rf"(?<!\w)(?:[وف]?(?:بال|لل|ال|ب|ل)?){_w('target_before')}\s+{_w('target_preposition')}?\s*$"
        )
        support_before = re.compile(rf"(?:{_w('support_before')}|{_w('support_stem')}\w*)\W+(?:\S+\W+){{0,2}}$")
        support_word = re.compile(_w("support_before", "support_stem"))
        # "القوات الموالية للنظام": forces named only by whom they are loyal to are that side's forces, the side an actor
        loyal_forces_before = re.compile(
            rf"(?<!\w)[وب]?{_w('loyal_force')}\s+{_w('support_stem')}\w*\W+(?:\S+\W+){{0,2}}$"
        )
        # "مناطق خاضعة لسيطرة المعارضة", "الأحياء التي تسيطر عليها الفصائل", "held by rebels": who holds the place
        # hit, not who hit it.
        holder_before = re.compile(rf"{_w('holder_before')}\W*$")
        held_area = re.compile(rf"-{_w('held_area')}(?:\s|$)")
        # "Damascus accused Turkey of backing the assault": a side blamed for support, no part in the incident
        backing_after = re.compile(rf"\s+{_w('backing_act')}(?!\w)")
        # "لم يتضح إن كانت الطائرات روسية", "jets probably from the coalition": the side a hedge names is the one
        # suspected of the attack (GOLD_SCHEMA: a hedged attribution is an attribution)
        hedged_before = re.compile(rf"(?<!\w)[وف]?{_w('hedge_before')}\s+(?:\S+\s+){{0,3}}$")
        # "مصدر عسكري في الجبهة الوطنية", "ناطق باسم الهيئة", "a spokesman for HTS": the speaker's group, not a party.
        speaker_of = re.compile(
            rf"{_w('speaker_noun')}(?:\s+{_w('speaker_modifier')})?\s+{_w('speaker_preposition')}\s*(?:ال)?$"
        )
        # "الاتفاق الذي ترعاه تركيا وروسيا", "الهدنة التي أعلنتها روسيا", "brokered by Russia and Turkey": sponsors.
        agreement_before = re.compile(
            rf"(?:{_w('agreement_stem')}\w*|{_w('agreement_noun')})"
            rf"\s+(?:{_w('agreement_relative')}\b)(?:\W+\S+){{0,5}}\W+(?:و|and\s+)?$|"
            # (a whole word: not "زرعتها"; within its clause: "التي اتفقت عليها روسيا وتركيا، سيطرت القوات …")
            rf"(?<!\w){_w('sponsor_before')}(?:[^\w،,.]+[^\s،,.]+){{0,3}}[^\w،,.]+(?:و|and\s+)?$"
        )
        agreement_word = re.compile(_w("agreement_stem", "agreement_noun", "sponsor_before"))
        # "ردت وحدات الجيش على خروقات المجموعات الإرهابية": in a reply, the side whose violations are answered is hit.
        answered_before = re.compile(
            rf"{_w('answer_preposition')}\s+(?:\S+\s+)?{_w('violation_noun')}\s*{_w('violation_link')}?\s*$"
        )
        claimed = re.compile(rf"\s*(?:\S+\s+)?{_w('claim_link')}\s+[وب]?(?:ال)?$")
        led_by = re.compile(rf"(?<!\w){_w('led_by')}\s+$")
        between = re.compile(rf"{_w('between')}\s+{_w('between_filler')}?\s*$")
        sides_named = re.compile(_w("sides_named"))  # "X من جهة و Y من جهة أخرى": each side named as such
        side_switch = re.compile(_w("side_switch"))
        conjunction = re.compile(
            rf"^\s*(?:{_w('conjunction')}|,)?\s*{_w('possessive')}?\s*$"
        )  # "regime or Russian jets": both
        civilian_words = re.compile(_w("civilian"))
        irregular_verbs = cues.word_set("irregular_verb")
        adverbs = re.compile(rf"(?:[\s،,]|{_w('verb_subject_filler')})*")
        # "اتهمت المعارضة قوات النظام بالمسؤولية عن القصف", "حمّلت واشنطن النظام مسؤوليته": the side named right before
        # the blame did it; the one named right after the verb of accusing only accuses
        # (past the closing quote of a name, and before the responsibility laid a place it is named of: 'حمّل
        # "المجموعات الإرهابية" في الغوطة المسؤولية')
        blame_after = re.compile(
            rf"[\"»”]?(?:\s+ب?{_w('blame_phrase')}|\s+في\s+[^\s،,.]+\s+{_w('responsibility_noun')})(?!\w)"
        )
        # "واتهمت فصائل المعارضة …": a group noun may stand between the verb and the accusing side's name
        accuser_after_verb = re.compile(rf"(?<!\w)[وف]?{_w('accusation_verb')}\s+(?:{_w('accuser_head')}\s+)?$")
        # "طائرات تابعة للنظام", "helicopters belonging to the regime"
        # "طائرات يعتقد أنها للنظام": the hedge names the owner without "تابعة"; "… للنظام أو لروسيا": a second owner
        # after "أو" is hedged the same (both named)
        owned = re.compile(
            rf"(?:(?:{_w('owned_by')}\s*|{_w('owner_hedge')}\s+ب?ان(?:ها|ه)\s+)ل(?:\S+\s+(?:او|ام)\s+ل)?"
            rf"|{_w('owned_by_phrase')}(?:\s+the)?)\s*$"
        )
        # Between the weapon and "تابعة ل": nothing, or its craft ("بغارات لطائرات تابعة للنظام"), or a hedge
        # ("طائرات حربية يعتقد أنها تابعة للنظام"), or a first owner and "أو" ("طائرات حربية روسية أو تابعة للنظام")
        owner_gap = re.compile(
            rf"\s*(?:\S+\s+(?:او|ام)\s+)?(?:ل?{_w('owned_craft')}\s+)?(?:{_w('owner_hedge')}\s+ب?ان(?:ها|ه)?\s*)?"
        )
        # "الفصائل المنضوية في الجبهة الوطنية", "الجبهة الوطنية التابعة للجيش الوطني": the parent of the name before.
        member_of = re.compile(rf"\s*{_w('member_of')}\s+{_w('member_preposition')}?\s*(?:{_w('banner_noun')}\s+)?ل?$")
        relative_before = re.compile(rf"(?:{_w('relative_pronoun')}|\w*ات)\s+$")
        passive_between = re.compile(_w("passive_before_verb"))
        # "positions of the insurgents were struck", "two tanks of the army had been destroyed": an English incident
        # verb right after a form of "be" is passive, so the side named before it was hit
        passive_auxiliary_before = re.compile(rf"(?<!\w){_w('passive_auxiliary')}\s+(?:\w+ly\s+)?$")
        # "numbers of X fighters were killed": the name is the subject of a passive verb just after it
        passive_after = re.compile(rf"\W*(?:\S+\W+){{0,2}}?{_w('passive_auxiliary')}\s+(?:\w+ly\s+)?\w+(?:ed|en)(?!\w)")
        en_agent_after_noun = cues.word_set("agent_after_noun")
        # "the rebel shelling of government positions": after an incident noun whose firer is named right before it
        en_object_after_noun = cues.word_set("object_after_noun")
        # "قالت X إن …", or a loss it announces: "أعلنت رئاسة الأركان التركية مقتل جنديين في هجوم للوحدات الكردية"
        teller_after = re.compile(
            rf"\s*(?:[،,]\s*\S+\s*[،,])?\s*(?:{_w('teller_complementizer')}|{_w('teller_loss')})(?!\w)"
        )
        return cls(
            agent_before=agent_before,
            agent_word=agent_word,
            target_before=target_before,
            support_before=support_before,
            support_word=support_word,
            loyal_forces_before=loyal_forces_before,
            holder_before=holder_before,
            held_area=held_area,
            backing_after=backing_after,
            hedged_before=hedged_before,
            speaker_of=speaker_of,
            agreement_before=agreement_before,
            agreement_word=agreement_word,
            answered_before=answered_before,
            claimed=claimed,
            led_by=led_by,
            between=between,
            sides_named=sides_named,
            side_switch=side_switch,
            conjunction=conjunction,
            civilian_words=civilian_words,
            irregular_verbs=irregular_verbs,
            adverbs=adverbs,
            blame_after=blame_after,
            accused_act_after=re.compile(rf"\s+ب{_w('accused_act')}(?:ه|ها|هم|هما)?(?!\w)"),
            accused_act_later=re.compile(rf"\sب{_w('accused_act')}(?:ه|ها|هم|هما)?(?!\w)"),
            accusation_before=re.compile(rf"(?<!\w)[وف]?{_w('accusation_verb')}\s"),
            accuser_after_verb=accuser_after_verb,
            doer_word=re.compile(_w("attribution_verb", "craft_user_verb", "accusation_verb")),
            craft_user_words=tuple(cues.words("craft_user_verb")),
            craft_user_before=re.compile(
                rf"(?<!\w)(?:لا\s+{_w('craft_user_verb')}(?:\s+\S+){{0,3}}?\s+(?:سوي|الا)"
                rf"|(?<!لا\s){_w('craft_user_verb')})(?:\s+\S+){{0,3}}?\s+$"
            ),
            attributed_before=re.compile(rf"(?<!\w)[وف]?{_w('attribution_verb')}(?!\w)(?:\s+\S+){{0,3}}\s+الي\s+$"),
            owned=owned,
            owner_gap=owner_gap,
            member_of=member_of,
            relative_before=relative_before,
            passive_between=passive_between,
            passive_auxiliary_before=passive_auxiliary_before,
            passive_after=passive_after,
            en_agent_after_noun=en_agent_after_noun,
            en_object_after_noun=en_object_after_noun,
            kill_verbs=cues.word_set("kill_verb"),
            kill_verbs_present=cues.word_set("kill_verb_present"),
            kill_nouns=cues.word_set("kill_noun"),
            kill_noun_links=cues.word_set("kill_noun_link"),
            kill_subject_gap=re.compile(rf"\s+(?:{_w('kill_subject_gap_word')}\s+)*"),
            air_defence=re.compile(rf"(?<!\w){_w('air_defence')}(?!\w)"),
            unmanned=re.compile(rf"(?<!\w)(?:ال)?{_w('unmanned_craft')}(?!\w)"),
            teller_verbs=cues.word_set("teller_verb"),
            such_after=re.compile(rf"\s+{_w('such_object')}(?!\w)"),
            teller_after=teller_after,
            attempt_nouns=cues.word_set("attempt_noun"),
            backed_by=re.compile(rf"(?<!\w)[وف]?{_w('backed_by')}\s+(?:ب\S+\s+(?:من\s+)?)?$"),
            backed_word=re.compile(_w("backed_by")),
            delegation_nouns=cues.word_set("delegation_noun"),
            notify_verbs=cues.word_set("notify_verb"),
        )


@dataclass(frozen=True, eq=False)
class RoleTables:
    """The role cue patterns (``RoleTables.build``), held by the ``timeline.reference.Reference``."""

    blamed: re.Pattern  # a name right after these words did it ("rebels blamed Russian jets for the raid")
    accuser: re.Pattern  # a name right before these words only accuses
    grammar: RoleGrammar  # the patterns of ``role_words.csv``

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> RoleTables:
        """From ``role_cues.csv`` and ``role_words.csv``."""
        cues = cue_words("role_cues.csv", ROLE_CUE_CLASSES, class_column="role", directory=data_dir / "lexicon")
        agent = re.compile(rf"(?<!\w){cues.pattern('agent_after')}\s+(?:\S+\s+){{0,2}}$")
        accuser = re.compile(rf"\s+(?:\S+\s+)?{cues.pattern('accuser_before')}(?!\w)")
        words = cue_words("role_words.csv", CUE_CLASSES, directory=data_dir / "lexicon")
        return cls(agent, accuser, RoleGrammar.build(words))


def _loyal_forces(
    bare: str, offset: int, mention: FactionMention, factions: list[FactionMention], grammar: RoleGrammar
) -> bool:
    """True when ``bare`` (the text before ``mention``, starting at ``offset`` in the flat text) ends with forces
    named only by whom they are loyal to ("القوات الموالية ل"): no faction mention is among the words before it
    ("قوات النظام والمسلحين الموالين لإيران" names its forces and keeps the patron out)."""
    loyal = grammar.loyal_forces_before.search(bare)
    if loyal is None:
        return False
    start = offset + loyal.start()
    return not any(g is not mention and start - 30 <= g.start < mention.start for g in factions)


def assign_roles(
    flat: str,
    clause: Clause,
    factions: list[FactionMention],
    triggers: list[Trigger],
    excluded: list[tuple[int, int]],
    speaker: Attribution | None,
    victims: set[int],
    reference: Reference | None = None,
) -> tuple[list[str], list[str]]:
    """(perpetrators, targets) of an incident clause, as faction ids in order of mention (read with
    ``reference``'s role cues and event types, default the shipped ones)."""
    if reference is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        reference = default_reference()
    types, grammar = reference.event_types, reference.roles.grammar
    incident = [t for t in triggers if t.role in ("incident", "generic", "plural")]
    replying = not clause.reference and any(t.role == "response" for t in triggers)
    main = _english_verb_first(incident, grammar)
    repel = next((t for t in triggers if t.role in ("repel", "downing") and t.start < main.end + 40), None)
    owner = None  # the side whose aircraft was downed, when the downing was an attack on it
    if repel is not None and repel.role == "downing":
        downed = _downed_by_attack(flat, clause, repel, incident, factions, types, grammar)
        if downed is not None:
            repel, owner = None, downed[0]
    if repel is not None:
        after_repel = [t for t in incident if t.start > repel.start]
        main = after_repel[0] if after_repel else main
    perps: list[str] = []
    targets: list[str] = []
    tellers: list[str] = []  # sides that tell the incident ("قالت X إن …"), agents only when it names no other
    previous: tuple[FactionMention, str] | None = None
    held_end: int | None = None  # the end of the last side named as the holder of a place
    between = False
    for f in factions:
        if any(a <= f.start < b for a, b in excluded) or f.faction == "civilians":
            continue
        offset = max(clause.start, f.start - 30)
        before = flat[offset : f.start]
        if previous and _member_of(flat, previous[0], f, grammar):
            bucket = perps if previous[1] == "agent" else targets
            if previous[0].faction == _GENERIC and _GENERIC in bucket and f.faction not in bucket:
                # "الفصائل المنضوية في الجبهة الوطنية": the front named is the actor; a named
                # group keeps its own name ("أحرار الشام التابعة للجبهة الوطنية")
                bucket[bucket.index(_GENERIC)] = f.faction
            continue
        bare = before[: len(before) - len(f.clitic)] if f.clitic and before.endswith(f.clitic) else before
        if (
            grammar.support_word.search(bare)
            and grammar.support_before.search(bare)
            and not _loyal_forces(bare, offset, f, factions, grammar)
        ):
            continue
        if ((holder := grammar.holder_before.search(bare)) and not _fired_from(bare, holder, grammar)) or (
            held_end is not None and _joined_by_and(flat, held_end, f, grammar)
        ):
            held_end = f.end  # (the next named after "و" holds it too: "حيث تسيطر القوات الحكومية والميليشيات")
            continue
        held_end = None
        word_before = _last_word(before) if not f.clitic and before[-1:].isspace() else ""
        if word_before and _verb_in(word_before, grammar.notify_verbs):
            continue  # "أخطرت موسكو الجانب التركي قبل الغارات": the side named after the verb takes no part
        spoken = speaker is not None and speaker.start <= f.start < speaker.end
        if not spoken and (
            grammar.speaker_of.search(before if before.endswith(f.clitic) else before + f.clitic)
            or word_before in grammar.delegation_nouns
        ):
            if not (f.end <= main.start and grammar.claimed.match(flat, f.end, main.start)):
                continue  # "أعلن المكتب الإعلامي لجيش العزة عن استهداف …" claims the attack; others only tell it
        sponsor_from = max(clause.start, f.start - 60)
        if grammar.agreement_word.search(flat, sponsor_from, f.start) and grammar.agreement_before.search(
            flat, sponsor_from, f.start
        ):
            continue
        blamed, accuser = reference.roles.blamed, reference.roles.accuser
        if f.alias.isascii() and accuser.match(flat, f.end) and not any(t.start < f.start for t in incident):
            continue  # "rebels blamed Russian jets …", "activists said …": the accuser takes no role
        if f.alias.isascii() and blamed.search(before):
            if grammar.backing_after.match(flat, f.end):
                continue  # "SANA accused Ankara of providing cover for the assault": a backer, not the attacker
            previous = (f, "agent")
            if f.faction not in perps:
                perps.append(f.faction)
            continue
        if not f.alias.isascii() and named_as_doer(flat, f, bare, factions, grammar):
            previous = (f, "agent")
            if f.faction not in perps:
                perps.append(f.faction)
            continue
        if (
            not f.alias.isascii()
            and grammar.accuser_after_verb.search(before)
            and (
                grammar.blame_after.search(flat, f.end, clause.end)
                or any(g.start >= f.end and g.faction != f.faction for g in factions if g.start < clause.end)
            )
        ):
            continue  # the accuser takes no role, whom it accuses named next ("اتهم النظام مجموعات إرهابية بقصف …")
        if f is owner:
            role = "target"  # "rebels shot down a regime helicopter": the aircraft's side was hit
        elif replying and grammar.answered_before.search(before if before.endswith(f.clitic) else before + f.clitic):
            role = "target"
        elif f.start in victims:
            role = "target"  # "مقتل 18 عنصراً لـ النظام": the side of a casualty figure
            if repel is not None and any(g.start not in victims and g.faction != f.faction for g in factions):
                role = "agent"  # "مقتل 15 عنصراً للنظام خلال صد محاولة تقدم": the dead were the attackers
                if f.faction == _GENERIC and perps:
                    continue  # "foiled an attempt by Nusra terrorists …, killing 9 terrorists": the attackers named
        elif speaker is not None and speaker.start <= f.start < speaker.end:
            role = "target" if repel is not None else "agent"
        elif previous and grammar.led_by.search(before):
            role = previous[1]  # "jihadists led by HTS", "فصائل بقيادة هيئة تحرير الشام"
        elif previous and not f.alias.isascii() and grammar.backed_word.search(bare) and grammar.backed_by.search(bare):
            role = previous[1]  # "قوات النظام المدعومة بمليشيات من حزب الله": they fought together
        elif previous and grammar.conjunction.match(flat[previous[0].end : f.start]) and not f.clitic.startswith("ل"):
            role = previous[1]
            # "بين الفصائل وقوات النظام": the second side of the fight; English wire copy's "clashes between
            # troops and rebels" names the two sides with no initiator, so both fought
            if between and not f.alias.isascii() and not grammar.sides_named.search(flat, clause.start, clause.end):
                role = "target"
        else:
            role = _role(flat, clause, f, main, incident, repel, before, factions, types, grammar)
            if grammar.between.search(before) and any(t.event_type in types.mutual for t in incident):
                role, between = "agent", True
            elif between and not f.alias.isascii() and grammar.sides_named.search(flat, clause.start, clause.end):
                # "بين القوات التركية ومقاتلين من فيلق الشام من جهة، والوحدات الكردية من جهة أخرى": a side named before
                # the first "من جهة" fought on the first side, one named after it on the other
                role = "target" if grammar.side_switch.search(flat, clause.start, f.start) else "agent"
        previous = (f, role)
        bucket = perps if role == "agent" else targets
        if f.faction not in bucket:
            bucket.append(f.faction)
        if role == "agent" and not f.alias.isascii() and _tells(flat, f, bare, grammar):
            tellers.append(f.faction)
    if tellers and not any(t.event_type in types.mutual for t in incident):
        # "قالت وحدات حماية الشعب إن تسعة مدنيين قتلوا في قصف للجيش التركي": the Turkish army fired, the YPG told it
        perps = [p for p in perps if p not in tellers] or perps
    targets = [t for t in targets if t not in perps]
    return perps, targets


def _joined_by_and(flat: str, end: int, f: FactionMention, grammar: RoleGrammar) -> bool:
    """True when ``f`` is named right after ``end`` with "و"/"and" between ("القوات الحكومية والميليشيات"), not a comma
    alone ("held by Jaish al-Islam, the army shelled …": the next clause's subject)."""
    gap = flat[end : f.start - len(f.clitic)]
    return bool(grammar.conjunction.match(gap)) and (f.clitic.startswith("و") or bool(gap.strip(" ,،")))


def _tells(flat: str, f: FactionMention, bare: str, grammar: RoleGrammar) -> bool:
    """True when ``f`` is the subject of a verb of saying whose reported speech follows its name ("أفادت قسد بأن …")."""
    last = bare.rsplit(None, 1)[-1:] if bare[-1:].isspace() else []  # the verb, right before the name
    return (
        bool(last) and _verb_in(last[0], grammar.teller_verbs) and grammar.teller_after.match(flat, f.end) is not None
    )


def _verb_in(word: str, verbs: frozenset[str]) -> bool:
    """True for one of ``verbs``, bare or with the conjunction و/ف glued to it ("وقتلت", "فأفادت")."""
    return word in verbs or (word[:1] in "وف" and word[1:] in verbs)


def _fired_from(bare: str, holder: re.Match, grammar: RoleGrammar) -> bool:
    """True when the words before a holder's name tell fire from where it holds ("قصف من مناطق سيطرة قوات النظام"):
    an agent cue holding the holder's word (not "by" of "held by") makes the holder the one that fired."""
    agent = grammar.agent_before.search(bare) if grammar.agent_word.search(bare) else None
    return agent is not None and agent.start() <= holder.start()


def agent_cue_before(before: str, f: FactionMention, factions: list[FactionMention], grammar: RoleGrammar) -> bool:
    """True when an agent cue stands in the words before ``f`` (``before`` ends where it starts) with no other side
    named between them: "قصف نفذته قوات النظام على رتل عسكري تركي" makes the government, not Turkey, the shooter."""
    agent = grammar.agent_before.search(before) if grammar.agent_word.search(before) else None
    if agent is None:
        return False
    cue_at = f.start - len(before) + agent.start()
    return not any(cue_at < g.start and g.end <= f.start for g in factions if g is not f)


def _role(
    flat: str,
    clause: Clause,
    f: FactionMention,
    main: Trigger,
    incident: list[Trigger],
    repel: Trigger | None,
    before: str,
    factions: list[FactionMention],
    types: EventTypes,
    grammar: RoleGrammar,
) -> str:
    if f.faction == "unknown":
        return "agent"  # "عبوة ناسفة مجهولة المصدر": the text says the perpetrator is unknown
    if any(t.start <= f.start < t.end or f.start <= t.start < f.end for t in incident):
        return "agent"  # "غارات روسية": the name is part of the incident word
    if agent_cue_before(before, f, factions, grammar) or _owned_by(flat, f, incident, before, types, grammar):
        return "agent"
    if not f.clitic and before[-1:].isspace() and _attempter(before, grammar):
        return "agent"
    if grammar.held_area.search(f.alias):
        return "target"  # "in rebel-held areas, government jets killed 12": where the fire fell, not who fired
    if grammar.target_before.search(before if before.endswith(f.clitic) else before + f.clitic):
        return "target"
    if _after_incident_noun(flat, f, incident, factions, grammar) or grammar.hedged_before.search(before):
        return "agent"
    if repel is not None:
        if f.alias.isascii() and repel.end <= f.start and 0 <= main.start - f.end <= 1:
            return "agent"  # "troops repelled a rebel attack": the side named on the attack made it
        return "target" if f.start < main.start else "agent"
    if f.start < main.start:
        passive = grammar.passive_between.search(flat, f.end, main.end) or _english_passive(flat, f, main, grammar)
        return "target" if passive else "agent"
    english = f.alias.isascii()
    if not english and _verb_subject(flat, f, incident, grammar):
        return "agent"  # verb-subject order: "قصفت قوات النظام"
    if english and any(0 <= t.start - f.end <= 1 for t in incident):
        return "agent"  # subject-verb order: "… amid shelling as regime forces advanced", "… when rebels attacked"
    return "target"


def _last_word(before: str) -> str:
    """The last word of ``before`` ("" for none)."""
    last = before.rsplit(None, 1)[-1:]
    return last[0] if last else ""


def _attempter(before: str, grammar: RoleGrammar) -> bool:
    """True when the word right before a side is a noun of attempting ("إثر محاولة قوات النظام التقدم نحو البلدة"):
    the side named right after it, its subject, made the attempt (an object comes after a second noun: "محاولة
    اغتيال قيادي")."""
    word = _last_word(before)
    return word in grammar.attempt_nouns or (word[:1] in "وفبل" and word[1:] in grammar.attempt_nouns)


def aircraft_attacked(
    flat: str, clause: Clause, factions: list[FactionMention], triggers: list[Trigger], reference: Reference
) -> bool:
    """True when the clause tells a side downing an aircraft as an attack on it ("rebels shot down a government
    helicopter"): the aircraft named is what was hit, so it gives the incident no air strike's type."""
    downing = next((t for t in triggers if t.role == "downing"), None)
    if downing is None:
        return False
    incident = [t for t in triggers if t.role in ("incident", "generic", "plural")]
    types, grammar = reference.event_types, reference.roles.grammar
    return _downed_by_attack(flat, clause, downing, incident, factions, types, grammar) is not None


def _downed_by_attack(
    flat: str,
    clause: Clause,
    downing: Trigger,
    incident: list[Trigger],
    factions: list[FactionMention],
    types: EventTypes,
    grammar: RoleGrammar,
) -> tuple[FactionMention | None] | None:
    """(the owner named, or None) when a downing word ("shot down", "أسقطت") tells an attack on the aircraft it
    names, else None (a repelled attack). Air defences downing a craft repel the attack it flew on, and so does any
    side downing a drone or missile whose launcher, not owner, is named after it ("downed six drones launched by the
    militants"); any other side downing an aircraft or a drone ("a Syrian army helicopter", "طائرة حربية تابعة لقوات
    النظام", "مسيرة إيرانية", "rebels downed a drone") attacked it."""
    craft = next(
        (
            t
            for t in incident
            if t.event_type in types.aircraft
            and 0 <= t.start - downing.end <= _DOWNED_GAP
            and not _PUNCT.search(flat, downing.end, t.start)
        ),
        None,
    )
    if craft is None:  # in the passive, the aircraft comes first: "a Syrian army warplane was shot down by rebels"
        craft = next(
            (
                t
                for t in reversed(incident)
                if t.event_type in types.aircraft
                and 0 <= downing.start - t.end <= _PASSIVE_GAP
                and not _PUNCT.search(flat, t.end, downing.start)
            ),
            None,
        )
    if craft is None or grammar.air_defence.search(flat, clause.start, max(craft.start, downing.start)):
        return None
    owner = next((f for f in factions if _owns_craft(flat, f, craft, types, grammar)), None)
    if (
        owner is None
        and grammar.unmanned.match(flat, craft.start)
        and any(craft.end <= f.start < clause.end for f in factions)
    ):
        return None  # "drones launched by the militants": the launcher named after the craft attacked
    return (owner,)


def _owns_craft(flat: str, f: FactionMention, craft: Trigger, types: EventTypes, grammar: RoleGrammar) -> bool:
    """The faction named as the craft's side: before it in English ("a Syrian army helicopter", "a government
    warplane"), after it as an adjective or with ل / "تابعة ل" ("مسيرة إيرانية", "طائرة حربية للنظام")."""
    if f.end <= craft.start:
        return f.alias.isascii() and craft.start - f.end <= 1
    gap = flat[craft.end : f.start]
    if len(gap) > _OWNER_GAP or _PUNCT.search(gap):
        return False
    if not gap.strip() or f.clitic.startswith(("ل", "ول")):
        return True
    return _owned_by(flat, f, [craft], gap, types, grammar)


def doers_named(flat: str, factions: list[FactionMention], start: int, grammar: RoleGrammar) -> list[str]:
    """The sides of ``factions`` the Arabic text names as the doer of its incident (``named_as_doer``), each once, in
    order; ``start``: where the text read before each name may begin (its sentence's or its entry's start)."""
    doers = []
    for f in factions:
        bare = flat[max(start, f.start - _DOER_CONTEXT) : f.start]
        if f.clitic and bare.endswith(f.clitic):
            bare = bare[: -len(f.clitic)]
        if named_as_doer(flat, f, bare, factions, grammar):
            doers.append(f.faction)
    return list(dict.fromkeys(doers))


def named_as_doer(
    flat: str, f: FactionMention, bare: str, factions: list[FactionMention], grammar: RoleGrammar
) -> bool:
    """True when the Arabic text names the side at ``f`` as the one that did the incident: blamed or accused
    (``_blamed_ar``), attributed ("نسبهما الأهالي إلى طيران التحالف") or the user of the aircraft type told ("وهو
    طراز يستخدمه سلاح الجو السوري"); ``bare``: the text before its name, its clitic left out."""
    if _blamed_ar(flat, f, factions, grammar):
        return True
    window = bare[-_ATTRIBUTION_REACH:]
    if window.rstrip().endswith("الي") and grammar.attributed_before.search(window):
        return True
    return any(w in window for w in grammar.craft_user_words) and bool(grammar.craft_user_before.search(window))


def _blamed_ar(flat: str, f: FactionMention, factions: list[FactionMention], grammar: RoleGrammar) -> bool:
    """True when a blame phrase follows the Arabic side named at ``f``, or the sides listed after it with "و"
    ("اتهمت المعارضة النظامَ وروسيا بتنفيذها": both did it); or the act of an attack does ("بقصف البلدة") when a
    verb of accusing stands before the side ("اتهم ناشطون قوات النظام بقصف البلدة")."""
    if (
        grammar.doer_word.search(flat, max(0, f.start - _ACCUSER_REACH), f.start)
        and grammar.accusation_before.search(flat, max(0, f.start - _ACCUSER_REACH), f.start)
        and (
            grammar.accused_act_after.match(flat, f.end)
            or _ACCUSED_LAST.match(flat, f.end)
            or _accused_act_past_description(flat, f, factions, grammar)
        )
    ):
        return True  # "اتهم ناشطون قوات النظام بقصف البلدة", "… غير أن ناشطين اتهموا قوات الفرقة الرابعة."
    end = f.end
    for g in factions:
        if g.start <= f.start:
            continue
        if (blame := grammar.blame_after.match(flat, end)) is not None:
            return _blamed_for_this(flat, blame, grammar)
        if g.start < end or g.clitic[:1] != "و" or flat[end : g.start - len(g.clitic)].strip(" ،,"):
            return False
        end = g.end
    blame = grammar.blame_after.match(flat, end)
    return blame is not None and _blamed_for_this(flat, blame, grammar)


def _accused_act_past_description(
    flat: str, f: FactionMention, factions: list[FactionMention], grammar: RoleGrammar
) -> bool:
    """True when the act a side is accused of follows the words describing it, with no other side and no comma
    between ("اتهم التلفزيون الرسمي الفصائل المتمركزة في ريف حماة بإطلاقها"): the accused side fired; a side named
    in between is the accused one ("اتهمت المعارضة قوات النظام بقصف البلدة": the opposition only accuses)."""
    act = grammar.accused_act_later.search(flat, f.end, f.end + _ACCUSED_GAP)
    if act is None or any(f.end <= g.start < act.start() for g in factions):
        return False
    return not any(mark in flat[f.end : act.start()] for mark in _CLAUSE_MARKS)


def _blamed_for_this(flat: str, blame: re.Match, grammar: RoleGrammar) -> bool:
    """False for a blame laid for a kind of attack, not the one told ("تتهم الفصائل الوحدات الكردية بالوقوف وراء مثل
    هذه الهجمات": who is usually blamed, no perpetrator of this one)."""
    return grammar.such_after.match(flat, blame.end()) is None


def _english_verb_first(incident: list[Trigger], grammar: RoleGrammar) -> Trigger:
    """The clause's main incident word: in English the first verb when nouns come before it ("the mortar
    teams of X and the army's gun batteries shelled Y": shelled), else the first incident word."""
    first = incident[0]
    if not first.word.isascii() or _is_english_verb(first.word, grammar):
        return first
    return next((t for t in incident[1:] if _is_english_verb(t.word, grammar)), first)


def _english_passive(flat: str, f: FactionMention, main: Trigger, grammar: RoleGrammar) -> bool:
    """True when the English incident verb after ``f`` is a participle right after a form of "be" ("were struck",
    "had been destroyed"), not a progressive ("were shelling")."""
    if not f.alias.isascii() or not main.word.isascii() or main.word.endswith("ing"):
        return False
    return grammar.passive_auxiliary_before.search(flat, f.end, main.start) is not None


def passive_subject(flat: str, f: FactionMention, end: int, grammar: RoleGrammar) -> bool:
    """True when an English name is the subject of a passive verb right after it ("X terrorists were killed"):
    the side hit, never the one that acted."""
    return f.alias.isascii() and grammar.passive_after.match(flat, f.end, end) is not None


def _is_english_verb(word: str, grammar: RoleGrammar) -> bool:
    return word.endswith("ed") or word in grammar.irregular_verbs


def _member_of(flat: str, previous: FactionMention, f: FactionMention, grammar: RoleGrammar) -> bool:
    """True when ``f`` is named as the group the name just before belongs to."""
    between = flat[previous.end : f.start]
    return bool(grammar.member_of.fullmatch(between if between.endswith(f.clitic) else between + f.clitic))


def _owned_by(
    flat: str, f: FactionMention, incident: list[Trigger], before: str, types: EventTypes, grammar: RoleGrammar
) -> bool:
    """ "طائرات مسيرة تابعة للجيش التركي": the weapon named by the incident word belongs to the faction."""
    m = grammar.owned.search(before if before.endswith(f.clitic) else before + f.clitic)
    if not m:
        return False
    owner_at = f.start - (len(before) - m.start())
    aircraft = types.aircraft
    return any(
        t.end <= owner_at and grammar.owner_gap.fullmatch(flat, t.end, owner_at) and t.event_type in aircraft
        for t in incident
    )


def _verb_subject(flat: str, f: FactionMention, incident: list[Trigger], grammar: RoleGrammar) -> bool:
    """The name right after an Arabic incident verb, unless the verb is in a relative clause ("هجمات استهدفت")."""
    if f.clitic:
        return False
    for k, t in enumerate(incident):
        if t.end <= f.start and f.start - t.end <= _VERB_SUBJECT_GAP:
            if not grammar.adverbs.fullmatch(flat, t.end, f.start):
                return False  # an object or a phrase comes first: "اغتالوا قيادياً في الهيئة"
            if k and t.start - incident[k - 1].end <= 40 and not _PUNCT.search(flat, incident[k - 1].end, t.start):
                return False  # "قصف مدفعي لقوات النظام استهدف نقطة المراقبة": the verb describes the shelling
            preceding = flat[max(0, t.start - 12) : t.start]
            return not grammar.relative_before.search(preceding)
    return False


def _after_incident_noun(
    flat: str, f: FactionMention, incident: list[Trigger], factions: list[FactionMention], grammar: RoleGrammar
) -> bool:
    """ "قصف مدفعي لقوات النظام", "تسلل لـ عناصر قوات النظام": a ل-name right after an incident word."""
    for t in incident:
        if t.end <= f.start and not any(t.end <= g.start < f.start for g in factions):
            gap = flat[t.end : f.start].split()
            if f.alias.isascii():  # "a sniper from HTS", "shelling by regime forces"
                if len(gap) <= 2 and gap and gap[0] in grammar.en_agent_after_noun:
                    if gap[0] in grammar.en_object_after_noun and any(
                        g.end <= t.start and not flat[g.end : t.start].strip() for g in factions
                    ):
                        continue  # "an IS shelling of army positions": the firer named before it, the side after hit
                    return True
                continue
            lam = f.clitic.startswith(("ل", "ول")) or any(w in ("ل", "من") or w.startswith("ل") for w in gap)
            if lam and len(gap) <= 3 and not _PUNCT.search(flat, t.end, f.start):
                return True
    return False


def civilian_target(flat: str, start: int, end: int, figs: list[Figure], tables: RoleTables | None = None) -> bool:
    """True when civilians or homes were hit (by the figures' side or the clause's words; ``tables``: the
    reference's role tables, default the shipped ones)."""
    if tables is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        tables = default_reference().roles
    grammar = tables.grammar
    if any(fig.of == "civilians" for fig in figs):
        return True
    return bool(grammar.civilian_words.search(flat, start, end))


def active_kill(
    flat: str,
    figures: list[Figure],
    factions: list[FactionMention],
    excluded: list[tuple[int, int]],
    grammar: RoleGrammar,
) -> Trigger | None:
    """ "Government forces killed five rebels", "قتلت قوات النظام خمسة عناصر", "قوات النظام تقتل 5 مدنيين", "تمكنت
    الفصائل من قتل ثمانية عناصر": a verb of killing in the active voice, a side its subject and a count its object,
    tells an attack by that side though no attack word stands in the clause. Its verb is returned as the incident's
    trigger (the general type), or None. The voice is read from the word order alone: an English subject right
    before the verb; an Arabic subject right after a past verb, before the count ("قتل 5 من عناصر النظام" is passive),
    or right before a present verb or a verbal noun ("أعلن الجيش التركي تحييد 15 مسلحاً": who announces it did it)."""
    sides = [f for f in factions if f.faction != "civilians" and not any(a <= f.start < b for a, b in excluded)]
    for fig in figures:
        if fig.kind != "killed" or fig.count.start < fig.end:
            continue
        w_start, w_end = _word_around(flat, fig.start, fig.end)
        word = flat[w_start:w_end]
        before = next((f for f in reversed(sides) if f.end <= w_start), None)
        if word.isascii():
            active = (
                word in grammar.kill_verbs
                and before is not None
                and grammar.kill_subject_gap.fullmatch(flat, before.end, w_start) is not None
                and _few_words(flat, w_end, fig.count.start)
            )
        else:
            after = next((f for f in sides if f.start >= w_end), None)
            active = (
                _verb_in(word, grammar.kill_verbs)
                and after is not None
                and after.end <= fig.count.start
                and grammar.adverbs.fullmatch(flat, w_end, after.start) is not None
                and _few_words(flat, after.end, fig.count.start)
            ) or (
                before is not None
                and _few_words(flat, w_end, fig.count.start)
                and (
                    (word in grammar.kill_verbs_present and not flat[before.end : w_start].strip())
                    or (
                        word in grammar.kill_nouns
                        and len(link := flat[before.end : w_start].split()) <= 1
                        and all(w in grammar.kill_noun_links for w in link)
                    )
                )
            )
        if active:
            return Trigger(w_start, w_end, word, None, "incident")
    return None


def _word_around(flat: str, start: int, end: int) -> tuple[int, int]:
    """The whole word holding flat[start:end] (a casualty word may be matched inside "قتلوا", "وقتلت")."""
    while start and flat[start - 1].isalpha():
        start -= 1
    while end < len(flat) and flat[end].isalpha():
        end += 1
    return start, end


def _few_words(flat: str, start: int, end: int) -> bool:
    """True when flat[start:end] holds at most ``_KILL_OBJECT_WORDS`` words and no stop or comma."""
    gap = flat[start:end]
    return not _PUNCT.search(gap) and len(gap.split()) <= _KILL_OBJECT_WORDS
