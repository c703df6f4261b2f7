"""Incidents of one article: who attacked whom, where, when, with what toll according to whom.

Clause by clause (``timeline.sentences``): a clause with an incident word (``timeline.triggers``)
is a candidate incident; its factions get a role (``roles``), its date is the date expression that
governs it, its places are chosen by ``timeline.incident_places``, its figures and sources become
claims (``timeline.claims``). A clause with figures but no incident word adds claims to the incident
before it ("وبحسب ناشطين، فإن الهجوم أسفر عن مقتل مقاتل"). Candidates telling the same incident
(same day, compatible perpetrators, a shared place) merge into one incident with several claims.
Calls to arms, warnings, running totals and generic accusations never stand alone; headlines
never make an incident. "رداً على …" links an incident to the one it answers.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy
from dataclasses import dataclass, field, replace
from functools import partial
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.article import Article
from timeline.catalogue import find_cues, line_sides
from timeline.claims import (
    ATTACKERS,
    Attribution,
    Figure,
    attributions,
    build_claims,
    casualty_pieces,
    figures,
    has_casualty_word,
    speaker_is_subject,
    tells_of_own_fighters,
)
from timeline.cuewords import CueWords, cue_words
from timeline.dates import DateMention
from timeline.dates.finder import time_count
from timeline.entry_into_force import relative_to_agreement
from timeline.event_types import EventTypes
from timeline.factions import GENERIC, FactionMention, FactionTables, munition_user
from timeline.frozen import freeze_fields
from timeline.incident_places import (
    INSIDE_A_CITY,
    Place,
    abroad_mentions,
    choose,
    city_of,
    dual_anaphora,
    lead_place,
    repeated_settlements,
    victims_home,
    with_governorate_around,
    with_lead_place,
    with_parent_cities,
)
from timeline.lexregex import trie_pattern, word_search
from timeline.normalize import normalize_term
from timeline.numbers import Count, find_counts
from timeline.paths import DATA_DIR
from timeline.places import Gazetteer, names_a_governorate
from timeline.reading import ReportReading, read_report
from timeline.report_incidents import (
    PUBLICATION_ASSUMED,
    Frame,
    apart_from_month_summary,
    campaign_shooters,
    cluster,
    fight_and_strike,
    flies,
    grounded_air_strike,
    has_figure,
    headline_shooters,
    headline_toll,
    implied_shooters,
    lacks_shooter,
    means,
    news_days,
    other_governorate,
    part_of_toll,
    respective_towns,
    round_up_towns,
    same_settlement,
    split_round_up,
    told_in_passing,
    unclaimed_apart,
)
from timeline.roles import (
    active_kill,
    agent_cue_before,
    aircraft_attacked,
    assign_roles,
    civilian_target,
    doers_named,
    passive_subject,
)
from timeline.sentences import Clause, clauses
from timeline.spans import SpanSet
from timeline.triggers import Trigger, incident_type

if TYPE_CHECKING:
    from timeline.reference import Reference

# The classes of cue words in data/lexicon/event_words.csv, each read by the patterns below.
CUE_CLASSES = frozenset(
    {
        "agreement_relative",
        "whole_country",
        "war_noun",
        "war_age_suffix",
        "war_relative",
        "accompany_stem",
        "accompany_with",
        "again",
        "ago_stem",
        "also",
        "attacker_anaphor",
        "anaphor_place",
        "anaphor_demonstrative",
        "anaphor_preposition",
        "anaphor_region",
        "anaphor_self",
        "approximately",
        "campaign_anaphor",
        "campaign_begun",
        "campaign_noun",
        "campaign_under_way",
        "campaign_verb",
        "ceasefire_phrase",
        "city_before",
        "complementizer",
        "continuing",
        "unmarked_speech",
        "count_span_preposition",
        "day_span_unit",
        "lasting_for",
        "latest_lead",
        "pronoun_subject",
        "day_after_anaphor",
        "days_after_lead",
        "days_before_lead",
        "eve_anaphor",
        "earlier_toll",
        "later_death",
        "toll_raise_noun",
        "toll_raise_verb",
        "heading_day_lead",
        "day_onward",
        "heading_item_noun",
        "responsibility_claim",
        "claim_verb",
        "accused_word",
        "charge_word",
        "denial",
        "no_date_given",
        "non_event_after",
        "non_event_before",
        "place_taken_verb",
        "place_taken_relative",
        "another_incident",
        "object_before",
        "party_person",
        "past_particle",
        "present_time",
        "present_verb",
        "same_attack_en",
        "same_attack_noun",
        "same_incident_en",
        "saying_verb",
        "telling_verb",
        "affiliation_preposition",
        "aircraft_noun",
        "aircraft_noun_alone",
        "fire_verb",
        "flight_link",
        "told_object",
        "told_audience",
        "two_days",
        "since",
        "single_article",
        "single_site",
        "single_resumptive",
        "span_campaign",
        "span_of_noun",
        "span_past",
        "span_unit",
        "subset_lead",
        "share_relative",
        "share_dead_noun",
        "subset_tail",
        "share_preposition",
        "state_auxiliary",
        "state_gap",
        "state_since",
        "statement_noun",
        "superlative",
        "superlative_more",
        "support_cue",
        "incident_anchor",
        "definite_anchor",
        "drone_word",
        "launch_noun",
        "launch_start",
        "launched_noun",
        "sight_verb",
        "unclaimed",
        "every_incident_told",
        "unnamed_responsible",
        "vague_time",
        "vague_time_after_past",
        "violated_agreement",
        "violation_stem",
        "when",
        "wire_agency",
        "year_part",
    }
)
_SHARE_REACH = 40  # characters from a count to the town it was counted at ("four of them in the town of X")
_SUBSET_AT = re.compile(r"(?:\s+(?!في\s)\S+)?\s+(?:في|ب)\s*(?:\S+\s+)?$")  # "بينهم 21 مدنياً في [بلدة] X"
# What may precede a dateline at the start of a body: a label or a weekday, a few words at most.
_DATELINE_LEAD = re.compile(r"\W*(?:\w+\W+){0,4}")
_SPEECH_OPENS = re.compile(r"\s+(?:the\s+)?")  # between a day of telling and the side opening what was told
_REPELLED_BY_REACH = 12  # characters from a repel word to the side after its "by" ("repelled by the insurgents")
_POSSESSIVE = " s"  # "friday's" as the text is matched: the apostrophe is a blank
_TOLD_DAY_ENDS = re.compile(r"\s*(?:[.,;\n]|$)")  # what closes a told day: "…, an activist group said Tuesday."
_TOLD_TO_REACH = 60  # characters from a verb of saying to the day it was told, whom or how between
_NEXT_WORD_CHARS = 3  # how far after "غداة" the incident it names must begin: the next word
# The warning of a frame dated apart from its clause's day by "غداة"/"عشية"/"بعد يومين من".
# The warning of an incident no day in the text dates but the day the statement telling it was made.
STATEMENT_DAY_ASSUMED = "no day of the incident in the text: the day the statement was made is assumed"
DAY_TOLD_APART = "the incident named after 'غداة', 'عشية' or 'بعد يومين من' is dated apart from its clause's day"
# "قوات النظام، وفصائل …", "X والمسلحين الموالين لها", "troops and allied fighters": one more side counted.
# between a side and its other name in brackets ("مقاتلي قسد (قوات سوريا الديمقراطية)"; brackets are blanks in the flat text)
_GLOSS_GAP = re.compile(r"\s+")
_JOINED_SIDE = re.compile(r"(?:\s+\S+){0,2}?\s*[،,]?\s*(?:و|and\s+)(?:ال)?(?:\S+\s+)?")
_PERIODS = ("month", "year")
_WEAK_ROLES = ("statement", "generic-report")
# A date closing a catalogue entry's line: after an opening bracket or a dash, then only closing marks to the line's end.
_CLOSING_OPENERS = ("(", "[", "-", "–", "—")
_CLOSING_TAIL = " \t)].;,،؛"
_OBJECT_REACH = 20  # characters before a faction in which its object_before noun ("مواقع عسكرية") may start
_AGREEMENT_REACH = 120  # characters before a date in which the relative clause dating an agreement may start
_TAKEN_REACH = 80  # characters before a date in which the relative clause telling a place taken may open
_REPLY_LEAD = 12  # characters before a reply verb opening its clause: "فيما ", "في حين ", "، و"
_ANAPHOR_REACH = 2  # sentences back in which "the town", "the road" finds the place it points to
_CAMPAIGN_OBJECT_REACH = 60  # characters after "since capturing", "since the start of" naming what the campaign took
_SPAN_REACH = 80  # characters from "خلال سبعة أيام", "in ten days of" to the figure they count
_TOLL_NOUN_GAP = 4  # characters from an aggregate word to the casualty word it counts ("بلغ عدد الجرحى": "ال")
_LATER_DEATH_REACH = 90  # characters before a day: "died of her wounds in hospital in the border town of X on"
_SINCE_DAYS = 2  # days before publication beyond which a count "since" a day is a running total
_RUNNING_TOTAL_RATIO = 3  # times the toll its sentence just told, from which a toll it "raises" is a campaign's total
_NEWS_WINDOW = 7  # days before publication within which a report's incidents are its news
_HEADING_DAYS = 2  # days standing alone on their lines that make them a daily report's section headings
_HEADING_MARKS = " \t-–—:.,،*#•"  # what may stand beside a heading's day on its line
_HEADING_LEAD_CHARS = 30  # how far before its day a heading's line may start
_CLITICS = "وف"  # the conjunctions an Arabic cue word may carry glued before it
_CLAIM_REACH = 50  # characters before a claimed incident word in which its verb of claiming stands ("وتبنى التنظيم")
_TITLE_CHARS = 120  # the longest line read as an entry's title above its day heading
_HEADING_SPAN_DAYS = 6  # a day heading may be a night or a few days ("بين 14 و16 نيسان 2017")
_SIDE_HEADING_LINE = 70  # characters: the furthest a side's heading line reaches either side of its clause
_LINE_MARKS = " \t#*•-"  # what may open a heading's line before its words ("### ", "**", "- ")
_LINE_MARKS_MAX = 8  # characters of such marks looked at before a clause
# between a side's name and the -ing word describing it: a blank, or the rest of a compound it leads ("US-led coalition",
# "the US-led alliance fighting")
_SIDE_THEN_PARTICIPLE = re.compile(r"(?:-\w+)?(?:\s+\w+)?\s")
_SIDE_THEN_PARTICIPLE_MAX = 30  # characters: the longest such compound's rest
_SIGHT_REACH = 80  # characters from a verb of sight to the one person seen ("saw rescuers carry the body of a child")
_ANCHOR_REACH = 40  # characters before an incident word in which a time counted from it may start
_ANCHOR_PHRASE_END = re.compile(r"\s*[,،;:.]|\s*$")  # where the earlier incident's words end, at the latest
_ONGOING_REACH = 30  # characters from "continued", "ongoing" to the incident word it describes
# a number right before an incident word, an English word between at most: the strikes counted ("32 strikes", "40 air
# raids", "30 غارة"; not "الفرقة 25 قد قصفت", a unit's number before the verb)
_COUNTED_INCIDENTS = re.compile(r"(?<![\w.,])\d[\d,]*\s+(?:[a-z-]+\s+)?$")
_COORDINATED = re.compile(r"\s*(?:[,،]\s*)?(?:and\s+|و)?")
# between one town's share and the next town of a list told town first: "…، وعلى بلدة B", ", and in the town of B"
_NEXT_TOWN = re.compile(r"\s*(?:[,،]\s*)?(?:and\s+|و)\S*(?:\s+\S+){0,3}\s+|\s*(?:[,،]\s*)?(?:and\s+|و)")
# a day's possessive, in its text or right after it: "Monday's", "Mondays" (apostrophe lost), "monday s"
_POSSESSIVE_S = re.compile(r"(?:(?:['’]\s?|\s)s|(?<=day)s)$|^\s?['’]?s(?!\w)")


@dataclass(frozen=True, eq=False)
class EventGrammar:
    """The patterns compiled from the words of ``event_words.csv`` (``EventGrammar.build``), held by the
    reference's ``EventTables``: compiled once per Reference, never per report."""

    subset_before: re.Pattern
    subset_after: re.Pattern
    town_share: re.Pattern  # between a count and the town it was counted at: "five in A", "4 منهم في بلدة B"
    town_share_before: re.Pattern  # between a town and the count of its dead after it: "A التي قتل فيها 13"
    town_share_dead: re.Pattern  # the noun of the dead closing a count right after its town: "حي A 14 قتيلاً"
    non_event_date: re.Pattern
    place_taken_before: re.Pattern  # "in Palmyra, which they seized last month": the day a place changed hands
    place_taken_clause: re.Pattern  # ", which the SDF captured from IS in August": who took a place, not the incident
    # "حقل العمر، الذي استعادته قسد في تشرين الأول": a relative clause telling when a place changed hands, the
    # date closing it (``place_taken_relatives``: its relative words, looked up first with ``str.find``)
    place_taken_relative: re.Pattern
    place_taken_relatives: tuple[str, ...]
    another_after: re.Pattern  # "قذيفة أخرى": right after an incident word, told as another incident
    another_words: tuple[str, ...]
    # "اتفاق خفض التصعيد الذي رعته روسيا والأردن في تموز": the agreement named before a relative clause dated in it
    agreement_before: re.Pattern
    agreement_relative_clause: re.Pattern
    agreement_relatives: tuple[str, ...]  # the relatives' words: where none stands, neither pattern is tried
    later_death: re.Pattern  # "two more died of their wounds on Tuesday": the day of death, not of the incident
    later_death_heads: tuple[str, ...]  # the first words of ``later_death``: where none stands, it is not tried
    later_death_word: re.Pattern  # the words of ``later_death`` alone, anywhere in a clause
    toll_raised: re.Pattern  # "ورفعت مصادر محلية الحصيلة إلى 13": a toll told risen, no incident of its own
    day_onward_ends: tuple[str, ...]  # "… – 1 نيسان 2015 وما تلاه": the last words of a day's "and after"
    toll_raised_heads: tuple[str, ...]  # the first words of ``toll_raise_noun``: where none stands, it is not tried
    violation_before: re.Pattern
    non_event_after: re.Pattern
    telling_day: re.Pattern
    told_that_after: re.Pattern
    statement_before: re.Pattern
    saying_after: re.Pattern
    heading_lead: re.Pattern  # what may stand before a day heading on its line: marks, "يوم", "On"
    saying_before: re.Pattern
    affiliation_before: re.Pattern
    saying_word: re.Pattern  # the verbs in every ``affiliation_before`` match, alone: none, no search for it
    complementizer: re.Pattern
    anaphor_shift: tuple[tuple[re.Pattern, int], ...]  # (an anaphor's pattern, the days it shifts)
    days_apart: re.Pattern
    told_news_after: re.Pattern
    told_by: re.Pattern
    accompanied: re.Pattern
    object_before: re.Pattern
    anaphoric_place: re.Pattern
    anaphoric_noun: re.Pattern  # the place nouns alone (in every ``anaphoric_place`` match): none, no search for it
    also: re.Pattern
    attacker_anaphor: re.Pattern  # "القوات المهاجمة": the attackers of the fight just told
    same_shooters: re.Pattern
    same_attack_word: re.Pattern  # the nouns in every ``same_shooters`` match, alone: none, no search for it
    same_incident: re.Pattern  # "in the same battle": the incident just told, whoever tells it
    same_incident_head: str  # the word all its phrases hold ("same"): found by ``str.find`` before the regex
    since_near: re.Pattern
    compared_since: re.Pattern
    since_before: re.Pattern
    since: re.Pattern
    whole_country: re.Pattern  # "nationwide", "across the country": a toll of the whole country, no incident's
    whole_country_heads: tuple[str, ...]  # each phrase's longest word: found by ``str.find`` before the regex
    war_told_before: re.Pattern  # "a war that ", "the conflict, which ": the war whose toll an aggregate's words tell
    since_after: re.Pattern
    since_year: re.Pattern
    when_after: re.Pattern
    latest_before: re.Pattern
    campaign_launch: re.Pattern
    campaign_begun: re.Pattern
    campaign_anaphor: re.Pattern
    under_way_verb: re.Pattern
    lasting: re.Pattern
    lasting_days: re.Pattern
    lasting_for: re.Pattern
    spent_days: re.Pattern
    pronoun_before: re.Pattern
    two_days_end: re.Pattern
    counted_over: tuple[re.Pattern, ...]  # the patterns of a count told over a span
    continuing: re.Pattern
    vague_time: re.Pattern
    vague_time_word: re.Pattern  # the words in every ``vague_time`` match, alone: none, no search for it
    no_date_given: re.Pattern
    support_before: re.Pattern
    anchor_before: re.Pattern  # "hours after Monday's bombing": the incident a clause's time is told from
    sight_before: re.Pattern  # "وشاهد المراسل …", "a correspondent saw …" before what a witness saw
    sight_word: re.Pattern  # the verbs of ``sight_before`` alone: none in the clause, no search for it
    launch_after: re.Pattern  # "منذ 18 شباط حملة …": a campaign's noun a few words after the day it began
    # "منذ انطلاق الحملة الروسية في ": a campaign's start told after "since", its day next (``launch_starts``: the
    # words of starting, looked up first with ``str.find``)
    launch_since: re.Pattern
    launch_starts: tuple[str, ...]
    drone_word: re.Pattern  # a drone named: the one aircraft a side with no air force flies
    anchor_heads: tuple[str, ...]  # the longest word of each ``anchor_before`` phrase: where none stands, no search
    fled_from: re.Pattern  # between a word of flight and the fire fled from: "هرباً من القصف"
    unclaimed: re.Pattern
    every_incident_told: re.Pattern  # "any of the attacks": an unclaimed sentence's words reach every incident told
    # "تتبادل الحكومة والفصائل الاتهامات بالمسؤولية عنه", "من دون أن تحدد الجهة المسؤولة": no shooter known either; searched
    # only in a report holding the last word of one of them (``unnamed_keys``: their first letters are common ones)
    unnamed_responsible: re.Pattern
    unnamed_keys: frozenset[str]
    present_time: re.Pattern
    present_time_word: re.Pattern  # the words in every ``present_time`` match, alone: none, no search for it
    present_opening: re.Pattern  # "وتدور اشتباكات …": a clause opening with a verb of fighting going on now
    first_since: re.Pattern
    earlier_toll: re.Pattern
    city_before: re.Pattern
    party_person: re.Pattern
    said_then: re.Pattern
    claims_it: re.Pattern
    claimed_before: re.Pattern  # "وتبنى التنظيم الهجوم": the incident claimed, told before
    accused_before: re.Pattern  # "اعتقلت الهيئة خلية متهمة بالتفجير": the incident told, someone accused of it
    claimed_or_accused: re.Pattern  # the words of ``claimed_before`` and ``accused_before``, alone
    responsibility_claim: re.Pattern  # the words of ``claims_it`` alone: none in a clause, no side searched for
    denial: re.Pattern
    said_right_before: re.Pattern
    said_to_before: re.Pattern
    state_before: re.Pattern
    single_before: re.Pattern
    single_site: re.Pattern
    single_resumptive: re.Pattern  # "هجوماً … قُتل فيه تسعة جنود": a toll told "in it", of one incident named before
    aircraft_fire: re.Pattern  # "قصفت الطائرات الروسية", "أغارت المقاتلات": the fire of aircraft
    aircraft_word: re.Pattern  # the aircraft nouns alone (in every ``aircraft_fire`` match): none, no search for it

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, cues: CueWords) -> EventGrammar:
        _w = cues.pattern
        # "…، بينهم 12 في بلدة X", "قضى 12 منهم في X": a part of a toll over a region, told at one of its towns.
        subset_before = re.compile(rf"{_w('subset_lead')}\s+$")
        subset_after = re.compile(rf"(?:\s+\S+)?\s+{_w('subset_tail')}(?!\w)")
        # "killing 12: five in A, four in B", "بينهم 5 في A و4 في B": a count (its noun or "of them" after it, or
        # both or a verb after "of them": "10 منهم قتلوا في A", "nine of them were killed in A"), a preposition of
        # place, perhaps a settlement word, then the town
        town_share = re.compile(
            rf"(?:\s+{_w('subset_tail')})?(?:\s+\S+){{0,2}}\s+{_w('share_preposition')}\s+(?:(?:the\s+)?\S+\s+of\s+|\S+\s+)?"
        )
        # (within the date's sentence: "… since the first attack.\n\nOn 21 May" is no date of a running count)
        non_event_date = re.compile(rf"{_w('non_event_before')}[^\w.!?؟\n]+(?:[^\s.!?؟]+[^\w.!?؟\n]+){{0,4}}$")
        place_taken_before = re.compile(
            rf",\s+which\s+(?:[\w'-]+\s+){{0,3}}?{_w('place_taken_verb')}\s+(?:[\w'-]+\s+){{0,3}}?$"
        )
        place_taken_clause = re.compile(rf",\s+which\s+(?:[\w'-]+\s+){{0,3}}?{_w('place_taken_verb')}(?!\w)[^,.;]*")
        place_taken_relative = re.compile(
            rf"(?<!\w){_w('place_taken_relative')}\s+(?:[^\s،,.]+\s+){{0,4}}?[وف]?{_w('place_taken_verb')}"
            rf"(?:ه|ها|هم|هما)?\s+(?:[^\s،,.]+\s+){{0,4}}?$"
        )
        gap = r"[^\w.!?؟\n]+"
        agreement_before = re.compile(rf"{_w('non_event_before')}(?:{gap}[^\s.!?؟]+){{0,3}}{gap}$")
        agreement_relative_clause = re.compile(rf"{_w('agreement_relative')}(?:{gap}[^\s.!?؟]+){{1,7}}{gap}")
        # "died of his wounds in hospital", then maybe where ("in the border town of X"), then the day
        later_death = re.compile(
            rf"{_w('later_death')}(?:\s+in\s+(?:a\s+)?hospital)?(?:\s+in\s+[^\s,.;]+(?:\s+[^\s,.;]+){{0,5}}?)?"
            rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
        )
        violation_before = re.compile(
            rf"{_w('violation_stem')}\w*\s+(?:\S+\s+){{0,3}}?{_w('violated_agreement')}"
            rf"(?:\s+(?:{_w('ceasefire_phrase')}|\S+))?\W*(?:\s+{_w('again')})?\W*$"
        )
        non_event_after = re.compile(rf"\s*(?:\(?{_w('wire_agency')}\)?\s*-|\||{_w('non_event_after')})")
        # "said on Tuesday that …", "said on Tuesday it had verified …": the day of telling, before what was told
        telling_day = re.compile(rf"\s*(?:{_w('complementizer')}|{_w('unmarked_speech')})\s")
        # "أعلنت الوزارة، الأحد، أن …": a day set off by commas between a verb of saying and what was told
        told_that_after = re.compile(rf"\s*[،,]\s*{_w('complementizer')}\s")
        # "In a statement on Thursday, the army said …", "On Thursday, the ministry said …": the day of a statement
        statement_before = re.compile(rf"(?<!\w){_w('statement_noun')}\W+(?:\S+\W+){{0,1}}$")
        saying_after = re.compile(rf"[\s,،]*(?:\S+\s+){{0,3}}?[وف]?{_w('saying_verb')}(?!\w)")
        marks = re.escape(_HEADING_MARKS)
        # "الهجوم الأول –", "الحادثة رقم 3:", "Attack 2:": the item a day heads in an investigation of several attacks
        item = rf"{_w('heading_item_noun')}\s+[^\s{marks}]+(?:\s+\d{{1,3}})?[{marks}]*"
        heading_lead = re.compile(rf"[{marks}]*(?:{item})?(?:{_w('heading_day_lead')}[{marks}]*)?", re.IGNORECASE)
        saying_before = re.compile(rf"(?<!\w)[وف]?{_w('saying_verb')}(?!\w)(?:\s+\S+){{0,6}}\s*$")
        # "قال مسؤول إعلامي في X إن …", "وقال قيادي بـX، إن …": the group a speaker is of, named before what he told.
        affiliation_before = re.compile(
            rf"(?<!\w)[وف]?{_w('saying_verb')}(?!\w)(?:\s+(?!{_w('complementizer')}(?!\w))\S+){{1,6}}?"
            rf"\s+(?:{_w('affiliation_preposition')}\s+|ب)$"
        )
        saying_word = re.compile(_w("saying_verb"))
        complementizer = re.compile(rf"(?<!\w){_w('complementizer')}(?!\w)")
        # "وتأتي الحصيلة غداة مقتل 21": the incident named right after "غداة" was the day before the clause's day; after
        # "عشية" the day after.
        anaphor_shift = ((re.compile(rf"{_w('day_after_anaphor')}$"), -1), (re.compile(rf"{_w('eve_anaphor')}$"), 1))
        # "، بعد يومين من مقتل امرأة": the incident named after it was that many days before the clause's day
        days_apart = re.compile(
            rf"[وف]?(?:(?P<after>{_w('days_after_lead')})|{_w('days_before_lead')})\s+(?P<count>.+?)\s+من"
        )
        # What follows the day a source told the news when no "أن" does: its object noun with the preposition ب
        # ("أفاد المرصد، الثلاثاء، بمقتل …"), a told_object word ("أعلن الجيش الأحد مقتل …") or the end of the sentence
        # ("…، وفق ما أفاد المرصد الأحد.").
        told_news_after = re.compile(rf"\s*(?:[،,]\s*)?(?:ب\w{{2,}}|{_w('told_object')}(?!\w)|[.\n]|$)")
        # An Arabic verb of telling and its source, nothing more, right before a day: no "أن" between (the incident
        # told after it may carry a day of its own).
        told_by = re.compile(
            rf"(?<!\w)[وف]?{_w('telling_verb')}(?!\w)(?:\s+(?!{_w('complementizer')}(?!\w))\S+){{0,6}}\s*$"
        )
        accompanied = re.compile(rf"\W*(?:و)?{_w('accompany_stem')}\w*\s+(?:\S+\s+){{0,3}}?{_w('accompany_with')}\s")
        # quotes may close the noun: '"مواقع" للنظام'
        object_before = re.compile(rf"{_w('object_before')}[\s\"«»']*ل?\s*$")
        anaphoric_place = re.compile(  # "في المدينة", "هذه المنطقة", "البلدة نفسها"; not "near the village of X"
            rf"(?<!\w)(?:(?:{_w('anaphor_preposition')}|{_w('anaphor_demonstrative')})\s+{_w('anaphor_place')}"
            rf"|{_w('anaphor_demonstrative')}\s+{_w('anaphor_region')}|(?P<same>{_w('anaphor_place')}\s+{_w('anaphor_self')}))"
            rf"(?!\w)(?!\s+of\s)"
        )
        # (a pattern of words alone, with no look-behind, lets the regex engine skip to their first letters)
        anaphoric_noun = re.compile(_w("anaphor_place", "anaphor_region"))
        # "كما طال القصف", "the shelling also hit": the incident told before, by the same shooters.
        also = re.compile(rf"\W*(?:و)?{_w('also')}(?!\w)")
        attacker_anaphor = re.compile(rf"(?<!\w){_w('attacker_anaphor')}(?!\w)")
        same_shooters = re.compile(rf"(?<!\w)(?:ال|بال|لل){_w('same_attack_noun')}(?!\w)|\b{_w('same_attack_en')}\b")
        same_attack_word = re.compile(_w("same_attack_noun", "same_attack_en"))
        same_incident = re.compile(rf"(?<!\w){_w('same_incident_en')}(?!\w)")
        since_near = re.compile(rf"(?<!\w){_w('since')}\W+(?:\S+\W+){{0,4}}$")
        # "the deadliest attack since Russia and Turkey agreed on a zone in September", "الأعنف منذ توقيع الاتفاق في
        # أيلول": a date told after a superlative's "since" starts the comparison, it is no incident's day
        compared_since = re.compile(
            rf"(?<!\w)(?:{_w('superlative')}|{_w('superlative_more')}(?!\s+من))(?!\w)(?:\W+\w+){{0,3}}?"
            rf"\W+{_w('since')}[^\w\n]+(?:\S+[^\w\n]+){{0,12}}$"  # (within its line: the next entry's day is none)
        )
        since_before = re.compile(rf"{_w('since')}\W*$")
        # "منذ ثلاثة أيام", "منذ صباح اليوم": a point in time (ago), not the start of a running total
        not_ago = rf"(?!\d|{_w('ago_stem')}\w*(?!\w))"
        since = re.compile(rf"(?<!\w){_w('since')}\s+" + not_ago)
        # "nationwide", "in Syria's war", "in the five-year conflict": the whole country, the whole war
        whole_country = re.compile(
            rf"(?<!\w)(?:{_w('whole_country')}"
            rf"|in\s+(?:the|syria\s+s)\s+[a-z]+-{_w('war_age_suffix')}\s+{_w('war_noun')})(?!\w)"
        )
        war_told_before = re.compile(rf"(?<!\w){_w('war_noun')}\s*,?\s+{_w('war_relative')}\s+$")
        # "قتل أكثر من ألف مدني منذ نيسان", "killed 300 people since April": a running total, not the incident's toll.
        since_after = re.compile(rf"(?:\s+\S+){{0,3}}?\s+{_w('since')}\s+" + not_ago)
        # "since 2011", "since mid-2012", "since early March 2012": the state of things (state_since, year_part)
        since_year = re.compile(
            rf"(?<!\w){_w('state_since')}\s+(?:{_w('year_part')}-?\s*)?(?:[a-z]+\s+)?(?:19|20)\d\d(?!\w)"
        )
        when_after = re.compile(rf"\W*{_w('when')}\s")
        # "…منذ توقيع الاتفاق، كان آخرها، أمس، قصف …": the day after "the latest of them" is that incident's
        latest_before = re.compile(rf"(?<!\w){_w('latest_lead')}\W*$")
        # "the army launched its offensive on the city in May": a campaign's launch (a verb, at most three words, a noun)
        campaign_launch = re.compile(rf"(?<!\w){_w('campaign_verb')}\s+(?:\S+\s+){{0,3}}?{_w('campaign_noun')}(?!\w)")
        # "بدأت في كانون الثاني", "began in January": the date a campaign began (at most one word before the date)
        campaign_begun = re.compile(rf"(?<!\w){_w('campaign_begun')}\s+(?:\S+\s+)?$")
        # "أن الهجوم أودى بحياة …", "the toll from the offensive": the campaign told before, pointed back to
        campaign_anaphor = re.compile(rf"(?<!\w)(?:و?(?:ال|بال|لل)|the\s+){_w('campaign_anaphor')}(?!\w)")
        # "تشن القوات منذ ثلاثة أسابيع هجوما على …": an offensive told in the present as lasting a span of time (a verb
        # of campaign_under_way and "منذ" + a length; told in the past, "منذ ثلاثة أيام" is a day: three days ago)
        # the verb may carry its object ("القصف الذي يستهدفهم منذ أشهر")
        under_way_verb = re.compile(rf"(?<!\w)[وف]?{_w('campaign_under_way')}(?:ه|ها|هم|هما|هن)?(?!\w)")
        # "منذ" and a length ("منذ نحو شهرين"), its unit after: of months or years (span_unit) or of days (day_span_unit)
        since_a_length = rf"(?<!\w){_w('since')}\s+(?:{_w('approximately')}\s+)?(?:\S+\s+)?"
        lasting = re.compile(rf"{since_a_length}{_w('span_unit')}(?!\w)")
        # "(the past) N days/weeks/months", not two days, after a word that counts over or lasts that span
        several_days = (
            rf"\s+(?:{_w('span_past')}\s+){{0,2}}(?!{_w('two_days')}(?!\w))(?:\S+\s+)?{_w('day_span_unit')}(?!\w)"
        )
        # "خلال سبعة أيام", "in ten days of strikes", "over the past five weeks": a count over several days (not two)
        counted_span = re.compile(rf"(?<!\w){_w('count_span_preposition')}{several_days}")
        # "خلال التصعيد الحالي", "during the escalation": counted over a whole campaign
        during_campaign = re.compile(
            rf"(?<!\w){_w('count_span_preposition')}\s+(?:{_w('span_past')}\s+){{0,2}}{_w('span_campaign')}(?![\w'’])"
        )
        # "عقب أيام من التصعيد": days spent on a campaign
        span_of = re.compile(rf"(?<!\w){_w('day_span_unit')}\s+من\s+{_w('span_of_noun')}(?!\w)")
        # "الغارات المتواصلة منذ أيام", "يشن … منذ خمسة أسابيع": lasting days or weeks (told in the past, "قتل … منذ ثلاثة
        # أيام" is a day: three days ago, so "منذ" needs a verb of campaign_under_way or a continuing word); "for three weeks"
        lasting_days = re.compile(rf"{since_a_length}{_w('day_span_unit')}(?!\w)")
        lasting_for = re.compile(rf"(?<!\w){_w('lasting_for')}{several_days}")
        # "after days of heavy fighting", "weeks of bombardment": an incident word after a span of days names the
        # fighting of that span, not an incident of its own ("two days of clashes" is still one: ``two_days_end``)
        spent_days = re.compile(rf"(?<!\w)(?P<unit>{_w('day_span_unit')})\s+of\s+(?:[\w-]+\s+)?$")
        two_days_end = re.compile(rf"(?<!\w){_w('two_days')}$")
        # "On Thursday they captured the roundabout": a pronoun right before the incident word (two words between)
        pronoun_before = re.compile(rf"(?<!\w){_w('pronoun_subject')}\s+(?:[\w'-]+\s+){{0,2}}$")
        counted_over = (counted_span, span_of, during_campaign)
        continuing = re.compile(rf"(?<!\w){_w('continuing')}(?!\w)")
        # "troops recently regained several villages": placed only vaguely in the past
        vague_time = (
            re.compile(  # "… في الأيام الماضية", "وكان الطيران قد قصف مؤخراً …", "ومنذ ذلك الحين": no day of its own
                rf"(?<!\w)[وف]?(?:{_w('vague_time')}|{_w('past_particle')}\s+\S+\s+{_w('vague_time_after_past')})(?!\w)"
            )
        )
        vague_time_word = re.compile(_w("vague_time", "vague_time_after_past"))
        no_date_given = re.compile(_w("no_date_given"))
        # "soldiers, helped by jets, seized X": fire named as another act's support is not the clause's incident
        support_before = re.compile(rf"(?<!\w){_w('support_cue')}\s+(?:[^\s,;،]+\s+){{0,3}}$")
        # "Hours after Monday's bombing, jets struck X", "بعد ساعات من التفجير": the earlier incident, two words between
        # "وعقب الاقتحام قصفت …": after a definite_anchor only the incident just told, its noun right after it
        anchor_before = re.compile(
            rf"(?<!\w)[وف]?(?:(?P<anchor>{_w('incident_anchor')})\s+(?:[^\s,;،]+\s+){{0,2}}(?:[وفبل]|لل|بال|ال)?"
            rf"|(?P<definite>{_w('definite_anchor')})\s+ال)$"
        )
        fled_from = re.compile(rf"\s+{_w('flight_link')}\s+(?:ال)?")
        # "No group claimed responsibility", "it was unclear who was behind the blast": the incident's shooter is not known
        unclaimed = re.compile(rf"(?<!\w){_w('unclaimed')}(?!\w)")
        every_incident_told = re.compile(rf"(?<!\w){_w('every_incident_told')}(?!\w)")
        present_time = re.compile(rf"(?<!\w)[وف]?{_w('present_time')}(?!\w)")
        present_time_word = re.compile(_w("present_time"))
        present_opening = re.compile(rf"\W*[وف]?{_w('present_verb')}\s")
        # ("أكثر من 300 قتيل منذ …" is a running total "more than" counts, not a comparison)
        first_since = re.compile(rf"(?<!\w)(?:{_w('superlative')}|{_w('superlative_more')}(?!\s+من))(?!\w)")
        # "ذكرت حصيلة سابقة أن 7 قتلوا": an earlier figure of the incident whose toll has since risen.
        earlier_toll = re.compile(rf"(?<!\w){_w('earlier_toll')}(?!\w)")
        city_before = re.compile(rf"{_w('city_before')}\s+$")
        # "قال القيادي في الجبهة الوطنية إن …": a member of a party telling the incident, not the party acting
        party_person = re.compile(rf"(?:ال)?{_w('party_person')}\s")
        # "the YPG said (on Sunday) (that) Turkish jets …": what comes between a speaker and the side its report names first
        said_then = re.compile(
            rf"\s*,?\s*{_w('saying_verb')}(?:\s+(?!{_w('complementizer')}\s)\S+){{0,2}}?(?:\s+{_w('complementizer')})?\s+(?:the\s+)?"
        )
        # "The Islamic State group claimed responsibility.": right after a side's name (a word of it between), its claim
        claims_it = re.compile(rf"(?:\s+[\w-]+)?\s+{_w('responsibility_claim')}(?!\w)")
        responsibility_claim = re.compile(rf"(?<!\w){_w('responsibility_claim')}(?!\w)")
        denial = re.compile(rf"(?<!\w){_w('denial')}(?!\w)")
        # "…, an activist group said Tuesday.", "…, the army said on Sunday, adding …": a day right after an English verb of
        # saying, closing the sentence or its clause, is the day the news was told
        said_right_before = re.compile(rf"(?<!\w){_w('saying_verb')}\s+$")
        # "…, a general told journalists on Thursday.", "…, the army said in a statement on Sunday.": whom or how the
        # news was told between the verb of saying and the day
        said_to_before = re.compile(rf"(?<!\w){_w('saying_verb')}(?:\s+{_w('told_audience')}){{1,2}}\s+$")
        # "insurgents have long shelled the old quarter", "the two camps are under fire": an English incident verb in
        # the present perfect or the present tells a state of things
        state_before = re.compile(rf"(?<!\w){_w('state_auxiliary')}\s+(?:(?:{_w('state_gap')}|\w+ly)\s+)?$")
        # "in March a suicide bomber killed 30": an incident word after "a"/"an" (two words at most between, no "of":
        # "a month of strikes" counts a span) tells one incident, whose toll a month's date does not make a total
        single_before = re.compile(rf"(?<!\w){_w('single_article')}\s+(?:(?!of\s)\S+\s+){{0,2}}$")
        # "In March, Russian strikes on its market killed 40": one site hit (a singular noun) is one incident's
        single_site = re.compile(rf"(?<!\w)(?:[وفب]?ال|لل)?{_w('single_site')}(?!\w)")
        # "قصفت الطائرات الحربية …", "أغارت المقاتلات الروسية على …": a verb of fire with aircraft as its subject tells
        # an air strike, whatever the verb alone would tell (shelling, a raid)
        # (a noun that is also an adjective, "مقاتلة", is the aircraft only right after the verb: "قصفت الفصائل المقاتلة"
        # is the fighting factions' fire)
        aircraft_fire = re.compile(
            rf"(?<!\w)[وف]?{_w('fire_verb')}\s+(?:(?:\S+\s+)?(?:ال)?{_w('aircraft_noun')}"
            rf"|(?:ال)?{_w('aircraft_noun_alone')})(?!\w)"
        )
        return cls(
            subset_before=subset_before,
            subset_after=subset_after,
            town_share=town_share,
            town_share_before=re.compile(rf"\s*[،,]?\s*{_w('share_relative')}\s+(?:\S+\s+){{0,2}}?"),
            town_share_dead=re.compile(rf"(?:^|\s){_w('share_dead_noun')}(?!\w)"),
            non_event_date=non_event_date,
            place_taken_before=place_taken_before,
            place_taken_clause=place_taken_clause,
            place_taken_relative=place_taken_relative,
            another_after=re.compile(rf"\s+{_w('another_incident')}(?!\w)"),
            another_words=tuple(cues.words("another_incident")),
            place_taken_relatives=tuple(cues.words("place_taken_relative")),
            agreement_before=agreement_before,
            agreement_relative_clause=agreement_relative_clause,
            agreement_relatives=tuple(cues.words("agreement_relative")),
            violation_before=violation_before,
            non_event_after=non_event_after,
            telling_day=telling_day,
            told_that_after=told_that_after,
            statement_before=statement_before,
            saying_after=saying_after,
            heading_lead=heading_lead,
            saying_before=saying_before,
            affiliation_before=affiliation_before,
            saying_word=saying_word,
            complementizer=complementizer,
            anaphor_shift=anaphor_shift,
            days_apart=days_apart,
            told_news_after=told_news_after,
            told_by=told_by,
            accompanied=accompanied,
            object_before=object_before,
            anaphoric_place=anaphoric_place,
            anaphoric_noun=anaphoric_noun,
            also=also,
            attacker_anaphor=attacker_anaphor,
            same_shooters=same_shooters,
            same_attack_word=same_attack_word,
            same_incident=same_incident,
            same_incident_head=_longest_shared_word(cues.words("same_incident_en")),
            since_near=since_near,
            compared_since=compared_since,
            since_before=since_before,
            since=since,
            whole_country=whole_country,
            war_told_before=war_told_before,
            whole_country_heads=tuple(
                sorted(
                    {max(w.split(), key=len) for w in cues.words("whole_country")}
                    | {"-" + w for w in cues.words("war_age_suffix")}
                )
            ),
            since_after=since_after,
            since_year=since_year,
            when_after=when_after,
            latest_before=latest_before,
            campaign_launch=campaign_launch,
            campaign_begun=campaign_begun,
            campaign_anaphor=campaign_anaphor,
            under_way_verb=under_way_verb,
            lasting=lasting,
            lasting_days=lasting_days,
            lasting_for=lasting_for,
            spent_days=spent_days,
            pronoun_before=pronoun_before,
            two_days_end=two_days_end,
            counted_over=counted_over,
            continuing=continuing,
            vague_time=vague_time,
            vague_time_word=vague_time_word,
            no_date_given=no_date_given,
            support_before=support_before,
            anchor_before=anchor_before,
            sight_before=re.compile(rf"(?<!\w)[وف]?{_w('sight_verb')}(?!\w)(?!\s+عيان)"),
            sight_word=re.compile(_w("sight_verb")),
            launch_after=re.compile(rf"(?:\s+\S+){{0,3}}?\s+{_w('launch_noun')}(?!\w)"),
            launch_since=re.compile(
                rf"(?<!\w)[و]?{_w('since')}\s+{_w('launch_start')}\s+(?:ال)?{_w('launched_noun')}(?!\w)"
                rf"(?:\s+[^\s،,.]+){{0,8}}?\s+في\s+"
            ),
            launch_starts=tuple(cues.words("launch_start")),
            drone_word=re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{_w('drone_word')}(?!\w)", re.IGNORECASE),
            anchor_heads=tuple(
                sorted({max(w.split(), key=len) for w in cues.words("incident_anchor", "definite_anchor")})
            ),
            fled_from=fled_from,
            unclaimed=unclaimed,
            every_incident_told=every_incident_told,
            unnamed_responsible=re.compile(rf"(?<!\w){_w('unnamed_responsible')}(?!\w)"),
            unnamed_keys=frozenset(phrase.split()[-1] for phrase in cues.words("unnamed_responsible")),
            present_time=present_time,
            present_time_word=present_time_word,
            present_opening=present_opening,
            first_since=first_since,
            earlier_toll=earlier_toll,
            later_death=later_death,
            later_death_heads=tuple(sorted({w.split()[0] for w in cues.words("later_death")})),
            later_death_word=re.compile(rf"(?<!\w)[وف]?{_w('later_death')}(?!\w)"),
            toll_raised=re.compile(
                rf"(?<!\w)[وفل]?{_w('toll_raise_verb')}(?!\w)(?:\s+\S+){{0,4}}?\s+(?:ال)?{_w('toll_raise_noun')}(?!\w)"
                rf"|(?<!\w)(?:ال)?{_w('toll_raise_noun')}(?:\s+\S+){{0,2}}?\s+{_w('toll_raise_verb')}(?!\w)"
            ),
            day_onward_ends=tuple(sorted({" " + w for w in cues.words("day_onward")})),
            toll_raised_heads=tuple(sorted({w.split()[0] for w in cues.words("toll_raise_noun")})),
            city_before=city_before,
            party_person=party_person,
            said_then=said_then,
            claims_it=claims_it,
            claimed_before=re.compile(rf"(?<!\w)[وف]?{_w('claim_verb')}(?:\s+\S+){{0,3}}\s+$"),
            # "متهمة بالتفجير", "متهمين بتنفيذ الهجوم", "بتهمة تنفيذ الهجوم"; not "متهمة الإرهابيين بالتفجير" (accusing)
            accused_before=re.compile(
                rf"(?<!\w)(?:{_w('accused_word')}\s+(?:ب\S+\s+)?ب?|{_w('charge_word')}\s+(?:\S+\s+)?)$"
            ),
            claimed_or_accused=re.compile(_w("claim_verb", "accused_word", "charge_word")),
            responsibility_claim=responsibility_claim,
            denial=denial,
            said_right_before=said_right_before,
            said_to_before=said_to_before,
            state_before=state_before,
            single_before=single_before,
            single_site=single_site,
            # (not "بما فيه", "including")
            single_resumptive=re.compile(rf"(?<!\w)(?<!بما\s){_w('single_resumptive')}(?!\w)"),
            aircraft_fire=aircraft_fire,
            aircraft_word=re.compile(_w("aircraft_noun", "aircraft_noun_alone")),
        )


Candidate = Frame  # the name other modules and tests know


@dataclass(frozen=True)
class SpanCue:
    """Where a clause's words count its figures over several days; ``counted`` for a count over a length
    ("خلال سبعة أيام", "in ten days of"), false for a campaign lasting a span or a count "since" a day."""

    start: int
    counted: bool


def extract_events(article: Article, dates: list[DateMention], reading: ReportReading | None = None) -> list[dict]:
    """Return the article's incidents as contract ``events`` dicts (``reading``: the body's, when already read,
    with the reference whose tables every step reads)."""
    return _Extractor(article, reading or read_report(article.body), dates).run()


@dataclass(frozen=True, eq=False)
class EventTables:
    """The clause reader's own word patterns (``EventTables.build``), held by the ``timeline.reference.Reference``."""

    anticipation: tuple[re.Pattern, re.Pattern]  # words after and before an incident noun: not (yet) happened
    named_part: re.Pattern  # an ordinal and "من" after a period's words
    grammar: EventGrammar  # the patterns of ``event_words.csv``

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> EventTables:
        lexicon_dir = data_dir / "lexicon"
        cues = cue_words("event_words.csv", CUE_CLASSES, directory=lexicon_dir)
        return cls(_anticipation(lexicon_dir), _named_part(lexicon_dir), EventGrammar.build(cues))


@dataclass
class _ReadingState:
    """What reading a clause leaves for the clauses after it, at the values a report's reading starts from (the
    ``_Extractor``'s attributes of these names): the headlines are read from these (``_Extractor._read_apart``)."""

    pending_answer: tuple[int, set[str]] | None = None
    pending_figures: tuple[Clause, list, list, list[tuple[int, int]]] | None = None
    last_source: Attribution | None = None
    span_sentence: int | None = None
    background_shooters: list[tuple[str, list[str]]] = field(default_factory=list)
    clause_perps: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    risen: list[Candidate] = field(default_factory=list)
    town_toll_leads: dict[int, Candidate] = field(default_factory=dict)
    parts_told_after: dict[int, Candidate] = field(default_factory=dict)


class _Extractor:
    def __init__(self, article: Article, reading: ReportReading, dates: list[DateMention]) -> None:
        view = reading.view
        self.reference = reading.reference
        self.grammar = reading.reference.events.grammar
        self.article = article
        self.view = view
        flat = view.flat
        self.flat = flat
        self.factions = list(reading.factions)
        # in text order (as the tagger gives them): the dates of a stretch are found by bisection
        self.dates = sorted(((view.to_norm(d.start), view.to_norm(d.end), d) for d in dates), key=itemgetter(0))
        self.date_starts = [s for s, _, _ in self.dates]
        self.date_spans = SpanSet()  # the dates' spans: a count there is a date's number
        for start, end, _ in self.dates:
            self.date_spans.add(start, end)
        self.triggers = list(reading.triggers)
        self.trigger_starts = [t.start for t in self.triggers]
        self.faction_starts = [f.start for f in self.factions]
        names = [(f.start, f.end) for f in self.factions]
        places = list(reading.places)
        places += repeated_settlements(view, places, names, self.reference.places)
        places = sorted(places + dual_anaphora(view, places, self.reference.places), key=lambda p: (p.start, -p.end))
        # places abroad ("the city of Mosul", "in neighbouring Iraq") are no place of a Syrian incident
        self.abroad = abroad_mentions(flat, places, self.reference.places)
        abroad_spans = {(p.start, p.end) for p in self.abroad}
        self.places = [p for p in places if (p.start, p.end) not in abroad_spans]
        self.abroad_starts = [p.start for p in self.abroad]
        self.place_starts = [p.start for p in self.places]
        # the pieces that may hold a casualty word: a clause overlapping none is not searched for one
        self.casualty_pieces = casualty_pieces(flat, view.flat_tokens, self.reference.claims)
        self.last_source: Attribution | None = None
        # "…, an activist group said Tuesday.": where a report told its news, the incident is of those days, not one told before
        self.told_days = {s for s, e, _ in self.dates if _told_day(self.flat, s, e, self.grammar)}
        # by index in ``dates``: may the date date an incident (``_event_date``, no dateline), read when first asked:
        # most dates stand in clauses that tell no incident
        self.date_usable: dict[int, bool] = {}
        self.launch_cued: bool | None = None  # whether the text holds a word of a campaign's start ("بدء")
        self.taken_relative: dict[int, int | None] = {}  # a date's start -> where the relative clause it closes opens
        self.body_start: int | None = None  # where the body starts (``run``): a dateline there dates no incident
        self.heading_days: list[tuple[int, DateMention]] | None = None  # read when a clause first needs them
        self.total_dates = [s for s, e, d in self.dates if _counts_a_period(flat, s, d, self.grammar)]
        # "منذ 4 آذار", "since last Tuesday": the dates a count runs over several days
        self.since_days = [s for s, e, d in self.dates if _spans_days(flat, s, d, article.published, self.grammar)]
        # "حملة انطلقت في كانون الثاني", "an offensive that began in January": the days campaigns told began, days back
        self.begun_days = [s for s, e, d in self.dates if _begun_days_back(flat, s, d, article.published, self.grammar)]
        self._attributions: dict[tuple[int, int], list[Attribution]] = {}
        self._chosen: dict[tuple[int, int, tuple], tuple[list[Place], list[Place]]] = {}
        self.clause_perps: dict[tuple[int, int], list[str]] = {}
        self.pending_answer: tuple[int, set[str]] | None = None
        # figures told before their incident: the last such clause, its figures, their sources, earlier clauses' spans
        self.pending_figures: tuple[Clause, list, list, list[tuple[int, int]]] | None = None
        # (type, perpetrators) of the running totals and campaigns a report tells: who fires there, not an incident
        self.background_shooters: list[tuple[str, list[str]]] = []
        self.span_sentence: int | None = None  # the last sentence a clause of which counted figures over a span
        self.risen: list[Candidate] = []  # incidents whose toll a later clause says rose ("ارتفعت حصيلة …")
        self.town_toll_leads: dict[int, Candidate] = {}  # by id, a town's toll's lead naming only the region
        self.parts_told_after: dict[int, Candidate] = {}  # by id, the lead of a town's part told a sentence after it

    # -- per clause -------------------------------------------------------------------------------
    def run(self) -> list[dict]:
        candidates: list[Candidate] = []
        all_clauses = clauses(self.flat, self.reference.sentences, self.view.flat_tokens)
        self.sentences: dict[int, tuple[int, int]] = {}
        self.by_sentence: dict[int, list[Clause]] = {}
        for c in all_clauses:
            self.by_sentence.setdefault(c.sentence, []).append(c)
            first = self.sentences.get(c.sentence, (c.start, c.end))
            self.sentences[c.sentence] = (min(first[0], c.start), max(first[1], c.end))
        body = next((c for c in all_clauses if not c.headline), None)
        if body is not None:
            self.body_start = body.start
        self.headlines = [c for c in all_clauses if c.headline]  # read only if the merger asks (headline_frames)
        unnamed = any(key in self.flat for key in self.grammar.unnamed_keys)
        for clause in all_clauses:
            if clause.headline:
                continue
            cand = self._clause(clause, candidates)
            if cand is None and self.article.language == "ar":
                cand = self._launch_since(clause)
            if cand is not None:
                apart = self._take_pending(cand)
                if apart is not None:
                    candidates.append(apart)
                candidates.append(cand)
                self._blamed_after(clause, cand)  # "… killed six in X on Sunday; Islamic State claimed responsibility."
                shares = self._tolls_by_town(cand)
                part = None if shares else self._part_at_a_town(cand)
                candidates.extend(shares if part is None else [part])
            elif candidates:
                self._blamed_after(clause, candidates[-1])
                if not candidates[-1].perpetrators:  # (the call spared for most clauses)
                    self._attributed_after(clause, candidates[-1])
            # (the words are searched for only where an incident they would tell of was just told)
            told = cand or (candidates[-1] if candidates else None)
            if (
                told is not None
                and (
                    clause.sentence - told.clause.sentence <= 1 or self._told_in_sentence_before(told, clause)
                )  # (the incident told in the sentence before, or its toll: "لم نتمكن من تحديد هوية الطائرة")
                and (
                    word_search(self.grammar.unclaimed, self.flat, clause.start, clause.end, _CLITICS)  # "ولم تتبن"
                    or (unnamed and word_search(self.grammar.unnamed_responsible, self.flat, clause.start, clause.end))
                )
            ):
                told.unclaimed = True
                if word_search(self.grammar.every_incident_told, self.flat, clause.start, clause.end):
                    for earlier in candidates:  # "No group has claimed responsibility for any of the attacks."
                        earlier.unclaimed = earlier.unclaimed or not earlier.perpetrators
            if candidates and self.grammar.no_date_given.search(self.flat, clause.start, clause.end):
                candidates[-1].date = None
                candidates[-1].date_warnings = ["the report gives no date"]
        self.lead_place = lead_place(self.places, self.sentences[body.sentence][1] if body else 0)
        return _Merger(self).merge(candidates)

    def _blamed_after(self, clause: Clause, told: Candidate) -> None:
        """ "Nine people were killed in air raids on X. Activists blamed the Syrian government and its Russian ally.":
        the sides an English sentence with no incident of its own blames (a side named right after the verb, then
        the sides joined to it), in one of the two sentences after an incident told with no shooter, are that incident's
        shooters; unless the sentence blames other sides too ("… blamed Turkey, while Ankara accused the YPG"). So is
        a side claiming it ("A car bomb killed six in X. The Islamic State group claimed responsibility."), in the next
        sentence or in the incident's own sentence ("…, and Islamic State claimed responsibility.")."""
        if told.perpetrators or told.unclaimed or not 0 <= clause.sentence - told.clause.sentence <= 1:
            return
        flat, blamed = self.flat, self.reference.roles.blamed
        start, end = self.sentences[clause.sentence]
        if clause.sentence == told.clause.sentence:
            if not word_search(self.grammar.responsibility_claim, flat, clause.start, clause.end):
                return  # the incident's own sentence: only a claim of it, told in a clause after it
            start = clause.start
        blames: list[list[str]] = []
        last_end = start
        for f in self.factions[bisect_left(self.faction_starts, start) : bisect_left(self.faction_starts, end)]:
            if not f.alias.isascii() or f.faction == "unknown":
                return
            if blamed.search(flat, start, f.start) or self.grammar.claims_it.match(flat, f.end, end):
                blames.append([f.faction])
            elif blames and _JOINED_SIDE.fullmatch(flat, last_end, f.start) and f.faction not in blames[-1]:
                blames[-1].append(f.faction)
            last_end = f.end
        if blames and all(set(b) == set(blames[0]) for b in blames):
            told.perpetrators = blames[0]
            told.targets = [t for t in told.targets if t not in blames[0]]

    def _before_definite(self, clause: Clause, trigger: Trigger, told: Candidate) -> str | None:
        """The words before the clause's definite Arabic incident word (up to ``_CLAIM_REACH`` characters, within the
        clause) when it stands in a sentence after the incident just told and a word of claiming or accusing stands
        there (``_claimed``, ``accused_before``), else None."""
        if clause.sentence == told.clause.sentence or not self.flat.startswith("ال", trigger.start - 2):
            return None  # (an Arabic incident word's span leaves out its article)
        before = self.flat[max(clause.start, trigger.start - 2 - _CLAIM_REACH) : trigger.start - 2]
        return before if self.grammar.claimed_or_accused.search(before) else None

    def _claimed(self, clause: Clause, trigger: Trigger, told: Candidate, before: str) -> bool:
        """True when the clause's definite Arabic incident word is the object of a claim of responsibility ("وتبنى
        تنظيم الدولة الهجوم عبر وكالة أعماق في اليوم التالي"): the incident just told, whatever day the claim names;
        the side claiming it is its shooter (``before``: the words before the incident word)."""
        if not self.grammar.claimed_before.search(before):
            return False
        sides = bisect_left(self.faction_starts, clause.start), bisect_left(self.faction_starts, trigger.start)
        claiming = [f.faction for f in self.factions[sides[0] : sides[1]] if f.faction not in ("civilians", "unknown")]
        if claiming:  # (a side's claim outranks the sides a speaker blamed: "قال المحافظ إن الإرهابيين …")
            told.perpetrators = list(dict.fromkeys(claiming))
            told.targets = [t for t in told.targets if t not in told.perpetrators]
        return True

    def _told_in_sentence_before(self, told: Candidate, clause: Clause) -> bool:
        """True when the last words of the incident ``told`` stand in the sentence before ``clause`` (or later)."""
        before = self.sentences.get(clause.sentence - 1)
        return before is not None and told.evidence[-1][0] >= before[0]

    def _attributed_after(self, clause: Clause, told: Candidate) -> None:
        """ "قتل أربعة مدنيين في X. ونُسب الهجوم إلى الطيران الروسي", "… وهو طراز يستخدمه سلاح الجو السوري", "غير أن
        ناشطين اتهموا قوات Y.": the sides an Arabic sentence with no incident of its own names as the doer
        (``roles.doers_named``), right after an incident told with no shooter, are that incident's shooters."""
        if told.perpetrators or told.unclaimed or clause.sentence == told.clause.sentence:
            return
        if not self._told_in_sentence_before(told, clause):
            return  # the incident's last words were not told in the sentence before
        lo, hi = bisect_left(self.faction_starts, clause.start), bisect_left(self.faction_starts, clause.end)
        grammar = self.reference.roles.grammar
        if lo == hi or not grammar.doer_word.search(self.flat, clause.start, clause.end):
            return  # (most clauses: no side, or no word of attributing, accusing or using)
        start, end = self.sentences[clause.sentence]
        facts = self.factions[bisect_left(self.faction_starts, start) : bisect_left(self.faction_starts, end)]
        if any(f.alias.isascii() or f.faction in ("unknown", "civilians") for f in facts):
            return
        doers = doers_named(self.flat, facts, start, grammar)
        if doers:
            told.perpetrators = doers
            told.targets = [t for t in told.targets if t not in doers]

    def _part_at_a_town(self, cand: Candidate) -> Candidate | None:
        """ "قتل 40 مدنياً في غارات على ريف إدلب، بينهم 12 في بلدة X": a toll over a region with a part of it told
        at one of its towns is two incidents, the region's (its whole toll) and the town's (the part, a claim of its
        own); the town leaves the region's places. ``cand`` keeps the region."""
        toll = next((c for c in cand.claims if c.get("killed") is not None), None)
        if toll is None or not any((p.precision or 1) >= 3 for p in cand.places):
            return None
        start, end = self.sentences[cand.clause.sentence]
        towns = [p for p in cand.places if (p.precision or 1) < 3 and p.kind != "neighbourhood" and not p.nearby]
        if not towns:
            return None  # no town to tell a part at: the sentence's counts need not be read
        for count in self._counts(start, end):
            if count.value is None or count.value >= toll["killed"]:
                continue
            if count.group is not None and self.flat[count.start : count.end].isascii():
                continue  # "killing nine civilians including five children in X": who the dead were, not X's part
            before = self.grammar.subset_before.search(self.flat, max(start, count.start - 12), count.start)
            after = self.grammar.subset_after.match(self.flat, count.end)
            if not before and not after:
                continue
            tail = after.end() if after else count.end
            town = next((p for p in towns if p.start >= tail and self._counted_at(tail, p.start)), None)
            if town is None:
                continue
            cand.places = [p for p in cand.places if p is not town]
            # "قضى 12 منهم في X": the part read as the region's subset figure too is the town's alone
            cand.claims = [c for c in cand.claims if not (c.get("subset") and c.get("killed") == count.value)]
            part = _town_claim(toll, count.value, subset=True)
            return replace(
                cand, places=[town], claims=[part], evidence=[(count.start, town.end)], towns=[], elsewhere=True
            )
        return None

    def _counted_at(self, tail: int, town_at: int) -> bool:
        """True when the words from a count's end ``tail`` to a town at ``town_at`` tell the count at that town
        ("بينهم 21 مدنياً في [بلدة] X", "including 11 in the village of X")."""
        return bool(
            _SUBSET_AT.fullmatch(self.flat, tail, town_at)
            or self.grammar.town_share.fullmatch(self.flat, tail, town_at)
        )

    def _tolls_by_town(self, cand: Candidate) -> list[Candidate]:
        """ "Strikes killed 12 civilians: five in A, four in B and three in C", "قتل 12 مدنياً، بينهم 5 في A و4 في B",
        "killed two in A and three in B": a toll told town by town, in one list, is one incident per town, each with
        its share (issue 11: a round-up of several towns is one incident per town); so is a toll told quarter by
        quarter of a city ("قتل 12 في حي A وسبعة في حي B": a besieged city's quarters are coded apart). ``cand``
        becomes the first town's when the shares make up the whole toll, else it keeps the rest at the places left;
        the other towns' incidents are returned."""
        toll = next((c for c in cand.claims if c.get("killed") is not None), None)
        # (a lead at a region lists its towns in the clauses after it: "…في الغوطة، إذ قتل 13 في A، وتسعة في B")
        if toll is None or not (len(cand.places) >= 2 or cand.places and (cand.places[0].precision or 1) >= 3):
            return []
        end = self.sentences[cand.clause.sentence][1]
        towns = [
            p
            for p in self.places[
                bisect_left(self.place_starts, cand.clause.start) : bisect_left(self.place_starts, end)
            ]
            if (p.precision or 1) < 3 and not p.nearby
        ]
        if len(towns) < 2:
            return []
        counts = self._counts(cand.clause.start, end)
        shares = self._list_of_shares(counts, towns)
        total = sum(c.value for c, _ in shares)
        listed = shares and shares[0][0].value == toll["killed"]  # "killed two in A and three in B": no total told
        if (
            len(shares) < 2
            or len({(t.name or t.text) for _, t in shares}) < len(shares)
            or not (listed or total <= toll["killed"])
        ):
            return []
        whole = listed or total == toll["killed"]
        subset = {} if whole else {"subset": True}  # a part of a toll that stays told at the region
        parts = [
            replace(
                cand,
                places=[town],
                claims=[_town_claim(toll, count.value, **subset)],
                evidence=[_share_span(count, town)],
                towns=[],
                elsewhere=True,
            )
            for count, town in shares
        ]
        if whole:  # the toll is all the towns': no incident is left at the region
            first = parts.pop(0)
            counted = {c.value for c, _ in shares} | ({total} if listed else {toll["killed"]})  # each town's own
            others = [c for c in cand.claims if c is not toll and c.get("killed") not in counted]
            cand.places, cand.claims, cand.towns = first.places, first.claims + others, []
            cand.evidence = cand.evidence + first.evidence
        else:
            shared = {(t.start, t.end) for _, t in shares}
            cand.places = [p for p in cand.places if (p.start, p.end) not in shared] or cand.places
            cand.towns = [p for p in cand.towns if (p.start, p.end) not in shared]
        return parts

    def _list_of_shares(self, counts: list[Count], towns: list[Place]) -> list[tuple[Count, Place]]:
        """The (count, town) shares of a toll's list, told count first or, when that finds no list of two, town
        first ("…، فيما قتل 5 في A" after "حي B حيث قتل 11، وحي C حيث قتل 7" is a share but no list of its own); the
        one share told count first when neither finds a list ("Fourteen died in Douma alone")."""
        shares = self._shares(counts, towns, town_first=False)
        if len(shares) >= 2:
            return shares
        told_town_first = self._shares(counts, towns, town_first=True)
        return told_town_first if len(told_town_first) >= 2 or not shares else shares

    def _shares(self, counts: list[Count], towns: list[Place], town_first: bool) -> list[tuple[Count, Place]]:
        """(count, town) of a toll's list, told count first ("five in A, four in B", "بينهم 5 في A و4 في B") or town
        first ("على بلدة A التي قتل فيها 13 شخصاً، وعلى بلدة B حيث قتل 7 آخرون": a relative word, a verb of dying, the
        count); one list only."""
        link, between = (
            (self.grammar.town_share_before, _NEXT_TOWN) if town_first else (self.grammar.town_share, _COORDINATED)
        )
        shares: list[tuple[Count, Place]] = []
        for count in counts:
            if town_first:
                near = (p for p in reversed(towns) if p.end < count.start and count.start - p.end <= _SHARE_REACH)
            else:
                near = (p for p in towns if p.start > count.end and p.start - count.end <= _SHARE_REACH)
            town = next(near, None)
            if count.value is None or town is None:
                continue
            first, second = (town, count) if town_first else (count, town)
            if not link.fullmatch(self.flat, first.end, second.start):
                count = self._dead_after_town(town, count) if town_first else None
                if count is None:
                    continue
            if shares:
                last_end = shares[-1][0].end if town_first else shares[-1][1].end
                if not between.fullmatch(self.flat, last_end, first.start):
                    if len(shares) >= 2:
                        break  # one list of towns only
                    shares = []
            shares.append((count, town))
        return shares

    def _dead_after_town(self, town: Place, count: Count) -> Count | None:
        """ "حي الفردوس 14 قتيلاً، وحي بستان القصر 10 قتلى": a town's dead counted right after its name (a colon at
        most between), the noun of the dead closing the count: the count through that noun, else None."""
        if count.start - town.end > 3 or self.flat[town.end : count.start].strip(" :"):
            return None
        dead = self.grammar.town_share_dead.search(self.flat, count.start, min(len(self.flat), count.end + 12))
        if dead is None or dead.start() > count.end:
            return None
        return replace(count, end=max(count.end, dead.end()))

    def headline_frames(self) -> list[Candidate]:
        """The incidents the headlines tell ("غارات النظام تقتل أطفالاً"), read only to lend their shooters and a
        toll the body leaves out (the body tells the incidents themselves), after the body but as before it (``_read_apart``: a headline's sentence
        is never the body's, so neither reading sees the other's pending figures or spans); the campaigns they
        name are listed before the body's. Most reports never ask: only an incident still without a shooter takes
        one from a headline or a campaign."""
        with self._read_apart():
            frames = [f for c in self.headlines if (f := self._clause(c, [])) is not None]
            campaigns = self.background_shooters
        self.background_shooters = campaigns + self.background_shooters
        return frames

    @contextmanager
    def _read_apart(self) -> Iterator[None]:
        """Clauses read inside the block start from the values of ``_ReadingState`` and leave the reader as they
        found it: the block works on copies of the reader's lists, sets and dicts (a clause fills some in place)
        and every attribute is put back on leaving, so no state passes on, not even of a kind ``_ReadingState``
        leaves out."""
        saved = dict(vars(self))
        vars(self).update({name: copy(value) for name, value in saved.items() if isinstance(value, (list, set, dict))})
        vars(self).update(vars(_ReadingState()))
        try:
            yield
        finally:
            vars(self).clear()
            vars(self).update(saved)

    def _clause(self, clause: Clause, previous: list[Candidate]) -> Candidate | None:
        """The candidate incident of a clause, or None (its figures may still go to the incident before)."""
        flat = self.flat
        start, end = clause.start, clause.end
        in_clause = self.triggers[bisect_left(self.trigger_starts, start) : bisect_left(self.trigger_starts, end)]
        casualty = self.casualty_pieces.overlaps(start, end) and has_casualty_word(
            flat, start, end, self.reference.claims
        )
        if not in_clause and not casualty:
            # most clauses: nothing happens in them
            return self._gapped_toll(clause, previous) or self._gapped_act(clause, previous)
        if self._side_heading(clause):
            return None  # "### مجازر قوات النظام": the heading of the incidents listed under it, none of its own
        sources = self._sources_of(clause)
        # words inside a source's name ("… for Documenting Violations") say nothing of the clause; a word running
        # on past the name's end ("a rights group estimates the conflict has claimed …") is the clause's own
        triggers = [t for t in in_clause if not any(a.start <= t.start and t.end <= a.end for a in sources)]
        if any(t.role == "downing" for t in triggers):  # "rebels shot down a helicopter": the craft downed tells it
            triggers = [replace(t, role="incident") if t.role == "craft" else t for t in triggers]
        # an attack feared, announced or halted ("الاتفاق على تعليق العملية العسكرية") is no incident word of the clause
        triggers = [
            t
            for t in triggers
            if t.role not in ("incident", "generic", "plural") or not _anticipated(flat, t, self.reference.events)
        ]
        incident = [t for t in triggers if t.role in ("incident", "generic", "plural")]
        incident = [
            t for t in incident if not _supporting_fire(flat, start, t, self.reference.event_types, self.grammar)
        ]
        before = self._before_definite(clause, incident[0], previous[-1]) if incident and previous else None
        if before is not None and self._claimed(clause, incident[0], previous[-1], before):
            return None  # "وتبنى التنظيم الهجوم في اليوم التالي": the incident told, claimed on a day of its own
        if before is not None and self.grammar.accused_before.search(before):
            return None  # "وقالت الهيئة إنها اعتقلت خلية متهمة بالتفجير": the incident told, its suspects arrested
        if incident and any(t.role == "displacement" for t in triggers):
            incident = [t for t in incident if not _fled_from(flat, t, triggers, self.grammar)]
        accompanied = self.grammar.accompanied.match(flat, start)
        if accompanied:  # "وترافق الهجوم مع غارات …": the incident is what comes after "مع"
            incident = [t for t in incident if t.start >= accompanied.end()] or incident
        facts = self.factions[bisect_left(self.faction_starts, start) : bisect_left(self.faction_starts, end)]
        anchored: list[tuple[int, int]] = []  # "hours after the bombing in X": the earlier incident's words
        same_sentence = bool(previous) and previous[-1].clause.sentence == clause.sentence
        if incident and (same_sentence or len(incident) > 1):
            told, anchored = _told_from_anchor(flat, clause, incident, facts, self.grammar)
            # "قصفت الطائرات X بعد ساعات من تفجير Y": the bombing its time is told from is no incident of the clause,
            # whose figures are the strikes'
            if not told and not same_sentence:
                anchored = []  # "three died hours after the strike on X": the strike is the clause's own
            incident = told or ([] if same_sentence else incident)
            if not incident and not casualty:
                return None
        # "the alliance battling the Kurds carried out raids": an English -ing word right after a side describes it
        incident = [t for t in incident if not _describes_side(flat, t, facts)] or incident
        speaker = next((a for a in sources if speaker_is_subject(flat, a, end, self.reference.claims)), None)
        # a party that only tells the incident ("…, the Russian military said") takes no role in it
        told_after = incident[0].end if incident else end
        excluded = [
            (a.start, a.end)
            for a in sources
            if a is not speaker
            and (
                a.kind != "party"
                or (a.start > told_after and a.text.isascii())
                or self.grammar.party_person.match(a.text)
                # "the YPG said Turkish jets struck …": the side named after the speaker fired, not the speaker
                or (
                    a.text.isascii()
                    and any(
                        f.start < told_after
                        and f.faction != "civilians"
                        and self.grammar.said_then.fullmatch(flat, a.end, f.start)
                        for f in facts
                    )
                )
            )
        ]
        excluded += [(f.start, f.end) for f in facts if self._speakers_group(f, told_after)]
        excluded += anchored
        if flat.find(", which", start, end) >= 0:  # "killed 9 in Manbij, which the SDF captured from IS": no party
            excluded += [m.span() for m in self.grammar.place_taken_clause.finditer(flat, start, end)]
        figs = figures(flat, start, end, self._counts(start, end), facts, self.reference.claims) if casualty else []
        if figs and self.grammar.sight_word.search(flat, start, end):
            # "وشاهد المراسل عناصر ينقلون طفلاً بدا جثة هامدة": a body a witness saw, no toll
            figs = [fig for fig in figs if not _seen_one(flat, start, fig, self.grammar)]
        kill = active_kill(flat, figs, facts, excluded, self.reference.roles.grammar) if figs and not incident else None
        if kill is not None:  # "Government forces killed five rebels": the verb of killing tells the attack
            incident = [kill]
            triggers = sorted([*triggers, kill], key=attrgetter("start"))
        aggregates = [t for t in triggers if t.role == "aggregate"]
        if (
            aggregates
            and not self._one_days_incident(clause, incident)
            and not self._toll_told_after(clause, aggregates, figs, previous)
        ):
            return None  # "بلغ عدد الخروقات 30": a count over incidents, none of them
        if incident and not figs and self._counted_over_days(clause, incident):
            return None  # "the coalition carried out 32 strikes between Nov. 18 and Nov. 24": a tally, no incident
        if (
            incident
            and any(t.role == "displacement" and t.start < incident[0].start for t in triggers)
            and not self._one_days_incident(clause, incident)
        ):
            return None  # "نزوح آلاف العائلات من X بعد قصف عنيف": the flight told, the fire behind it is background
        if not figs and word_search(self.grammar.since_year, flat, start, end):
            return None  # "the country has been at war since 2011": the state of things, not an incident
        # "قتل 400 مدني خلال عشرة أيام من الغارات": figures counted over several days are a running total
        span = self._span_total(start, end) if figs else None
        if span is None and figs and self.begun_days:
            span = self._campaign_total(clause)
        if span is None and figs and not incident and self._parallel_to_span(clause):
            span = SpanCue(start, counted=False)  # "…عن مقتل 85 من طرف، فيما قتل 40 من الآخر": the same span's count
        if span is not None:
            self.span_sentence = clause.sentence
        if (
            self.grammar.vague_time_word.search(flat, start, end)  # (most clauses have none: no word_search)
            and word_search(self.grammar.vague_time, flat, start, end)
            and not self._usable_in(start, end)
        ):
            if figs and self._incident_after(clause):
                # "… have hit the province for days, killing 9 when helicopters struck X on Monday": X's toll
                self.pending_figures = self._pending(clause, figs, self._credit(figs, sources, clause))
            if incident:  # "شنت روسيا غارات في الأيام الماضية": no incident, but it names who fires
                shooters, _ = assign_roles(flat, clause, facts, triggers, excluded, speaker, set(), self.reference)
                self.background_shooters.append((incident_type(incident, self.reference.event_types), shooters))
            return None  # "troops recently regained several villages" (vague_time): no day of its own
        toll = next((t for t in triggers if t.role == "toll"), None)
        # "ارتفعت حصيلة قتلى الغارات على X إلى 14" opening a report with nothing told before or next: the lead's incident
        told_first = (
            not previous
            and bool(incident)
            and bool(figs)
            and (
                not self._incident_after(clause, True)
                or self._told_elsewhere_next(clause)
                or self._only_retold_next(clause)
            )
        )
        if toll is not None and not any(t.start < toll.start for t in incident) and not told_first:
            # "ارتفع عدد ضحايا القصف إلى 9": the new toll of the incident told before ("قصفت …، وارتفع عدد …" tells both)
            # "… ارتفع منذ 4 آذار إلى 65، فيما بلغ قتلى الطرف الآخر 30": a span's total told before
            # in the sentence makes the next risen toll one too
            spanned = span is not None or self.span_sentence == clause.sentence
            running = (
                word_search(self.grammar.since, flat, start, end)
                or any(t.role == "period" for t in triggers)
                or spanned
                or _risen_past_the_incident(figs, clause, previous)
            )
            if not running:
                risen = self._continue(clause, figs, self._credit(figs, sources, clause), previous)
                if risen is not None:
                    self.risen.append(risen)
                elif incident:  # "the number killed in a government rocket attack … climbed to 12. The rockets hit
                    # tents on Monday": the shooters the toll names are those of the fire told after it
                    shooters, _ = assign_roles(flat, clause, facts, triggers, excluded, speaker, set(), self.reference)
                    self.background_shooters.append((incident_type(incident, self.reference.event_types), shooters))
            return None
        since = word_search(self.grammar.since, flat, start, end) if figs else None
        if since and self.grammar.first_since.search(flat, max(start, since.start() - 50), since.start()):
            since = None  # "the first raids on the city since the deal": a comparison, not a running total
        if since and self._since_days_ago(since):
            since = None  # "neutralised 11 in the fire since Sunday" (Tuesday's report): one spell of fire's toll
        spanned_words = any(_counts_over_a_period(flat, t, self.reference.events) for t in triggers)
        period = (
            spanned_words
            or since is not None
            or _under_way(flat, start, end, self.grammar)
            or (bool(incident) and all(_spent_days(flat, start, t, self.grammar) for t in incident))
        )
        victims = self._victims(figs, facts)
        if speaker is not None and any(
            tells_of_own_fighters(flat, fig.count.start, fig.count.end, self.reference.claims) for fig in figs
        ):  # "the YPG said 10 of its fighters were killed in Turkish strikes": the speaker's own dead
            victims |= {f.start for f in facts if speaker.start <= f.start < speaker.end}
        # the figures a span counts are its running total, even of a named town; the clause's incident (an
        # offensive under way for weeks is still the news) stays without them
        span_whole = False
        if span is not None:
            figs = _outside_span(figs, span)
            # "neutralised 82 in the previous 24 hours": a verb of killing told only through the span's count
            span_whole = not figs and (not incident or (kill is not None and incident == [kill]))
        if (
            any(fig.kind != "captured" for fig in figs)  # (people taken in a month: "خطف التنظيم 220 مدنياً في شباط")
            and self._over_a_period(start, end)
            and not self._names_a_town(start, end)
            and not self._single_incident(incident, end)
            and not word_search(self.grammar.single_site, flat, start, end)
            and not self.grammar.when_after.match(flat, end)  # "two were killed when shells hit a car": one incident
        ):
            # "أكثر من 500 قتيل مدني خلال آب الماضي": a running total, not this toll; told of a town ("قتل 80 في
            # هجوم على بلدة X في نيسان 2017") it is the toll of an earlier incident dated by its month
            period, figs = True, []
        # "troops have captured X and several hamlets since launching their offensive": a campaign's gains counted over its
        # span, even at a town (a "since" with no count of places taken, "the first raid since the truce", is no total)
        gains_only = spanned_words and bool(figs) and all(fig.kind == "captured" for fig in figs)
        # "killed 217 people since capturing the town of X": the town a campaign's words name is no incident's
        campaign_objects = (
            tuple(
                (t.start, min(end, t.end + _CAMPAIGN_OBJECT_REACH))
                for t in triggers
                if _counts_over_a_period(flat, t, self.reference.events)
            )
            if spanned_words
            else ()
        )
        if (period and not self._names_a_town(start, end, campaign_objects)) or span_whole or gains_only:
            if figs or span is not None:
                self.span_sentence = clause.sentence  # the next clause's figures may be counted alike
            if incident:  # "القصف المكثف للقوات الحكومية منذ بداية التصعيد": no incident, but it names who fires
                shooters, _ = assign_roles(flat, clause, facts, triggers, excluded, speaker, victims, self.reference)
                self.background_shooters.append((incident_type(incident, self.reference.event_types), shooters))
            return None  # "خلال الشهر الماضي قتل 150 مدنياً في ريف إدلب": a period's total, no incident
        figs = [fig for fig in figs if not self._running_since(fig.count.end)]
        credited = self._credit(figs, sources, clause)
        if figs and not incident and self._whole_country(start, end):
            return None  # "Nationwide, at least 140 people were killed on Monday": the day's toll of the whole country
        if not incident:
            other_day = self._toll_of_another_day(clause, figs, credited, previous)
            if other_day is not None:
                return other_day
            elsewhere = self._toll_elsewhere(clause, figs, credited, previous)
            if elsewhere is not None:
                return elsewhere
            at_town = self._toll_at_a_town(clause, figs, credited, previous, facts, excluded)
            if at_town is not None:
                return at_town
            self._continue(clause, figs, credited, previous)
            return None
        if anchored:  # "وعقب الاقتحام قصفت قوات النظام المخيم": the sides are the shelling's, not the raid's
            triggers = [t for t in triggers if not any(a <= t.start < b for a, b in anchored)]
        perpetrators, targets = assign_roles(flat, clause, facts, triggers, excluded, speaker, victims, self.reference)
        if (
            not perpetrators
            and incident_type(incident, self.reference.event_types) in self.reference.event_types.mutual
        ):
            attackers = self._attackers_told(clause, previous)  # "القوات المهاجمة": the sides of the fight just told
            if attackers:
                perpetrators, targets = attackers, [t for t in targets if t not in attackers]
            else:
                perpetrators, targets = _both_sides(facts, victims, perpetrators, targets, self.reference.factions)
        self.clause_perps[(start, end)] = perpetrators
        if not perpetrators and not clause.reference:
            perpetrators = (
                self._replier(clause, triggers, previous)
                or self._subject_before(clause)
                or self._pronoun_subject(clause, incident[0], previous)
            )
        if clause.reference and not perpetrators:
            self._answer_reference(clause, previous)
            return None
        places, origins = self._choose(start, end, excluded)
        placed_here = bool(places)  # (before a place is borrowed from the clause before)
        if not places and self._abroad(clause, excluded):
            # "the offensive on Mosul in neighbouring Iraq": an incident abroad is no Syrian incident; the figures
            # waiting for it ("قتل خمسة عندما سقطت قذيفة على بلدة كلس التركية") are its own, no later incident's
            self.pending_figures = None
            return None
        towns = round_up_towns(flat, places, self.reference.report)
        # "في 19 و20 أيار تعرضت بلدتا X وY للقصف على التوالي": a pair of towns, each on its day
        listed = [] if towns else respective_towns(flat, start, end, places, self.reference.report)
        towns = towns or listed
        if (
            not perpetrators
            and incident_type(incident, self.reference.event_types) in self.reference.event_types.mutual
            and _point_names_of(places, self.reference.gazetteer)
        ):
            perpetrators, targets = _fought_at(targets, self.reference.factions)
        named_here = bool(_point_names_of(places, self.reference.gazetteer))
        # "Friday's shelling was retaliation for …": the incident told of that day, at its own place, none borrowed
        day_retold = not clause.reference and self._day_possessive(incident)
        if not named_here and not clause.reference and not day_retold:
            borrowed = self._place_before(clause, previous)
            if borrowed and not other_governorate(places, borrowed):  # "… in Damascus" keeps Damascus, not Douma
                places = borrowed
            elif not borrowed and excluded:
                places = self._speakers_town(start, end, excluded) or places
        event_type = self._aircraft_fire(clause, incident_type(incident, self.reference.event_types))
        downed = event_type in self.reference.event_types.aircraft and aircraft_attacked(
            flat, clause, facts, triggers, self.reference
        )
        if downed:
            event_type = self.reference.event_types.general  # the aircraft downed was hit: no air strike
        elif event_type in self.reference.event_types.aircraft and self._grounded_sides(clause, perpetrators, incident):
            perpetrators = []  # "Kurdish fighters said the strikes hit militants": no side of them flies
        if not perpetrators and not figs and not downed and event_type == self.reference.event_types.general:
            # "تعرضت سيارة لهجوم مباغت وقصف مدفعي": with no side named, the fire it names is the incident
            event_type = next(
                (t.event_type for t in incident if t.event_type not in (None, event_type) and t.role == "incident"),
                event_type,
            )
        # figures waiting for this clause's incident: told before it in its sentence, or as the report's first
        # sentence, the next one giving the incident's day ("ارتفعت حصيلة القصف على X إلى ستة قتلى. وكان القصف قد
        # وقع يوم الثلاثاء")
        pending = self.pending_figures is not None and (
            self.pending_figures[0].sentence == clause.sentence
            or (
                not previous
                and self.pending_figures[0].sentence == clause.sentence - 1
                and bool(self._usable_in(start, end))
            )
        )
        if (
            not perpetrators
            and not (figs or pending)
            and (not places or event_type in self.reference.event_types.needs_actor_or_toll)
            # "two hamlets were liberated on Monday from the insurgents": an English fight told by the side that lost a place
            and not (
                targets and places and event_type in self.reference.event_types.mutual and incident[0].word.isascii()
            )
            and not (downed and targets and places)  # "a Syrian jet was downed over X": the craft's side was hit there
            and not (
                any(p.pcode for p in places)  # a place the gazetteer knows, not a phrase a cue word ran into
                and not any(t.role in _WEAK_ROLES for t in triggers)
                and self._protected_site_hit(start, end)
            )
        ):
            self._place_of_last(clause, incident[0], event_type, places, previous)
            self._day_of_last(clause, incident[0], event_type, places, previous)
            return None  # ("a man and a boy died after helicopters dropped barrels": the toll told before it)
        if not perpetrators and not clause.reference:
            told = next((c for c in reversed(previous) if c.perpetrators), None)
            same = told is not None and told.event_type == event_type
            if same and clause.sentence - told.clause.sentence <= 1:
                if self.grammar.also.match(flat, start, end) or self._same_attack(start, end):
                    perpetrators = list(told.perpetrators)  # "كما طال القصف …": the same shooters
        if civilian_target(flat, start, end, figs, self.reference.roles) and "civilians" not in targets:
            targets.append("civilians")
        date, warnings, carried = self._date(clause, incident[0], previous)
        located = any(p.admin1 for p in places)  # a town or a governorate, not "northern Syria"
        if (
            date is not None
            and date.granularity == "year"
            and not carried
            and (not (perpetrators and located) or date.kind == "relative")
        ):
            # "fighting in 2012": an incident dated only to a year is background; one told with who fought and
            # where ("اقتتال بين فصيلين في إدلب عام 2017") is an incident of that year, unless the year is only
            # the report's own or the one before ("seized the road earlier this year"): no date to give it
            return None
        if date is not None and not carried and _long_range(date):
            return None  # "targeted 243 facilities between 30 September and 15 March": a period's count, no incident
        if not figs and self._old_campaign_launch(clause, date):
            return None  # "the army launched its offensive on the city in May": the campaign, not the news
        if not figs and not named_here and self._fought_since_long_ago(clause, placed_here):
            return None  # "وتخوض قسد منذ السادس من حزيران معارك لطرد التنظيم": the war going on, not the news
        claims = _attackers(self._claims(credited, _default_side(targets)), perpetrators)
        named_points = bool(_point_names_of(places, self.reference.gazetteer))
        plural_only = bool(incident) and incident[0].role == "plural" and all(t.role == "plural" for t in incident)
        if plural_only and not self._day_in_clause(clause, date):
            if figs:  # "Eight civilians were killed in the attacks": the toll of the incident told before
                self._continue(clause, figs, credited, previous)
            return None  # "attacks" with no day of their own: talk of attacks ("such attacks"), no incident
        told_with_toll = bool(figs) and named_points  # "نفت موسكو تقارير عن غارات قتلت تسعة في X"
        unplaced = not figs and not named_points
        # "On 19 September, X came under repeated shelling": a frequency word in a clause dated by its own day at a
        # named place tells that day's incident, not a habit
        told_of_its_day = (
            named_points
            and all(t.role == "generic-report" for t in triggers if t.role in _WEAK_ROLES)
            and self._day_in_clause(clause, date)
        )
        weak = (
            (any(t.role in _WEAK_ROLES for t in triggers) and not (told_with_toll or told_of_its_day))
            # "فيما تواصل قسد هجومها على آخر جيب للتنظيم": a campaign going on, at no town the clause names
            or (_ongoing(flat, triggers, incident) and not figs and not named_here)
            or (carried and unplaced and _told_as_state(flat, start, incident, facts, self.grammar))
        )
        if weak and perpetrators and any(t.role == "statement" for t in triggers):
            # "activists blamed Russian jets, which Moscow denied", "the strikes were probably carried out by Russian
            # jets, which Moscow denied": the side blamed or told as the doer stays the suspected shooter
            roles = self.reference.roles
            if any(
                f.faction in perpetrators
                and (
                    roles.blamed.search(flat, max(start, f.start - 40), f.start)
                    or agent_cue_before(flat[max(start, f.start - 30) : f.start], f, facts, roles.grammar)
                )
                for f in facts
            ):
                self.background_shooters.append((event_type, list(perpetrators)))
        responds = any(t.role == "response" for t in triggers) and not clause.reference
        answers: set[str] = set()
        if self.pending_answer and self.pending_answer[0] == clause.sentence and not clause.reference:
            responds, answers = True, self.pending_answer[1]
            self.pending_answer = None
        return Candidate(
            clause,
            event_type,
            perpetrators,
            [t for t in targets if t not in perpetrators],
            places,
            date,
            warnings,
            claims,
            [(start, end)],
            weak,
            responds,
            clause.reference,
            carried,
            generic=all(t.role == "generic" for t in incident),
            answers=answers,
            origins=origins,
            retold=not clause.reference and self._same_attack(start, end),
            day_retold=day_retold,
            denied=(carried or warnings == [PUBLICATION_ASSUMED]) and self._in_denial(clause),  # (undated only)
            towns=towns,
            elsewhere=self._another_told(incident, places, previous),
            respective=bool(listed),
        )

    def _another_told(self, incident: list[Trigger], places: list[Place], previous: list[Candidate]) -> bool:
        """True when an Arabic incident word is told as another ("قذيفة أخرى", "هجوم آخر") at a place the incident
        told last does not name ("كما سقطت قذيفة أخرى على حي Y"): a second incident, not the last one told again."""
        if not previous or not places or not incident or incident[0].word.isascii():
            return False
        flat, words, after = self.flat, self.grammar.another_words, self.grammar.another_after
        if not any(flat.startswith(words, t.end + 1) and after.match(flat, t.end) for t in incident):
            return False  # (the words looked up right after the blank first, the pattern then checks the word ends)
        told = {p.name or p.text for p in previous[-1].places}
        return any((p.name or p.text) not in told for p in places)

    def _aircraft_fire(self, clause: Clause, event_type: str) -> str:
        """``event_type``, or an air strike when aircraft are the subject of the clause's verb of fire: "قصفت
        الطائرات الحربية قرية X" is no shelling, "أغارت المقاتلات على X" no ground raid."""
        types = self.reference.event_types
        if (
            not types.aircraft
            or event_type in types.aircraft
            or self.grammar.aircraft_word.search(self.flat, clause.start, clause.end) is None
            or word_search(self.grammar.aircraft_fire, self.flat, clause.start, clause.end) is None
        ):
            return event_type
        return min(types.aircraft)

    def _in_denial(self, clause: Clause) -> bool:
        """True for a clause of a sentence denying an English wire's incident ("Russia's ministry denied targeting
        civilians and said its warplanes had only hit militants"): the accused side's account of it, no new one."""
        start, end = self.sentences[clause.sentence]
        return word_search(self.grammar.denial, self.flat, start, end) is not None

    def _day_possessive(self, incident: list[Trigger]) -> bool:
        """True when a day in the possessive stands right before an English incident word ("Friday's shelling",
        "Tuesday's attack"): the incident told of that day, named again."""
        for t in incident:
            if not t.word.isascii():
                continue
            k = bisect_right(self.date_starts, t.start) - 1
            if k >= 0 and 0 <= t.start - self.dates[k][1] <= 1 and self.flat.endswith(_POSSESSIVE, 0, self.dates[k][1]):
                return True
        return False

    def _attackers_told(self, clause: Clause, previous: list[Candidate]) -> list[str]:
        """The sides of the incident told last in this sentence or the one before when the clause names its side only
        as "the attacking forces" ("بعد أن سيطرت القوات المهاجمة على قريتين، وأحصى المرصد مقتل 9 من الفصائل و7 من
        المقاتلين الأكراد"): they attacked, not the sides counted among the dead."""
        if word_search(self.grammar.attacker_anaphor, self.flat, clause.start, clause.end) is None:
            return []
        told = next((c for c in reversed(previous) if c.perpetrators), None)
        if told is None or clause.sentence - told.clause.sentence > 1:
            return []
        return list(told.perpetrators)

    def _same_attack(self, start: int, end: int) -> bool:
        """True when flat[start:end] names the attack just told ("بالقصف", "the same attack"); its nouns are looked for
        first (``same_attack_word``): most clauses have none."""
        grammar = self.grammar
        return bool(
            grammar.same_attack_word.search(self.flat, start, end)
            and grammar.same_shooters.search(self.flat, start, end)
        )

    def _speakers_group(self, f: FactionMention, told_after: int) -> bool:
        """True for the group of the one who tells the incident ("قال مسؤول في X إن الطائرات قصفت …"): named after a
        verb of saying and a preposition, with "إن"/"أن" after it before the incident, it takes no role."""
        before = self.flat[max(0, f.start - 80) : f.start]
        before = before if before.endswith(f.clitic) else before + f.clitic
        if not (self.grammar.saying_word.search(before) and self.grammar.affiliation_before.search(before)):
            return False
        told = word_search(self.grammar.complementizer, self.flat, f.end, max(f.end, told_after))
        return told is not None and not tells_of_own_fighters(
            self.flat, told.end(), told_after + 40, self.reference.claims
        )

    def _grounded_sides(self, clause: Clause, perpetrators: list[str], incident: list[Trigger]) -> bool:
        """True when an air strike's sides are all of blocs with no air force (``air_forces.csv``), no drone is named
        in the clause (``event_words.csv``: drone_word; rebels fly drones) and no pronoun tells the side did it
        ("rebels said they dropped barrels from a captured helicopter"): a speaker or a side hit taken for the
        shooter."""
        if not perpetrators or "unknown" in perpetrators:
            return False
        flat = self.flat
        if any(self.grammar.pronoun_before.search(flat, max(clause.start, t.start - 40), t.start) for t in incident):
            return False
        if flies(perpetrators, self.reference):
            return False
        return word_search(self.grammar.drone_word, flat, clause.start, clause.end) is None

    def _launch_day(self, end: int) -> bool:
        """True for the day a "since" ending at ``end`` names, in an Arabic report, when a campaign's noun follows it
        ("وتشن قوات النظام منذ 18 شباط حملة على الغوطة"): the campaign's launch, an incident as Arabic news annotators
        count it (``launch_noun``; English wires' annotators do not)."""
        return self.article.language == "ar" and bool(self.grammar.launch_after.match(self.flat, end))

    def _launch_since(self, clause: Clause) -> Candidate | None:
        """ "ومنذ انطلاق الحملة الروسية في 30 أيلول، قتل مئات المدنيين": a campaign's launch told with its day after
        "منذ بدء" in a clause that tells no incident of its own (its figures a running total): the launch, an incident
        as Arabic news annotators count it, by the sides its words name, at the clause's places (not after a
        superlative: "الأعنف منذ بدء الحملة في نيسان" compares)."""
        flat, grammar = self.flat, self.grammar
        if self.launch_cued is None:  # (most reports hold no word of starting: their clauses are not read for one)
            self.launch_cued = any(w in flat for w in grammar.launch_starts)
        if not self.launch_cued:
            return None
        lo, hi = bisect_left(self.date_starts, clause.start), bisect_left(self.date_starts, clause.end)
        if lo == hi or not any(flat.find(w, clause.start, clause.end) >= 0 for w in grammar.launch_starts):
            return None  # (most clauses: no date, or no word of starting; the pattern is not searched)
        found = grammar.launch_since.search(flat, clause.start, clause.end)
        if found is None or grammar.first_since.search(flat, max(clause.start, found.start() - 50), found.start()):
            return None
        k = bisect_left(self.date_starts, found.end())
        if (
            k == hi
            or self.date_starts[k] != found.end()
            or self.dates[k][2].granularity != "day"
            or not self._usable(k)
        ):
            return None
        day = self.dates[k]
        lo, hi = bisect_left(self.faction_starts, found.start()), bisect_left(self.faction_starts, day[0])
        sides = [f.faction for f in self.factions[lo:hi] if f.faction not in ("civilians", "unknown")]
        adjectives = self.reference.factions.adjective_pattern[1]  # "الحملة الروسية": the side its adjective names
        sides += [adjectives[w] for w in flat[found.start() : found.end()].split() if w in adjectives]
        places, _ = self._choose(clause.start, clause.end, [])
        general = self.reference.event_types.general
        evidence = [(found.start(), day[1])]
        return Candidate(
            clause, general, list(dict.fromkeys(sides)), [], places, day[2], [], [], evidence, False, False, False
        )

    def _old_campaign_launch(self, clause: Clause, date: DateMention | None) -> bool:
        """True for the launch of a campaign (``event_words.csv``: campaign_verb, campaign_noun) dated more than
        ``_NEWS_WINDOW`` days before the report was published."""
        published = self.article.published
        if date is None or date.last is None or published is None:
            return False
        day = _day(published)
        if (day - date.last).days <= _NEWS_WINDOW:
            return False
        return word_search(self.grammar.campaign_launch, self.flat, clause.start, clause.end) is not None

    def _agreements_day(self, start: int) -> bool:
        """True when the date at ``start`` closes a relative clause (at most seven words) after an agreement's word
        (``agreement_before``), the agreement's date, not an incident's."""
        flat, grammar = self.flat, self.grammar
        lo = max(0, start - _AGREEMENT_REACH)
        relative = max(flat.rfind(w, lo, start) for w in grammar.agreement_relatives)
        return (
            relative >= 0
            and grammar.agreement_relative_clause.fullmatch(flat, relative, start) is not None
            and grammar.agreement_before.search(flat, max(0, relative - _AGREEMENT_REACH // 2), relative) is not None
        )

    def _fought_since_long_ago(self, clause: Clause, placed: bool) -> bool:
        """True when the clause's only day is one "since" which the fighting goes on, more than ``_NEWS_WINDOW`` days
        before the report was published ("يخوض الجيش منذ مطلع الشهر الماضي معارك في ريف المدينة"); not for an Arabic
        campaign named right after that day where it is fought (``placed``): its launch ("تشن قوات النظام منذ 18 شباط
        حملة على الغوطة", ``_event_date``)."""
        published = self.article.published
        lo, hi = bisect_left(self.date_starts, clause.start), bisect_left(self.date_starts, clause.end)
        if published is None or lo == hi or not word_search(self.grammar.since, self.flat, clause.start, clause.end):
            return False
        flat, since_before = self.flat, self.grammar.since_before
        since = [
            d for s, _, d in self.dates[lo:hi] if d.first is not None and since_before.search(flat, max(0, s - 8), s)
        ]
        if placed and any(self._launch_day(e) for _, e, d in self.dates[lo:hi] if d in since):
            return False
        if not since or any(
            d.granularity in ("day", "night") and d not in since
            for _, _, d in self._usable_in(clause.start, clause.end)
        ):
            return False
        return all((_day(published) - d.first).days > _NEWS_WINDOW for d in since)

    def _protected_site_hit(self, start: int, end: int) -> bool:
        """The clause tells a hospital, a school, a market … hit ("the surgical hospital in X was struck"): an incident
        a monitor of attacks on health care or schools lists with no attacker nor toll (the catalogue's protected
        words, ``catalogue_cues.csv``, but people: civilians named hit are no site)."""
        text = self.flat[start:end]
        people = self.reference.numbers.people
        cues = find_cues(text, (), self.reference.catalogue)
        return any(c.cls == "protected" and normalize_term(text[c.start : c.end]).lower() not in people for c in cues)

    def _place_of_last(
        self, clause: Clause, trigger: Trigger, event_type: str, places: list[Place], previous: list[Candidate]
    ) -> None:
        """ "قتل 19 في اشتباكات على أطراف الغوطة. وتدور المواجهات في منطقة المرج": a fight told again in the next
        sentence with no side named and no day of its own gives its settlement to the fight just told, which
        named none."""
        last = previous[-1] if previous else None
        if last is None or last.reference or clause.sentence - last.clause.sentence > 1:
            return
        points = [p for p in places if (p.precision or 1) < 3]
        if (
            event_type not in (last.event_type, self.reference.event_types.general)
            or not points
            or _point_names_of(last.places, self.reference.gazetteer)
        ):
            return  # "وقع الهجوم قرب X": the general word retells any kind
        date, _, carried = self._date(clause, trigger, previous)
        if carried or (date is not None and last.date is not None and date.first == last.date.first):
            last.places = points + last.places

    def _day_of_last(
        self, clause: Clause, trigger: Trigger, event_type: str, places: list[Place], previous: list[Candidate]
    ) -> None:
        """ "Gunmen abducted a doctor in X. He was abducted on Saturday, it said.": the same act told again in the next
        sentence, with no side and no town of its own but a day of its own, dates the act just told, whose day was
        only carried over from the sentences before, or only its month given ("A strike last month killed 14. The March
        22 strike hit a school"). An act told only of its province or region also takes the settlement the retelling
        names ("Gunmen shot dead 20 villagers in Idlib province, the monitor said on Thursday. The shooting took place
        on Wednesday in the village of X")."""
        last = previous[-1] if previous else None
        if last is None or last.reference or clause.sentence - last.clause.sentence > 1:
            return
        period = last.date is not None and last.date.granularity in _PERIODS and not last.carried
        if not (last.carried or period):
            return
        if not _retold_type(self.reference.event_types, last.event_type, event_type, undated=last.date is None):
            return
        gaz = self.reference.gazetteer
        if not (last.places or last.claims):
            return  # "after years of bombardment": no incident told with a place or a toll to date
        told_at = _point_names(last, gaz)
        points = [] if told_at else [p for p in places if (p.precision or 1) < 3 and not p.nearby]
        if not points and not _point_names_of(places, gaz) <= told_at:
            return  # "The strike on X took place on Wednesday": a town of its own is another incident
        date, warnings, carried = self._date(clause, trigger, previous)
        if date is None or carried or date.granularity not in ("day", "night"):
            return
        if period and not (last.date.first <= date.first and (date.last or date.first) <= last.date.last):
            return  # a day outside the month told is another incident's
        after = self.flat[self.view.to_norm(date.end) : clause.end]
        if _POSSESSIVE_S.search(date.text) or _POSSESSIVE_S.match(after):
            return  # "Sunday's raid was the third this week": the day names an act told before with its day
        last.date, last.date_warnings, last.carried = date, list(warnings), False
        last.places = points + last.places
        last.evidence.append((clause.start, clause.end))  # (its munition may tell the shooter: ``_munition_users``)

    def _side_heading(self, clause: Clause) -> bool:
        """True for a clause on a short line of its own naming only sides and the words of a side's section heading
        (``catalogue.line_sides``)."""
        flat = self.flat
        before = flat[max(0, clause.start - _LINE_MARKS_MAX) : clause.start].rstrip(_LINE_MARKS)
        if before and before[-1] != "\n":
            return False  # (most clauses: inside a line)
        lo = max(0, clause.start - _SIDE_HEADING_LINE)
        line_start = flat.rfind("\n", lo, clause.start) + 1
        line_end = flat.find("\n", clause.end, clause.end + _SIDE_HEADING_LINE)
        if (line_start == 0 and lo > 0) or (line_end < 0 and clause.end + _SIDE_HEADING_LINE < len(flat)):
            return False  # (most clauses: inside a paragraph)
        line_end = len(flat) if line_end < 0 else line_end
        facts = self.factions[bisect_left(self.faction_starts, line_start) : bisect_left(self.faction_starts, line_end)]
        return (
            bool(facts)
            and line_sides(flat, line_start, line_end, facts, self.reference.catalogue.side_heading_rest) is not None
        )

    def _toll_told_after(
        self, clause: Clause, aggregates: list[Trigger], figs: list, previous: list[Candidate]
    ) -> bool:
        """True when a clause counting with an aggregate word counts the dead or hurt of the incident just told in its
        sentence or the one before, with no day of its own ("…، ما أسفر عن مقتل ستة، فيما بلغ عدد الجرحى 25"): that
        incident's toll."""
        return (
            bool(figs)
            and bool(previous)
            and 0 <= clause.sentence - previous[-1].clause.sentence <= 1
            and all(any(f.start - t.end <= _TOLL_NOUN_GAP and f.start >= t.end for f in figs) for t in aggregates)
            and not self._usable_in(clause.start, clause.end)
        )

    def _one_days_incident(self, clause: Clause, incident: list[Trigger]) -> bool:
        """True when a clause counting a toll with an aggregate word names one incident, its town and its day ("بلغ
        عدد القتلى جراء القصف على بلدة X اليوم عشرة"): that incident's toll, not a count over several."""
        return (
            bool(incident)
            and any(d.granularity == "day" and not d.since for _, _, d in self._usable_in(clause.start, clause.end))
            and self._names_a_town(clause.start, clause.end)
        )

    def _counted_over_days(self, clause: Clause, incident: list[Trigger]) -> bool:
        """True when a clause with no toll counts its strikes over three days or more ("carried out 32 strikes last
        week"): a tally of incidents a side reports, none of them. A number of a date ("fighting through 2017
        and early 2018 clashes") counts nothing; the clause's dates are looked at last (most clauses have no number
        before their incident words)."""
        for t in incident:
            before = max(clause.start, t.start - 24)
            if not any(word[:1].isdigit() for word in self.flat[before : t.start].split()[-2:]):
                continue  # (the look that spares most clauses the regex)
            counted = _COUNTED_INCIDENTS.search(self.flat, before, t.start)
            if counted is None:
                continue
            k = bisect_right(self.date_starts, counted.start()) - 1
            if k >= 0 and self.dates[k][1] > counted.start():
                continue  # the number is a date's
            # (a night across two days, "since midnight", is one spell of raids: a monitor's count of them is news)
            return any(
                d.first is not None and d.last is not None and (d.last - d.first).days >= 2
                for _, _, d in self._usable_in(clause.start, clause.end)
            )
        return False

    def _running_since(self, count_end: int) -> bool:
        """True when a count is told "since" a day more than a day or two back ("killed 300 people since April"): a
        running total, not the incident's toll."""
        since = self.grammar.since_after.match(self.flat, count_end)
        return since is not None and not self._since_days_ago(since)

    def _since_days_ago(self, since: re.Match) -> bool:
        """True when the "since" of ``since`` names a day at most ``_SINCE_DAYS`` days before publication ("since
        Sunday" in Tuesday's report): what it counts is the toll of those days' fire, no running total."""
        k = bisect_left(self.date_starts, since.start())
        told = [(s, d) for s, _, d in self.dates[k : k + 2] if s <= since.end()]
        return bool(told) and all(
            d.first is not None and s not in self.since_days and s not in self.total_dates for s, d in told
        )

    def _whole_country(self, start: int, end: int) -> bool:
        """True when flat[start:end] tells of the whole country ("nationwide", "across Syria"; searched only where a
        first word of them stands)."""
        flat = self.flat
        return any(flat.find(w, start, end) >= 0 for w in self.grammar.whole_country_heads) and (
            word_search(self.grammar.whole_country, flat, start, end) is not None
        )

    def _names_a_town(self, start: int, end: int, excluded: tuple[tuple[int, int], ...] = ()) -> bool:
        """True when the clause names a place of its own (``_local_places``) outside ``excluded``: asked only of a
        clause whose figures or words count over a period, so most clauses never choose their places here."""
        places = self._choose(start, end, list(excluded))[0]
        return bool(_local_places(self.flat, places, self.reference.gazetteer, self.grammar))

    def _victims(self, figs: list, facts: list) -> set[int]:
        """Where the sides counted by the figures are named, and the sides joined to them by "و" ("تسعة عناصر
        من قوات النظام، ومقاتلو فصائل موالية", "soldiers and allied fighters") or glossing them in brackets ("مقاتلي
        قسد (قوات سوريا الديمقراطية)"): the dead, not the attackers."""
        victims = {fig.side_start for fig in figs if fig.side_start is not None}
        for before, after in zip(facts, facts[1:], strict=False):
            if before.start in victims and (
                _JOINED_SIDE.fullmatch(self.flat, before.end, after.start)
                or (before.faction == after.faction and _GLOSS_GAP.fullmatch(self.flat, before.end, after.start))
            ):
                victims.add(after.start)
        return victims

    def _over_a_period(self, start: int, end: int) -> bool:
        """True when the clause is dated by a whole week, month or year, or "since" a day, and by no day."""
        if not any(start <= s < end for s in self.total_dates):
            return False
        return not any(
            d.granularity in ("day", "night") and s not in self.total_dates for s, _, d in self._usable_in(start, end)
        )

    def _single_incident(self, incident: list[Trigger], end: int) -> bool:
        """True when an incident word is told as one incident ("a car bomb", "an air strike", "هجوماً … قُتل فيه"), not
        a span's fire (``end``: the clause's)."""
        return any(self.grammar.single_before.search(self.flat, max(0, t.start - 40), t.start) for t in incident) or (
            bool(incident) and word_search(self.grammar.single_resumptive, self.flat, incident[0].end, end) is not None
        )

    def _span_total(self, start: int, end: int) -> SpanCue | None:
        """The words by which a clause counts figures over several days (a campaign's running total, not an
        incident's toll: "خلال سبعة أيام", "in ten days of", a campaign lasting weeks, "since" a day days back), or
        None: a toll of one incident ("ارتفعت حصيلة قتلى الغارة إلى 14") has none."""
        counted = next((m for p in self.grammar.counted_over if (m := word_search(p, self.flat, start, end))), None)
        if counted and not self.grammar.first_since.search(
            self.flat, max(start, counted.start() - 30), counted.start()
        ):
            # (not after a superlative: "for the first time in six months" compares, it counts nothing over them)
            return SpanCue(counted.start(), counted=True)
        lasting = _lasting_days(self.flat, start, end, self.grammar)
        if lasting is not None:
            return SpanCue(lasting, counted=False)
        since = next((s for s in self.since_days if start <= s < end), None)
        return SpanCue(since, counted=False) if since is not None else None

    def _campaign_total(self, clause: Clause) -> SpanCue | None:
        """Where a clause counts the running total of a campaign told as begun days back (not an incident's toll):
        after "بدأ في <date>", "began in <date>" in the clause, or the whole clause when it points back by a definite
        noun ("أن الهجوم أودى بحياة", "the toll from the offensive") to such a campaign told in an earlier clause of
        its sentence or in the sentence before, with no day of its own."""
        begun = next((s for s in self.begun_days if clause.start <= s < clause.end), None)
        if begun is not None:
            return SpanCue(begun, counted=False)
        told_from = self.sentences.get(clause.sentence - 1, self.sentences[clause.sentence])[0]
        if not any(told_from <= s < clause.start for s in self.begun_days):
            return None
        if any(d.granularity in ("day", "night") for _, _, d in self._usable_in(clause.start, clause.end)):
            return None  # "the offensive killed 12 on Sunday": a day's toll
        if word_search(self.grammar.campaign_anaphor, self.flat, clause.start, clause.end) is None:
            return None
        return SpanCue(clause.start, counted=False)

    def _parallel_to_span(self, clause: Clause) -> bool:
        """True for a clause with no day of its own after a clause of its sentence that counted over a span."""
        if self.span_sentence != clause.sentence:
            return False
        return not self._usable_in(clause.start, clause.end)

    def _sources_of(self, clause: Clause) -> list[Attribution]:
        """The attributions of a clause (computed once per clause); a source's name ends at an incident word."""
        key = (clause.start, clause.end)
        if key not in self._attributions:
            lo = bisect_left(self.trigger_starts, clause.start)
            hi = bisect_left(self.trigger_starts, clause.end)
            stops = tuple(t.start for t in self.triggers[lo:hi] if t.role in ("incident", "generic"))
            # (a source's name lies inside the clause: only the clause's factions can stand in it)
            facts = self.factions[
                bisect_left(self.faction_starts, clause.start) : bisect_left(self.faction_starts, clause.end)
            ]
            self._attributions[key] = attributions(
                self.flat, clause.start, clause.end, facts, stops, self.reference.claims
            )
        return self._attributions[key]

    def _choose(self, start: int, end: int, excluded: list[tuple[int, int]]) -> tuple[list[Place], list[Place]]:
        """``choose`` among the place mentions starting in [start, end) (found by bisection, not by a scan of all)."""
        key = (start, end, tuple(excluded))
        chosen = self._chosen.get(key)
        if chosen is None:  # each clause's places are asked for several times (with no exclusion most often)
            inside = self.places[bisect_left(self.place_starts, start) : bisect_left(self.place_starts, end)]
            chosen = self._chosen[key] = choose(self.flat, inside, start, end, excluded, self.reference.places)
        return list(chosen[0]), list(chosen[1])  # copies: the frames extend their lists

    def _abroad(self, clause: Clause, excluded: list[tuple[int, int]]) -> bool:
        """True when the clause, or its sentence naming no Syrian place, tells where something happened abroad (not
        where fire came from, nor where the wounded were taken): "drove the militants out of Sinjar in northern
        Iraq after two days of clashes"."""
        for start, end in ((clause.start, clause.end), self.sentences[clause.sentence]):
            inside = self.abroad[bisect_left(self.abroad_starts, start) : bisect_left(self.abroad_starts, end)]
            if inside and choose(self.flat, inside, start, end, excluded, self.reference.places)[0]:
                return (start, end) == (clause.start, clause.end) or not self._choose(start, end, excluded)[0]
        return False

    def _counts(self, start: int, end: int) -> list:
        """The clause's counts of people, leaving out the numbers of date expressions."""
        # "ارتفع عدد القتلى": the "عدد" of a toll names the toll, it is no vague quantity of its own
        lo, hi = bisect_left(self.trigger_starts, start), bisect_left(self.trigger_starts, end)
        tolls = [(t.start, self._war_toll_end(t)) for t in self.triggers[lo:hi] if t.role in ("toll", "aggregate")]
        return [
            c
            for c in find_counts(self.flat, start, end, self.reference.numbers)
            if not self.date_spans.overlaps(c.start, c.end)
            and not any(a < c.end and c.start < b for a, b in tolls)
            and not (_latin_letter_at(self.flat, c.start) and self._in_place_name(c.start))
        ]

    def _war_toll_end(self, t: Trigger) -> int:
        """Where a toll's or an aggregate's words end, with the count right after them when they tell a war's toll ("in
        a war that has killed more than 360,000 people"): the whole war's, not the incident's of its sentence."""
        if t.role == "aggregate" and self.grammar.war_told_before.search(self.flat, max(0, t.start - 24), t.start):
            return t.end + 2  # (the blank, then the count's first character)
        return t.end

    def _in_place_name(self, at: int) -> bool:
        """True inside a place's name: "man" of "Maarrat al-Nu'man" (its apostrophe read as a blank) counts no one."""
        i = bisect_right(self.place_starts, at)
        return any(p.end > at for p in self.places[max(0, i - 3) : i])

    def _answer_reference(self, clause: Clause, previous: list[Candidate]) -> None:
        """ "… رداً على قصف معرة حرمة": the incident before answers one told elsewhere (found by its place)."""
        places = {p.name or p.text for p in self._choose(clause.start, clause.end, [])[0]}
        if previous and previous[-1].clause.sentence == clause.sentence:
            previous[-1].responds = True
            previous[-1].answers = places
        else:  # "ورداً على قصف كفرنبل، استهدفت الفصائل …": the incident comes next
            self.pending_answer = (clause.sentence, places)

    def _continue(self, clause: Clause, figs: list, credited: list, previous: list[Candidate]) -> Candidate | None:
        """A clause without an incident word adds its figures to the incident it continues (returned)."""
        if not figs or clause.reference:
            return None
        # "Two civilians were killed when jets struck …" (after an incident told in the sentence, only a "when" right
        # after the figures ties them to the one told next: "…, and three died when rebels fired rockets at X")
        told_next = (
            not previous
            or previous[-1].clause.sentence != clause.sentence
            or self.grammar.when_after.match(self.flat, clause.end)
        )
        if told_next and self._incident_after(clause):
            self.pending_figures = self._pending(clause, figs, credited)
            return None
        if not previous and self._incident_after(clause, next_sentence=True):
            self.pending_figures = self._pending(
                clause, figs, credited
            )  # a post's first line "⚠️ 3 شهداء", then the shelling
            return None
        if not previous:
            return None
        if previous[-1].elsewhere and self._shared_out(clause, figs, previous):
            return None
        last = previous[-1]
        if last.reference and last.clause.sentence != clause.sentence:
            told = [c for c in previous if not c.reference]
            if not told:
                return None
            last = told[-1]
        if last.weak:  # "…, which Damascus denied": figures told after a denial are the incident's told before it
            last = next((c for c in reversed(previous) if not c.weak and not c.reference), last)
        if word_search(self.grammar.earlier_toll, self.flat, clause.start, clause.end):
            last = _revised_by(self.risen or previous, figs) or last
        last = self._named_incident(clause, previous) or last
        if last.date is None:  # "دارت اشتباكات في محيط X. وقتل فيها 13 عنصراً يوم الأحد": the toll's day is the fight's
            date, warnings, carried = self._date(clause, figs[0], previous)
            if self._day_in_clause(clause, date):
                last.date, last.date_warnings, last.carried = date, warnings, carried
        claims = self._claims(credited, _default_side(last.targets))
        last.claims.extend(_attackers(claims, last.perpetrators))
        last.evidence.append((clause.start, clause.end))
        if any(fig.of == "civilians" for fig in figs) and "civilians" not in last.targets:
            last.targets.append("civilians")
        return last

    @staticmethod
    def _shared_out(clause: Clause, figs: list, previous: list[Candidate]) -> bool:
        """True when every figure was already given to a town of its sentence's toll list ("…، إذ قتل 13 في A،
        وتسعة في B": ``_tolls_by_town`` read the list from the lead's clause): no incident takes it again."""
        spans = [span for c in previous if c.clause.sentence == clause.sentence for span in c.evidence]
        return all(any(a <= fig.count.start < b for a, b in spans) for fig in figs)

    def _named_incident(self, clause: Clause, previous: list[Candidate]) -> Candidate | None:
        """The earlier incident at the one town a toll's clause names, when the last one told is elsewhere: "Jets
        hit Douma, hours after mortars hit Damascus. Nine of the dead in Douma were children" (Douma's)."""
        gaz = self.reference.gazetteer
        own = _point_names_of(self._choose(clause.start, clause.end, [])[0], gaz)
        if not own or own & _point_names_of(previous[-1].places, gaz):
            return None
        return next(
            (c for c in reversed(previous[:-1]) if not c.reference and own & _point_names_of(c.places, gaz)), None
        )

    def _toll_of_another_day(
        self, clause: Clause, figs: list, credited: list, previous: list[Candidate], gapped: bool = False
    ) -> Candidate | None:
        """ "… 30 civilians died in the encircled quarters on Monday and Tuesday": a toll with no incident
        word but a day of its own apart from the incident just told is an incident of that kind on that day, its
        shooters left to the report (``implied_shooters``)."""
        last = previous[-1] if previous else None
        if last is None or clause.reference or not any(fig.kind == "killed" for fig in figs):
            return None
        if self._incident_after(clause):
            return None  # "a dozen soldiers died when insurgents stormed a post": the incident comes next
        if any(self.flat.find(w, clause.start, clause.end) >= 0 for w in self.grammar.later_death_heads) and (
            self.grammar.later_death_word.search(self.flat, clause.start, clause.end)
        ):
            return None  # "on Monday a boy died of his wounds, raising the toll to three": the incident told before
        if any(self.flat.find(w, clause.start, clause.end) >= 0 for w in self.grammar.toll_raised_heads) and (
            self.grammar.toll_raised.search(self.flat, clause.start, clause.end)
        ):
            return None  # "وأعلن المرصد في اليوم التالي ارتفاع الحصيلة إلى 62": the toll of the incident told before
        own = [d for _, _, d in self._usable_in(clause.start, clause.end) if d.granularity in ("day", "night")]
        if not own:
            # "وكان يوم الثلاثاء الأكثر دموية، إذ قتل فيه 106": the day the clause before, telling no incident, gave
            before = self._clause_before(clause)
            if before is not None and before is not last.clause:
                own = [d for _, _, d in self._usable_in(before.start, before.end) if d.granularity in ("day", "night")]
        # "**التاريخ:** 31 تشرين الأول 2016 … قتل أربعة مدنيين": a heading's day after the incident just told is
        # another entry's, of a kind the toll does not say
        heading = None if own else self._heading_day(clause, previous)
        told, day = _day_range(last), own[0] if own else heading
        if told is None or day is None or day.first is None:
            return None
        if not (day.first > told[1] or (day.last or day.first) < told[0]):
            return None
        places, origins = self._choose(clause.start, clause.end, [])
        claims = self._claims(credited, _default_side(last.targets))
        targets = ["civilians"] if any(fig.of == "civilians" for fig in figs) else []
        kind = self.reference.event_types.unknown if heading else last.event_type
        return Candidate(
            clause, kind, [], targets, places, day, [], claims, [(clause.start, clause.end)],
            False, False, False, generic=True, origins=origins, gapped=gapped,
        )  # fmt: skip

    def _clause_before(self, clause: Clause) -> Clause | None:
        """The clause of the same sentence right before ``clause``, or None when it opens its sentence."""
        same = self.by_sentence.get(clause.sentence, [])
        k = next((i for i, c in enumerate(same) if c is clause), 0)
        return same[k - 1] if k else None

    def _toll_elsewhere(
        self, clause: Clause, figs: list, credited: list, previous: list[Candidate]
    ) -> Candidate | None:
        """ "…ولقي ثلاثة أشخاص آخرون حتفهم ببلدات أخرى من الريف": a toll of "others" with no incident word, told of a
        place that is not the settlement of the last incident with its dead, is the same shooters' incident there
        that day."""
        last = next((c for c in reversed(previous) if any(claim["killed"] for claim in c.claims)), None)
        if last is None or last.reference or clause.reference:
            return None
        killed = [fig for fig in figs if fig.kind == "killed"]
        if not killed or not any(
            self.reference.sentences.others_after_count.match(self.flat, fig.count.end) for fig in killed
        ):
            return None
        if self._incident_after(clause):
            return None
        places, origins = self._choose(clause.start, clause.end, [])
        gaz = self.reference.gazetteer
        if (
            not places
            or _point_names_of(places, gaz) & _point_names(last, gaz)
            or other_governorate(last.places, places)
        ):
            return None
        claims = self._claims(credited, _default_side(last.targets))
        return Candidate(
            clause, last.event_type, list(last.perpetrators), list(last.targets), places, last.date,
            list(last.date_warnings), claims, [(clause.start, clause.end)], False, False, False,
            carried=True, origins=origins, elsewhere=True,
        )  # fmt: skip

    def _toll_at_a_town(
        self,
        clause: Clause,
        figs: list,
        credited: list,
        previous: list[Candidate],
        facts: list[FactionMention],
        excluded: list[tuple[int, int]],
    ) -> Candidate | None:
        """ "🔸 خان شيخون: شهيدان", "قُتل 3 مدنيين في بلدة X اليوم": dead or wounded told of a settlement with no
        incident word, in a sentence of their own, are an incident there of a kind left untold (the
        unknown type), unless an incident told before at that settlement or after in the sentence is theirs. English
        wires retell an incident's toll at a nearby place in later sentences: an English toll is an incident only on
        a day of its own that no incident told before has, and when the next sentence tells no incident
        ("Five civilians lost their lives in the town of X on Tuesday, the monitor said.", ``_english_toll_apart``)."""
        if clause.reference or not any(fig.kind in ("killed", "wounded") for fig in figs):
            return None
        english = self.flat[figs[0].start : figs[0].end].isascii()
        last = previous[-1] if previous else None
        # "قتل مدنيان في بلدة X بقصف للنظام، وقتل ثالث في بلدة Y": a toll joined after a comma, told of another town, is
        # the same fire's incident there
        joined = last is not None and last.clause.sentence == clause.sentence
        if (joined and not self._joined_after_comma(clause)) or self._incident_after(clause):
            return None
        if last is not None and not joined and not last.reference:
            # (a breakdown of the last toll by town, whatever the next sentence tells)
            # (after one town's part, "Fourteen died in A alone.", the other towns are the lead's too)
            listed_lead = self.parts_told_after.get(id(last), last)
            listed = self._listed_by_town(clause, listed_lead, figs, credited, previous)
            if listed is not None:
                return listed
        if (english or last is None) and self._incident_after(clause, next_sentence=True):
            return None  # a toll told before its incident; a post's first line "⚠️ 3 شهداء", then the shelling
        lo = bisect_left(self.place_starts, clause.start)
        if lo == len(self.place_starts) or self.place_starts[lo] >= clause.end:
            # (most such clauses name no place: none is chosen) unless an item's heading above names it
            item = self._item_heading(clause, previous)  # "الأحد 9 كانون الأول 2018، قرية X:" then "قتل مدنيان …"
            if item is None:
                return None
            places, origins = self._choose(item[0], item[1], [])
        else:
            places, origins = self._choose(clause.start, clause.end, [])
        gaz = self.reference.gazetteer
        own = _point_names_of(places, gaz)
        if not own or any(same_settlement(own, _point_names(c, gaz)) for c in previous):
            return None
        if last is not None and all(victims_home(self.flat, clause.start, p, self.reference.places) for p in places):
            return None  # "… قُتل 8 مدنيين من عائلة نازحة من مدينة X": the victims of the incident told, from X
        # "حصاد القصف على ريف إدلب اليوم:" then a toll per town: the lead naming only the region, with no toll of its
        # own, tells the kind and the shooters of the towns' incidents and gives way to them
        lead = self.town_toll_leads.get(id(last)) if last is not None else None
        if joined:
            lead = last
        elif lead is None and last is not None and not last.reference and not _point_names(last, gaz):
            if any(c["killed"] is not None or c["wounded"] is not None or c["vague"] for c in last.claims):
                return None  # a region's toll, then a town's: its part, told of the region's incident
            lead = last
        date, warnings, carried = self._date(clause, figs[0], previous)
        if english and not self._english_toll_apart(clause, date, carried, previous):
            return None
        targets = ["civilians"] if any(fig.of == "civilians" for fig in figs) else []
        claims = self._claims(credited, _default_side(targets))
        event_type, perpetrators = self.reference.event_types.unknown, self._agents(clause, facts, excluded)
        if lead is not None:
            event_type, perpetrators = lead.event_type, list(lead.perpetrators)
            targets += [t for t in lead.targets if t not in targets]
            lead.weak = lead.weak or not joined
        cand = Candidate(
            clause, event_type, perpetrators, targets, places, date, warnings, claims,
            [(clause.start, clause.end)], False, False, False, carried, generic=lead is None, origins=origins,
        )  # fmt: skip
        if lead is not None:
            self.town_toll_leads[id(cand)] = lead
        return cand

    def _listed_by_town(
        self, clause: Clause, lead: Candidate, figs: list, credited: list, previous: list[Candidate]
    ) -> Candidate | None:
        """ "قتل 45 مدنياً في غارات على الغوطة الشرقية. وأوضح المرصد أن 17 منهم قتلوا في بلدة A، و11 في بلدة B": the
        sentence after a toll over a region or a city breaking it down town by town or quarter by quarter (two or
        more, a count each, no more than the toll) tells one incident per town, of the lead's kind and shooters
        (returned as one at the towns, with their total, for ``_tolls_by_town`` to share out); the lead gives way
        when the counts make up its whole toll. One town's part ("Fourteen died in Douma alone", "Nine of the dead
        were in B" after "… struck A and B, killing 15") is that town's incident when the lead is told at a region
        or at that town among others, as within one sentence (``_part_at_a_town``); the town leaves the lead."""
        end = self.sentences[clause.sentence][1]
        lo, hi = bisect_left(self.place_starts, clause.start), bisect_left(self.place_starts, end)
        toll = max((c["killed"] for c in lead.claims if c.get("killed") is not None), default=None)
        if hi == lo or toll is None or (hi - lo == 1 and not self._may_tell_a_part(clause, lead, self.places[lo])):
            return None
        towns = [p for p in self.places[lo:hi] if (p.precision or 1) < 3 and not p.nearby]
        counts = self._counts(clause.start, end)
        shares = self._list_of_shares(counts, towns)
        if len(shares) == 1:
            return self._part_told_after(clause, lead, shares[0], toll, figs, credited, previous)
        total = sum(c.value for c, _ in shares)
        if len(shares) < 2 or len({(t.name or t.text) for _, t in shares}) < len(shares) or total > toll:
            return None
        claims = [_town_claim(self._told_after_claim(credited, lead), total, subset=False)]
        lead.weak = lead.weak or total == toll
        date, warnings, carried = self._date(clause, figs[0], previous)
        return Candidate(
            clause, lead.event_type, list(lead.perpetrators), list(lead.targets), [t for _, t in shares], date,
            warnings, claims, [(clause.start, clause.end)], False, False, False, carried, elsewhere=True,
        )  # fmt: skip

    def _part_told_after(
        self,
        clause: Clause,
        lead: Candidate,
        share: tuple[Count, Place],
        toll: int,
        figs: list,
        credited: list,
        previous: list[Candidate],
    ) -> Candidate | None:
        """The incident at one town of a toll's part told in the sentence after it (``_listed_by_town``), or None
        when the part is no smaller than the toll."""
        count, town = share
        if count.value is None or count.value >= toll or not self._may_tell_a_part(clause, lead, town):
            return None
        lead.places = [p for p in lead.places if (p.name or p.text) != (town.name or town.text)]
        part = _town_claim(self._told_after_claim(credited, lead), count.value, subset=True)
        date, warnings, carried = self._date(clause, figs[0], previous)
        cand = Candidate(
            clause, lead.event_type, list(lead.perpetrators), list(lead.targets), [town], date, warnings, [part],
            [_share_span(count, town)], False, False, False, carried, elsewhere=True,
        )  # fmt: skip
        self.parts_told_after[id(cand)] = lead
        return cand

    def _told_after_claim(self, credited: list, lead: Candidate) -> dict:
        """The claim a town's part told after its lead is counted under: the sentence's own first claim of dead (its
        source), else the lead's first."""
        own = self._claims(credited, _default_side(lead.targets))
        return next((c for c in own if c.get("killed") is not None), None) or lead.claims[0]

    def _may_tell_a_part(self, clause: Clause, lead: Candidate, town: Place) -> bool:
        """True when a sentence naming ``town`` may tell its part of ``lead``'s toll: the lead is told at a region or
        at that town among others, and the sentence names no side ("Islamic State snipers killed five SDF fighters
        in X": an incident of its own). Looked at before the sentence's counts are read."""
        if (town.precision or 1) >= 3 or town.nearby:
            return False
        side = bisect_left(self.faction_starts, clause.start)
        if side < len(self.faction_starts) and self.faction_starts[side] < self.sentences[clause.sentence][1]:
            return False
        name = town.name or town.text
        return any((p.precision or 1) >= 3 for p in lead.places) or (
            len(lead.places) >= 2 and any((p.name or p.text) == name for p in lead.places)
        )

    def _agents(self, clause: Clause, facts: list[FactionMention], excluded: list[tuple[int, int]]) -> list[str]:
        """The sides a clause with no incident word names right after an agent cue ("قتل 20 مدنياً على يد X", "من
        قبل X"): the toll's perpetrators."""
        grammar = self.reference.roles.grammar
        return list(
            dict.fromkeys(
                f.faction
                for f in facts
                if not any(a <= f.start < b for a, b in excluded)
                and agent_cue_before(self.flat[max(clause.start, f.start - 30) : f.start], f, facts, grammar)
            )
        )

    def _english_toll_apart(
        self, clause: Clause, date: DateMention | None, carried: bool, previous: list[Candidate]
    ) -> bool:
        """True when an English toll with no incident word is told on a day of its own, given in its clause, that no
        incident told before falls on: a wire's later sentence retelling the toll of the day's raid at a nearby
        town, or a running total with no day, is no incident of its own."""
        if carried or date is None or date.granularity not in ("day", "night") or date.first is None:
            return False
        if not self._day_in_clause(clause, date):
            return False
        day = (date.first, date.last or date.first)
        for cand in previous:
            told = _day_range(cand)
            if told is None or not (day[0] > told[1] or day[1] < told[0]):
                return False
        return True

    def _joined_after_comma(self, clause: Clause) -> bool:
        """True for a clause joined to the one before it by "و" or "كما" after a comma ("…، وقتل ثالث في …", "…، كما
        قتل شخصان في …")."""
        before = self.flat[max(0, clause.start - 3) : clause.start].rstrip()
        return before.endswith(("،", ",")) and (
            self.flat.startswith("و", clause.start) or self.grammar.also.match(self.flat, clause.start) is not None
        )

    def _gapped_toll(self, clause: Clause, previous: list[Candidate]) -> Candidate | None:
        """ "… killed 12 on Thursday, and 9 others on Friday": the toll of the clause before, its verb and noun left
        out, on a day of its own is an incident of that kind on that day (``_toll_of_another_day``); with no day of
        its own ("…, and 3 others") its figure is the incident's just told."""
        last = previous[-1] if previous else None
        gapped = self.reference.sentences.gapped_toll.match(self.flat, clause.start, clause.end)
        if gapped is None or last is None or last.clause.sentence != clause.sentence:
            return None
        told = next((c for c in last.claims if c["killed"] is not None), None)
        count = next(
            (c for c in self._counts(clause.start, clause.end) if c.start <= gapped.start("count") < c.end), None
        )
        if told is None or count is None:
            return None
        fig = Figure("killed", count, told["of"], count.start, count.end)
        credited = self._credit([fig], self._sources_of(clause), clause)
        other_day = self._toll_of_another_day(clause, [fig], credited, previous, gapped=True)
        if other_day is None:
            self._continue(clause, [fig], credited, previous)
        return other_day

    def _gapped_act(self, clause: Clause, previous: list[Candidate]) -> Candidate | None:
        """ "سيطرت القوات على A في 3 آذار، ثم على B في العاشر من الشهر نفسه": the act of the clause before, its verb
        left out after "ثم", at a place and on a day of its own is another incident of the same kind and sides."""
        last = previous[-1] if previous else None
        if last is None or last.clause.sentence != clause.sentence:
            return None
        if not self.reference.sentences.gapped_act.match(self.flat, clause.start, clause.end):
            return None
        own = [d for _, _, d in self._usable_in(clause.start, clause.end) if d.granularity in ("day", "night")]
        places, origins = self._choose(clause.start, clause.end, [])
        if not own or not _point_names_of(places, self.reference.gazetteer):
            return None
        return Candidate(
            clause, last.event_type, list(last.perpetrators), list(last.targets), places, own[0], [], [],
            [(clause.start, clause.end)], False, False, False, origins=origins,
        )  # fmt: skip

    def _told_elsewhere_next(self, clause: Clause) -> bool:
        """True when a clause naming its settlement is followed, to the end of the next sentence, by words naming only
        other settlements: "ارتفعت حصيلة القصف على دوما إلى 17. وقتل شقيقان في حزة" tells two incidents, the toll
        is Douma's own (a next sentence naming no place, "وكان القصف قد وقع الثلاثاء", tells the same one)."""
        gaz = self.reference.gazetteer
        own = _point_names_of(self._choose(clause.start, clause.end, [])[0], gaz)
        if not own:
            return False
        sentence = clause.sentence + 1 if clause.sentence + 1 in self.sentences else clause.sentence
        after = _point_names_of(self._choose(clause.end, self.sentences[sentence][1], [])[0], gaz)
        return bool(after) and not own & after

    def _only_retold_next(self, clause: Clause) -> bool:
        """True when the incident words after a clause, to the end of the next sentence, are Arabic definite nouns at
        no settlement and on no other day than the clause's ("ارتفعت حصيلة قتلى القصف على X أمس إلى 11. … توفي
        خمسة من الجرحى متأثرين بإصاباتهم في القصف"): the incident the clause told, named again, not another one ("وكان القصف قد وقع
        يوم الثلاثاء" after a toll of Thursday dates it: the toll waits for it)."""
        sentence = clause.sentence + 1 if clause.sentence + 1 in self.sentences else clause.sentence
        s_end = self.sentences[sentence][1]
        own = {d.first for _, _, d in self._usable_in(clause.start, clause.end)}
        if any(d.first not in own for _, _, d in self._usable_in(clause.end, s_end)):
            return False
        lo, hi = bisect_left(self.trigger_starts, clause.end), bisect_left(self.trigger_starts, s_end)
        after = [t for t in self.triggers[lo:hi] if t.role in ("incident", "generic")]
        if not all(not t.word.isascii() and self.flat.startswith("ال", t.start - 2) for t in after):
            return False
        return not _point_names_of(self._choose(clause.end, s_end, [])[0], self.reference.gazetteer)

    def _incident_after(self, clause: Clause, next_sentence: bool = False) -> bool:
        """True when a later clause of the same sentence (or of the next one) tells an incident."""
        sentence = clause.sentence + 1 if next_sentence and clause.sentence + 1 in self.sentences else clause.sentence
        s_end = self.sentences[sentence][1]
        lo, hi = bisect_left(self.trigger_starts, clause.end), bisect_left(self.trigger_starts, s_end)
        return any(t.role in ("incident", "generic") for t in self.triggers[lo:hi])

    def _pending(self, clause: Clause, figs: list, credited: list) -> tuple[Clause, list, list, list[tuple[int, int]]]:
        """Figures waiting for the incident told after them; a sentence's clauses of figures ("the toll rose to N,
        while M were wounded") all wait together."""
        old = self.pending_figures
        if old is not None and old[0].sentence == clause.sentence:
            return clause, old[1] + figs, old[2] + credited, [*old[3], (old[0].start, old[0].end)]
        return clause, figs, credited, []

    def _take_pending(self, cand: Candidate) -> Candidate | None:
        """Figures told before the incident clause of their sentence belong to that incident, unless they were told
        on a day of their own apart from the incident's: then they are an incident of that day, returned."""
        pending, self.pending_figures = self.pending_figures, None
        if pending is None or not 0 <= cand.clause.sentence - pending[0].sentence <= 1:
            return None
        clause, figs, credited, earlier = pending
        apart = self._toll_apart(clause, figs, credited, cand) or self._toll_answered(clause, figs, credited, cand)
        if apart is not None:
            return apart
        if not cand.places:  # "ارتفعت حصيلة القصف على X إلى 6. وكان القصف قد وقع الثلاثاء": where the toll was told
            cand.places = self._choose(clause.start, clause.end, [])[0]
        if cand.date is None and cand.carried:
            # "On Monday 12 people were killed in the city. Shells hit two markets …": the toll's day is the incident's
            day = next((d for _, _, d in self._usable_in(clause.start, clause.end)), None)
            if day is not None and day.granularity in ("day", "night") and day.first is not None:
                cand.date, cand.date_warnings, cand.carried = day, [], False
        claims = self._claims(credited, _default_side(cand.targets))
        cand.claims[:0] = _attackers(claims, cand.perpetrators)
        cand.evidence[:0] = [*earlier, (clause.start, clause.end)]
        for fig in figs:  # the dead and wounded were hit
            if fig.of not in (None, ATTACKERS) and fig.of not in cand.targets + cand.perpetrators:
                cand.targets.append(fig.of)
        return None

    def _toll_apart(self, clause: Clause, figs: list, credited: list, cand: Candidate) -> Candidate | None:
        """ "18 were killed in X on Wednesday, a day after 12 died in strikes on Y": figures told with a day of their
        own, before an incident dated apart from it, are an incident of that day (its kind and shooters left to
        the report, as ``_toll_of_another_day``)."""
        told = _day_range(cand)
        if told is None or cand.carried:
            return None
        lo, hi = bisect_left(self.trigger_starts, clause.start), bisect_left(self.trigger_starts, clause.end)
        if any(t.role == "toll" for t in self.triggers[lo:hi]):
            return None  # "the toll rose on Thursday to 6": the day it was counted again, not of another incident
        day = next(
            (d for _, _, d in self._usable_in(clause.start, clause.end) if d.granularity in ("day", "night")), None
        )
        if (
            day is None
        ):  # "**التاريخ:** 2 أيار 2017 … وأفاد الدفاع المدني بإصابة أربعة": the entry's, not the next one's
            day = self._heading_day(clause, [])
        elif not any(fig.kind == "killed" for fig in figs):
            return None
        if day is None or day.first is None or not (day.first > told[1] or (day.last or day.first) < told[0]):
            return None
        places, origins = self._choose(clause.start, clause.end, [])
        targets = ["civilians"] if any(fig.of == "civilians" for fig in figs) else []
        claims = self._claims(credited, _default_side(targets))
        return Candidate(
            clause, cand.event_type, [], targets, places, day, [], claims, [(clause.start, clause.end)],
            False, False, False, generic=True, origins=origins,
        )  # fmt: skip

    def _toll_answered(self, clause: Clause, figs: list, credited: list, cand: Candidate) -> Candidate | None:
        """ "Three Turkish soldiers were killed on Monday. Turkey retaliated, hitting 40 regime targets": figures of
        the answering side's own dead, told before its answer, are the toll of the incident it answers (the side it
        answers is the one that fired), not of the answer."""
        if not (cand.responds and cand.perpetrators and figs and all(fig.of in cand.perpetrators for fig in figs)):
            return None
        day = next(
            (d for _, _, d in self._usable_in(clause.start, clause.end) if d.granularity in ("day", "night")), cand.date
        )
        places = self._choose(clause.start, clause.end, [])[0] or cand.places
        targets = list(dict.fromkeys(fig.of for fig in figs))
        claims = self._claims(credited, _default_side(targets))
        answered = [t for t in cand.targets if t != "civilians"]
        if (cand.date is None or cand.carried) and day is not cand.date:  # an answer told with no day: the same day's
            cand.date, cand.date_warnings, cand.carried = day, [], False
        return Candidate(
            clause, self.reference.event_types.general, answered, targets, places, day, [], claims,
            [(clause.start, clause.end)], False, False, False, generic=True,
        )  # fmt: skip

    def _speakers_town(self, start: int, end: int, excluded: list[tuple[int, int]]) -> list[Place]:
        """ "Activists in Douma said that a rocket hit a shelter": the town of the source telling an incident that
        names no place of its own ("SOURCE in X", "residents of X": the town ends the source's name) is the incident's
        place."""
        in_town = self.reference.places.grammar.en_place_before
        return [
            p
            for p in self._choose(start, end, [])[0]
            if p.pcode
            and any(s < p.start and p.end <= e and not self.flat[p.end : e].strip() for s, e in excluded)
            and in_town.search(self.flat, max(start, p.start - 12), p.start)
        ]

    def _place_before(self, clause: Clause, previous: list[Candidate]) -> list[Place]:
        """A clause naming no place happens where the text just was: in the clause before it in the
        sentence ("نزح من كفرنبل بعد أن سقط برميل"), in the item heading its paragraph (``_item_heading``), or
        where "المدينة" / "the town" points back to."""
        before = [c for c in self.by_sentence[clause.sentence] if c.end <= clause.start and not c.reference]
        places_before = self._choose(before[-1].start, before[-1].end, [])[0] if before else []
        if _point_names_of(places_before, self.reference.gazetteer) or any(
            p.kind == "road" or (p.kind in INSIDE_A_CITY and not p.pcode) for p in places_before
        ):
            return places_before  # "the road was cut when troops seized a hill": on the road; in a quarter unlisted
        item = None if before else self._item_heading(clause, previous)
        if item is not None:
            own = self._choose(clause.start, clause.end, [])[0]
            if any(p.kind in INSIDE_A_CITY and not p.pcode for p in own):
                return own  # "سقطتا في حي القيمرية بدمشق القديمة" under the title "دمشق القديمة – …": the quarter told
            return self._choose(item[0], item[1], [])[0]
        anaphor = (
            word_search(self.grammar.anaphoric_place, self.flat, clause.start, clause.end)
            if self.grammar.anaphoric_noun.search(self.flat, clause.start, clause.end)
            else None
        )
        if not anaphor:
            return []
        # "strikes on east Aleppo amid bombardment of the area": "the area" points back to the nearest place named,
        # in the clause itself, then in the clause before it, be it a whole city or province
        if self._choose(clause.start, anaphor.start(), [])[0]:
            return []
        if places_before:
            return places_before
        if previous and (clause.sentence - previous[-1].clause.sentence <= 1 or anaphor["same"]):
            local = [p for p in previous[-1].places if _local(p)]  # ("المشفى نفسه": the last incident's, however far)
            if local:
                return local  # (a toll told in between with no place, "ووثقنا مقتل 21 …", points nowhere: look back)
        for back in range(1, _ANAPHOR_REACH + 1):  # "دخل رتل إلى نقطة مورك … واستهدفت قوات النظام محيط النقطة"
            if clause.sentence - back in self.sentences:
                places = self._choose(*self.sentences[clause.sentence - back], [])[0]
                if places:
                    return [p for p in places if _local(p)]  # the nearest sentence naming a place
        return []

    @staticmethod
    def _replier(clause: Clause, triggers: list[Trigger], previous: list[Candidate]) -> list[str]:
        """ "…، فيما ردت الجبهة باستهداف مواقع النظام": a reply opening its clause, told with no side named, is by the
        sides the incident told just before hit, not by its shooters ("لن يمر بلا رد" replies nothing)."""
        if not previous or not any(t.role == "response" and t.start - clause.start <= _REPLY_LEAD for t in triggers):
            return []
        return [t for t in previous[-1].targets if t not in ("civilians", "unknown")]

    def _subject_before(self, clause: Clause) -> list[str]:
        """ "إلا أن قوات النظام خرقتها، إذ قصفت …": the subject named in the clause before, same sentence."""
        before = [c for c in self.by_sentence[clause.sentence] if c.end <= clause.start]
        if not before or before[-1].reference:
            return []
        prev = before[-1]
        if (prev.start, prev.end) in self.clause_perps:
            return list(self.clause_perps[(prev.start, prev.end)])
        facts = self.factions[bisect_left(self.faction_starts, prev.start) : bisect_left(self.faction_starts, prev.end)]
        if not facts or "." in self.flat[prev.start : prev.end - 1]:
            return []
        # "ردت وحدات الجيش على خروقات المسلحين، واستهدفت …": the side whose violations a reply answers is no
        # subject of the reply's next verb, the side replying is
        answered = self.reference.roles.grammar.answered_before
        facts = [f for f in facts if not answered.search(self.flat, max(prev.start, f.start - 60), f.start)] or facts
        last = facts[-1]
        if self.grammar.object_before.search(self.flat, max(0, last.start - _OBJECT_REACH), last.start):
            return []
        if self.reference.roles.grammar.held_area.search(last.alias):
            return []  # "… waiting in a government-held area, a few miles from where the attack took place": a place
        if self._repelled_by(prev, last):
            return []  # "(the army attacked X) but was repelled by insurgents after heavy fighting": they defended
        if passive_subject(self.flat, last, prev.end, self.reference.roles.grammar):
            return []  # "X fighters were killed …, while vehicles were destroyed": X was hit, not the shooter
        pending = self.pending_figures
        if pending and pending[0] is prev and last.start in self._victims(pending[1], facts):
            return []  # "An HTS commander was killed when a drone struck": the dead, not the shooter
        if self.casualty_pieces.overlaps(prev.start, prev.end) and last.start in self._victims(
            figures(self.flat, prev.start, prev.end, self._counts(prev.start, prev.end), facts, self.reference.claims),
            facts,
        ):
            return []  # "أحصى المرصد مقتل ثلاثة مقاتلين تابعين للنظام وأن المخزن …": the dead, not the shooter
        return [last.faction]

    def _repelled_by(self, clause: Clause, f: FactionMention) -> bool:
        """True for a side named after an English repel word and its "by" ("was repelled by insurgents", "was pushed
        back by rebels"): the side that beat the attack back, no subject of the fight told next."""
        agent_before = self.reference.roles.grammar.agent_before
        lo, hi = bisect_left(self.trigger_starts, clause.start), bisect_left(self.trigger_starts, f.start)
        return any(
            t.role == "repel"
            and t.word.isascii()
            and 0 <= f.start - t.end <= _REPELLED_BY_REACH
            and agent_before.search(self.flat, t.end, f.start) is not None
            for t in self.triggers[lo:hi]
        )

    def _pronoun_subject(self, clause: Clause, trigger: Trigger, previous: list[Candidate]) -> list[str]:
        """ "The army has been advancing from the north. On Thursday they captured the roundabout": a pronoun
        subject of the incident word stands for the shooters of the incident told last, in this sentence or the
        one before."""
        last = previous[-1] if previous else None
        if last is None or not last.perpetrators or clause.sentence - last.clause.sentence > 1:
            return []
        lo = max(clause.start, trigger.start - 30)
        return list(last.perpetrators) if self.grammar.pronoun_before.search(self.flat, lo, trigger.start) else []

    def _credit(self, figs: list, sources: list[Attribution], clause: Clause) -> list[tuple[Attribution | None, list]]:
        """The clause's figures grouped by the source each is credited to: the attribution nearest to the figure
        in its clause, else in its sentence ("15 according to X, 6 according to Y"); none (the outlet's own
        figure) when the sentence names no source; "المصدر ذاته" repeats the source named before."""
        pool = sources or [a for other in self.by_sentence[clause.sentence] if other is not clause
                           for a in self._sources_of(other)]  # fmt: skip
        if len(pool) <= 1 or not figs:
            return [(self._printed(pool[0] if pool else None), figs)]
        groups: list[tuple[Attribution, list]] = []
        for fig in figs:
            nearest = min(pool, key=lambda a: self._distance(a, fig))
            if groups and groups[-1][0] is nearest:
                groups[-1][1].append(fig)
            else:
                groups.append((nearest, [fig]))
        return [(self._printed(a), group) for a, group in groups]

    def _distance(self, source: Attribution, fig) -> int:
        """How far a source is from a figure: characters between them, a comma counting as a long way (a source
        after the comma belongs to the figure after it)."""
        lo, hi = min(source.end, fig.end), max(source.start, fig.start)
        commas = sum(self.flat.count(c, lo, hi) for c in "،,;")
        return max(0, hi - lo) + 100 * commas

    def _claims(self, credited: list[tuple[Attribution | None, list]], default_side: str | None) -> list[dict]:
        """Contract claims from figures grouped by their source (``_credit``)."""
        out: list[dict] = []
        for source, figs in credited:
            out.extend(build_claims(figs, source, self.article.source, default_side))
        return out

    def _printed(self, chosen: Attribution | None) -> Attribution | None:
        """An attribution with its name as printed in the original text; "المصدر ذاته" is the one before."""
        if chosen is not None and chosen.kind == "same":
            chosen = self.last_source
        if chosen is None:
            return None
        self.last_source = chosen
        o_start, o_end = self.view.to_original(chosen.start, chosen.end)
        via_text = None
        if chosen.via is not None:
            v_start, v_end = self.view.to_original(*chosen.via)
            via_text = _closed(self.view.original[v_start:v_end])
        text = _closed(self.view.original[o_start:o_end])
        if text.startswith("لل") and chosen.text.startswith("ال"):
            text = "ا" + text[1:]  # "وفقاً للمرصد": the name as a source is "المرصد" (claims._classify)
        return Attribution(chosen.start, chosen.end, text, chosen.kind, chosen.via, via_text)

    def _dateline(self, date: tuple[int, int, DateMention], body_start: int) -> bool:
        """True for the publication day printed within the first words of the body ("Published 3 May 2017 …",
        "Tuesday 12 July 2016 …"): it dates the report, not the incident the lead tells, which may be the
        day before; a clause it alone would date is left to the publication day."""
        start, _, mention = date
        published = self.article.published
        day = _day(published)
        return (
            mention.kind == "absolute"
            and mention.first is not None
            and mention.first == mention.last == day
            and _DATELINE_LEAD.fullmatch(self.flat, body_start, start) is not None
        )

    def _event_date(self, start: int, end: int, date: DateMention) -> bool:
        """False for a date that is a dateline or belongs to an agreement, a deadline or a campaign."""
        flat = self.flat
        if self.grammar.when_after.match(flat, end):
            return True  # "منذ 26/10/2018، حين قُتل …": the date of the incident told next
        if self.grammar.latest_before.search(flat, max(0, start - 20), start):
            return True  # "كان آخرها، أمس، قصف …": the latest incident's day, whatever agreement a tally runs from
        if date.kind == "absolute" and self.grammar.since_before.search(flat, max(0, start - 8), start):
            return self._launch_day(end)  # a count since the day is no incident; a campaign's launch is one
        if date.granularity == "year" and self.grammar.since_near.search(flat, max(0, start - 50), start):
            return False  # "الأعلى منذ اندلاع النزاع عام 2011": the start of a comparison, not the incident's date
        if self.grammar.compared_since.search(flat, max(0, start - 120), start):
            return False  # "the deadliest attack since the deal in September": where the comparison starts
        if self.grammar.violation_before.search(flat, max(0, start - 40), start):
            return True  # "خرقت قوات النظام الهدنة أمس": the violation's date, not the truce's
        if self.grammar.non_event_date.search(flat, max(0, start - 40), start):
            return False
        if self._agreements_day(start):
            return False  # "بعد سريان اتفاق خفض التصعيد الذي رعته روسيا والأردن في تموز 2017": the agreement's date
        lo = max(0, start - 70)
        if flat.find(", which", lo, start) >= 0 and self.grammar.place_taken_before.search(flat, lo, start):
            return False  # "executed 12 men in Palmyra, which they seized last month": when the place was taken
        lo = max(0, start - _LATER_DEATH_REACH)
        if any(flat.find(w, lo, start) >= 0 for w in self.grammar.later_death_heads) and (
            self.grammar.later_death.search(flat, lo, start)
        ):
            return False  # "two more died of their wounds on Tuesday": they were hurt in an incident told before
        if self.grammar.telling_day.match(flat, end) and self.grammar.saying_before.search(
            flat, max(0, start - 70), start
        ):
            return False  # "أفاد المرصد الأحد أن …", "the monitor said on Sunday that …": the day it was told
        if self._told_with_no_that(start, end):
            return False  # "the military said on Monday coalition jets struck …": the day it was told
        if start in self.told_days:
            return False  # "…, an activist group said Tuesday.": the day it was told
        if self.grammar.told_news_after.match(flat, end) and self.grammar.told_by.search(
            flat, max(0, start - 70), start
        ):
            return False  # "أفاد المرصد، الثلاثاء، بمقتل …", "…، وفق ما ذكر المرصد الأحد.": the day it was told
        return not self.grammar.non_event_after.match(flat, end)

    def _told_with_no_that(self, start: int, end: int) -> bool:
        """True for a day right after an English verb of saying when a side's name opens what was told right after it,
        "that" left out as wires leave it ("The military said on Monday coalition aircraft struck …")."""
        at = bisect_left(self.faction_starts, end)
        if at == len(self.factions) or not _SPEECH_OPENS.fullmatch(self.flat, end, self.factions[at].start):
            return False
        return self.grammar.said_right_before.search(self.flat, max(0, start - 20), start) is not None

    def day_stated(self, clause: Clause) -> DateMention | None:
        """The day the statement telling ``clause``'s sentence was made ("قالت الوزارة الإثنين إن …", "the ministry
        said on Monday its jets …"), not after the publication day: for an incident nothing else dates, a careful
        reader's day (the incident is that day or just before it; GOLD_SCHEMA), not the publication's."""
        flat, grammar, published = self.flat, self.grammar, self.article.published
        s_start, s_end = self.sentences[clause.sentence]
        for start, end, date in self.dates[
            bisect_left(self.date_starts, s_start) : bisect_left(self.date_starts, s_end)
        ]:
            if (
                date.granularity != "day"
                or date.last is None
                or (published is not None and date.last > _day(published))
            ):
                continue
            told_before = grammar.saying_before.search(flat, max(0, start - 70), start)
            if (
                start in self.told_days
                or (told_before and (grammar.telling_day.match(flat, end) or grammar.told_that_after.match(flat, end)))
                or self._told_with_no_that(start, end)
                or (
                    grammar.told_news_after.match(flat, end) and grammar.told_by.search(flat, max(0, start - 70), start)
                )
            ):
                return date
        return None

    def _statement_day(self, start: int, end: int, told_at: int) -> bool:
        """True for the day a statement was made: between a verb of saying and what was told, set off by commas
        ("أعلنت الوزارة، الأحد، أن …"), or before the incident word ``told_at`` right after a statement noun ("In a
        statement on Thursday, the army said …") or a few words before a verb of saying ("On Thursday, the ministry
        said …"). Left usable: a clause dated by nothing else is told the day its news came."""
        flat, grammar = self.flat, self.grammar
        if grammar.told_that_after.match(flat, end) and grammar.saying_before.search(flat, max(0, start - 70), start):
            return True
        if start > told_at:
            return False  # "… attacked the posts late on Tuesday, the army said": the incident's day
        return bool(
            grammar.statement_before.search(flat, max(0, start - 30), start)
            or grammar.saying_after.match(flat, end, told_at)
        )

    def _heading_day(self, clause: Clause, previous: list[Candidate]) -> DateMention | None:
        """The day heading the section a clause is in (``_heading_days``), unless an incident told earlier in that
        section gives the clause its day."""
        if self.heading_days is None:
            self.heading_days = _heading_days(self.flat, self.dates, self.grammar)
            self.heading_starts = [s for s, _ in self.heading_days]
        if not self.heading_days:
            return None
        title = self._title_of_section(clause)
        if title is not None:
            return title
        k = bisect_left(self.heading_starts, clause.start) - 1
        if k < 0:
            return None
        start, day = self.heading_days[k]
        if previous and previous[-1].clause.start > start:
            return None
        return day

    def _title_of_section(self, clause: Clause) -> DateMention | None:
        """The day heading the next section when the clause is a title line standing alone right above it ("###
        الرستن: غارة قرب فرن آلي", then "**التاريخ:** 21 شباط 2017"): an entry's title, told before its day."""
        k = bisect_left(self.heading_starts, clause.end)
        if k == len(self.heading_starts):
            return None
        line_end = self.flat.find("\n", clause.end, clause.end + _TITLE_CHARS)
        line_start = self.flat.rfind("\n", max(0, clause.start - _TITLE_CHARS), clause.start) + 1
        below = self.flat.rfind("\n", 0, self.heading_starts[k]) + 1
        if (
            line_end < 0
            or line_start == 0
            or line_end - line_start > _TITLE_CHARS
            or below - line_end > _TITLE_CHARS  # (the slices below stay short)
            or self.flat[line_start : clause.start].strip()
            or self.flat[line_start:line_end].rstrip().endswith((".", ":"))
            or self.flat[line_end:below].strip()
            or self.flat[max(0, line_start - 2) : line_start] not in ("\n\n", "\n")
        ):
            return None
        return self.heading_days[k][1]

    def _item_heading(self, clause: Clause, previous: list[Candidate]) -> tuple[int, int, DateMention] | None:
        """(start, end, day) of the sentence opening the clause's paragraph right before the clause's sentence when
        it names a site and one day and tells no incident ("1. مشفى X، بلدة Y – 5 أيار 2019."), or of the line
        right above the clause's paragraph doing so and ending with a colon ("الأحد 3 أيلول 2017، قرية X – ريف Y:"):
        an item's heading, the day and place of the incident its next sentence tells. None for any other clause."""
        if clause.sentence - 1 not in self.sentences or (
            previous and previous[-1].clause.sentence >= clause.sentence - 1
        ):
            return None
        heading = self.by_sentence[clause.sentence - 1]
        start, end = self.sentences[clause.sentence - 1]
        if heading[0].paragraph != clause.paragraph:
            if heading[0].paragraph != clause.paragraph - 1 or not (
                self.flat[start:end].rstrip().endswith(":") or self._closed_by_day(start, end)
            ):
                return None  # not the line of a label right above the clause's paragraph
            if self.flat[self.flat.rfind("\n", 0, start) + 1 : start].strip():
                return None  # the label's sentence is its whole line
        elif self.flat[self.flat.rfind("\n", 0, start) + 1 : start].strip():
            return None  # the heading opens its line (after a bold mark's blanks: "**3. X - 24 أيلول 2017**")
        days = [d for _, _, d in self._usable_in(start, end) if d.granularity in ("day", "night") or _two_days(d)]
        # (a Hijri day and the Gregorian one printed beside it are one day)
        return (start, end, days[0]) if len({(d.first, d.last) for d in days}) == 1 else None

    def _closed_by_day(self, start: int, end: int) -> bool:
        """True for a line ending with its day after words of its own ("3. حي X - 24 أيلول 2017", "7. Y - ليل 7-8 شباط
        2018", "8. Z – 1 نيسان 2015 وما تلاه"; ``day_onward``): an entry's numbered title, marks and brackets aside (a
        date alone on its line is a stamp)."""
        line = self.flat[start:end].rstrip(_HEADING_MARKS + ")]")
        onward = next((w for w in self.grammar.day_onward_ends if line.endswith(w)), "")
        line = line[: len(line) - len(onward)]  # "– 1 نيسان 2015 وما تلاه": that day and the days after it
        if not line[-1:].isdigit():
            return False  # (most lines: not a day's year or number at their end)
        told = self._usable_in(start, end)
        return (
            bool(told)
            and not self.flat[told[-1][1] : start + len(line)].strip(_HEADING_MARKS + ")]")
            and any(c.isalpha() for c in self.flat[start : told[0][0]])
        )

    def _across_anaphor(self, start: int, end: int, mention: DateMention) -> DateMention:
        """The day of an incident named right after "غداة" (the day before the clause's), "عشية" (the day after) or
        "بعد يومين من" (two days before)."""
        if mention.first is None or not self._names_incident_at(end + 1):
            return mention
        days = None
        apart = self.grammar.days_apart.fullmatch(self.flat, start, end)
        if apart is not None:
            counted = time_count(self.reference.dates.lexicon, apart.group("count"))[1]
            days = (-counted if apart.group("after") else counted) or None
        word = self.flat[max(0, end - 12) : end]
        for pattern, shift in self.grammar.anaphor_shift:
            if days is None and pattern.search(word):
                days = shift
        if days is None:
            return mention
        shift = dt.timedelta(days=days)
        return replace(mention, first=mention.first + shift, last=(mention.last or mention.first) + shift)

    def _names_incident_at(self, pos: int) -> bool:
        """True when an incident word or a casualty word begins the word at ``pos``."""
        near = self.triggers[
            bisect_left(self.trigger_starts, pos) : bisect_left(self.trigger_starts, pos + _NEXT_WORD_CHARS)
        ]
        return any(t.role in ("incident", "generic") for t in near) or has_casualty_word(
            self.flat, pos, pos + _NEXT_WORD_CHARS + 4, self.reference.claims
        )

    def _closing_date(self, clause: Clause) -> DateMention | None:
        """The date closing the clause's line in brackets or after a dash, when its sentence names none: a catalogue
        entry dated at its end ("- A barrel bomb fell near the mosque. No casualties (8 May 2019).")."""
        flat = self.flat
        line_end = flat.find("\n", clause.end)
        line_end = len(flat) if line_end < 0 else line_end
        k = bisect_left(self.date_starts, clause.end)
        while k < len(self.dates) and self.date_starts[k] < line_end and not self._usable(k):
            k += 1
        if k == len(self.dates) or self.date_starts[k] >= line_end:
            return None  # (most clauses: no date after them on their line)
        start, end, date = self.dates[k]
        opening = self.view.to_original(start, end)[0]  # (the matching copy blanks brackets)
        if not self.view.original[max(0, opening - 3) : opening].rstrip().endswith(_CLOSING_OPENERS):
            return None
        return date if not flat[end:line_end].strip(_CLOSING_TAIL) else None

    def _usable_in(self, start: int, end: int) -> list[tuple[int, int, DateMention]]:
        """The usable dates starting in [start, end), in order (by bisection: a catalogue tells hundreds)."""
        lo, hi = bisect_left(self.date_starts, start), bisect_left(self.date_starts, end)
        return [self.dates[k] for k in range(lo, hi) if self._usable(k)]

    def _usable(self, k: int) -> bool:
        """True when ``dates[k]`` may date an incident: no dateline, nor the day an agreement, a deadline or a
        campaign was told of (``_event_date``); read once, when a clause first asks."""
        usable = self.date_usable.get(k)
        if usable is None:
            start, end, date = self.dates[k]
            usable = self._event_date(start, end, date) and not (
                self.body_start is not None and self._dateline(self.dates[k], self.body_start)
            )
            self.date_usable[k] = usable
        return usable

    def _dates_incident_at(self, start: int, at: int) -> bool:
        """False for the date at ``start`` closing a relative clause that tells when a place changed hands ("قصفت
        الطائرات حقل العمر، الذي استعادته قسد في تشرين الأول") for an incident word at ``at`` before that
        clause: the day the place was taken, not the incident's; the taking itself, told in the clause, keeps it."""
        if start not in self.taken_relative:
            lo = max(0, start - _TAKEN_REACH)
            opened = None
            if any(self.flat.find(w, lo, start) >= 0 for w in self.grammar.place_taken_relatives):
                found = self.grammar.place_taken_relative.search(self.flat, lo, start)
                opened = found.start() if found else None
            self.taken_relative[start] = opened
        opened = self.taken_relative[start]
        return opened is None or at >= opened

    def _day_in_clause(self, clause: Clause, date: DateMention | None) -> bool:
        """True when the day that dates the clause is named in the clause itself."""
        return (
            date is not None
            and date.granularity == "day"
            and any(m is date for _, _, m in self._usable_in(clause.start, clause.end))
        )

    def _days_running(self, in_clause: list, end: int, mention: DateMention) -> DateMention:
        """ "killed … on Monday and Tuesday": a day and the next joined by "and" are both the incident's days."""
        after = next((x for x in in_clause if x[0] > end), None)
        if after is None or mention.granularity != "day" or after[2].granularity != "day":
            return mention
        if mention.first is None or after[2].first is None or (after[2].first - mention.first).days != 1:
            return mention
        if self.flat[end : after[0]] != " and ":  # (not "on Monday and three in X on Tuesday": another place's)
            return mention
        return replace(mention, end=after[2].end, last=after[2].first, granularity="range")

    def _date(
        self, clause: Clause, trigger: Trigger | Figure, previous: list[Candidate]
    ) -> tuple[DateMention | None, list, bool]:
        """The date that governs a clause: the nearest in it to ``trigger`` (an incident word, or the figure of a
        clause of figures), else in its sentence, else the one before."""
        in_clause = [
            x
            for x in self._usable_in(clause.start, clause.end)
            if x[0] < trigger.start or self._dates_incident_at(x[0], trigger.start)
        ]
        if len(in_clause) > 1:
            # "أعلنت الوزارة، الأحد، أن مسلحين قصفوا القاعدة مساء السبت": the day it was told gives way to a day
            # before it (a day after it is an announced one: "قالت، الاثنين، إن الغارات ستتوقف من الثلاثاء")
            told = [x for x in in_clause if self._statement_day(x[0], x[1], trigger.start)]
            if told and told[0][2].first is not None:
                before = [x for x in in_clause if x[2].last is not None and x[2].last <= told[0][2].first]
                in_clause = [x for x in before if x not in told] or in_clause
        if in_clause:
            start, end, mention = min(in_clause, key=lambda x: abs(x[0] - trigger.start))
            mention = self._days_running(in_clause, end, mention)
            shifted = self._across_anaphor(start, end, mention)
            return shifted, [DAY_TOLD_APART] if shifted is not mention else [], False
        s_start, s_end = self.sentences[clause.sentence]
        references = [(c.start, c.end) for c in self.by_sentence[clause.sentence] if c.reference]
        in_sentence = [
            x
            for x in self._usable_in(s_start, s_end)
            if not any(a <= x[0] < b for a, b in references)
            and (x[0] < trigger.start or self._dates_incident_at(x[0], trigger.start))
        ]
        if in_sentence:
            return min(in_sentence, key=lambda x: abs(x[0] - clause.start))[2], [], False
        closing = self._closing_date(clause)
        if closing is not None:
            return closing, [], False
        now = self.grammar.present_time_word.search(self.flat, clause.start, clause.end)  # (most clauses: none)
        if (now and self.grammar.present_time.search(self.flat, clause.start, clause.end)) or (
            self.grammar.present_opening.match(self.flat, clause.start)
        ):
            return None, [PUBLICATION_ASSUMED], True  # "تدور حالياً اشتباكات": now, not the day told before
        sentence_dates = self.dates[bisect_left(self.date_starts, s_start) : bisect_left(self.date_starts, s_end)]
        told = [d for s, _, d in sentence_dates if s in self.told_days]
        if told and previous and previous[-1].clause.sentence == clause.sentence:
            # "rebels took X after clashes, the monitor said on Friday": the day its first clause was given
            return previous[-1].date, list(previous[-1].date_warnings), True
        if told and previous:
            return told[0], [], False  # "…, the monitor said on Saturday.": the day it was told, not one told before
        if told:
            return None, [PUBLICATION_ASSUMED], True  # the lead's: of the report's news days, dated by the body
        heading = self._heading_day(clause, previous)
        if heading is not None:
            return heading, [], False  # "الأحد 10 تشرين الثاني" heading the paragraphs below it: their own day
        item = self._item_heading(clause, previous)
        if item is not None:
            return item[2], [], False  # "1. مشفى X، بلدة Y – 5 أيار 2019. استهدفت غارات المشفى …": the item's day
        today = _day(self.article.published)
        for cand in reversed(previous):
            if cand.date is not None:
                if cand.date.granularity in (*_PERIODS, "week") and cand.clause.sentence != clause.sentence:
                    break  # "in November", "last week": an earlier incident told in passing, not the news of the day
                if today is not None and cand.date.first is not None and cand.date.first > today:
                    break  # "أمهلونا حتى نهاية الأسبوع لقبول التسوية أو مواجهة حملة": a deadline ahead, no news day
                return cand.date, list(cand.date_warnings), True
        if not previous and today is not None and clause.sentence - 1 in self.sentences:
            # "Volunteers answered 14 attacks yesterday. In X, four were killed …": the first incident told takes
            # the day before the publication's that the sentence before it gave, though that sentence told none (a
            # page's printed stamp there is the publication day: no day of its own)
            b_start, b_end = self.sentences[clause.sentence - 1]
            days = [
                d
                for s, e, d in self._usable_in(b_start, b_end)
                if d.granularity in ("day", "night")
                and d.first is not None
                and d.first < today
                and (self.flat[b_start:s].strip() or self.flat[e:b_end].strip(" .\n"))  # not a lone date line
            ]
            if days:
                return days[-1], [], True
        return None, [PUBLICATION_ASSUMED], True


def _two_days(date: DateMention) -> bool:
    """Two days running given as a range ("25 و26 نيسان"): an entry's title dates its paragraph by them as by a
    night's."""
    return date.granularity == "range" and date.first is not None and (date.last - date.first).days == 1


def _anticipation(lexicon_dir: Path) -> tuple[re.Pattern, re.Pattern]:
    """Words next to an incident noun that make it one not (yet) happened (``anticipation_words.csv``): after
    it ("هجوم تركي وشيك", "الهجوم الواسع المرتقب") or up to two words before it ("an imminent offensive", "يمهد لهجوم",
    "predicted a bloody battle")."""
    with open(lexicon_dir / "anticipation_words.csv", encoding="utf-8") as fh:
        words = trie_pattern(normalize_term(r["word"]) for r in csv.DictReader(fh))
    return re.compile(rf"(?:\s+\S+)?\s+(?:{words})(?!\w)"), re.compile(
        rf"(?<!\w)(?:{words})\s+(?:\S+\s+){{0,2}}(?:[وفبل]|لل|بال|ال)?$"
    )


def _supporting_fire(flat: str, start: int, trigger: Trigger, types: EventTypes, grammar: EventGrammar) -> bool:
    """True for fire named as support of what the clause tells ("soldiers, helped by jets, seized X",
    "units backed by allied artillery"): air strikes or shelling within three words after a word of
    support_cue; the act it backs ("backed by allied militias, retook") stays the clause's incident."""
    if means(trigger.event_type, types) != "remote":
        return False
    return bool(grammar.support_before.search(flat, max(start, trigger.start - 60), trigger.start))


def _town_claim(base: dict, killed: int, **subset: bool) -> dict:
    """The claim of one town's share of a toll: ``base``'s source with that town's dead only (no wounded, captured or
    vague figure of the whole)."""
    return dict(base, killed=killed, wounded=None, captured=None, vague=[], **subset)


def _share_span(count: Count, town: Place) -> tuple[int, int]:
    """The span of a town's share: its count and its town, in either order."""
    return min(count.start, town.start), max(count.end, town.end)


def _seen_one(flat: str, start: int, fig: Figure, grammar: EventGrammar) -> bool:
    """True for one person told by a noun, no number ("طفلاً", "a child"), within a few words after a verb of sight: a
    body a witness saw, which is no toll ("saw 12 bodies", "شاهد مصور ثماني جثث" count, and stay)."""
    if fig.count.value != 1:
        return False
    if not grammar.sight_before.search(flat, max(start, fig.count.start - _SIGHT_REACH), fig.count.start):
        return False
    words = flat[fig.count.start : fig.count.end].split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return len(words) == 1 and not any(ch.isdigit() for ch in words[0])


def _told_from_anchor(
    flat: str, clause: Clause, incident: list[Trigger], facts: list[FactionMention], grammar: EventGrammar
) -> tuple[list[Trigger], list[tuple[int, int]]]:
    """The incident words of a clause without those naming the earlier incident its time is told from ("Hours after
    Monday's bombing in X, jets struck Y", "بعد ساعات من تفجير X قصفت الطائرات Y"), when another of a known kind
    tells what the clause reports ([] when every one names it), and the spans of those words (from the time word to
    the next mark, side or word told): their place is the earlier incident's. "killed after a car bomb went off" keeps
    its bomb (no time counted from it)."""
    told, spans = [], []
    for t in incident:
        lo = max(clause.start, t.start - _ANCHOR_REACH)
        if not any(flat.find(w, lo, t.start) >= 0 for w in grammar.anchor_heads):
            told.append(t)
            continue
        anchor = grammar.anchor_before.search(flat, lo, t.start)
        if anchor is None or any(
            max(anchor.end("anchor"), anchor.end("definite")) <= u.start < t.start for u in incident
        ):
            told.append(t)  # (an incident word between: the time is counted from that one)
        else:
            spans.append((anchor.start(), t.end))
    if told and spans and not any(t.role == "incident" and t.event_type for t in told):
        return incident, []
    stops = [t.start for t in told] + [f.start for f in facts]
    return told, [
        (a, _ANCHOR_PHRASE_END.search(flat, b, min((s for s in stops if s > b), default=clause.end)).start())
        for a, b in spans
    ]


def _fled_from(flat: str, trigger: Trigger, triggers: list[Trigger], grammar: EventGrammar) -> bool:
    """True for the fire people fled, named right after the word of their flight ("نزحت العائلة من البلدة هرباً من
    القصف"): why they left, not an incident told."""
    return any(t.role == "displacement" and grammar.fled_from.fullmatch(flat, t.end, trigger.start) for t in triggers)


def _anticipated(flat: str, trigger: Trigger, tables: EventTables) -> bool:
    """True for an attack feared or announced, not one told."""
    after, before = tables.anticipation
    return bool(after.match(flat, trigger.end) or before.search(flat, max(0, trigger.start - 30), trigger.start))


def _ongoing(flat: str, triggers: list[Trigger], incident: list[Trigger]) -> bool:
    """True when every incident word of the clause is told as going on ("continued shelling", "strikes have
    continued", "amid ongoing bombardment"): a campaign, not an incident of its own; "airstrikes were carried out overnight amid ongoing
    bombardment" tells one."""
    ongoing = [t for t in triggers if t.role == "ongoing"]
    if not ongoing:
        return False
    told = [
        t
        for t in incident
        if any(-_ONGOING_REACH <= t.start - o.end and o.start - t.end <= _ONGOING_REACH for o in ongoing)
    ]
    pairs = list(itertools.pairwise(sorted(incident, key=lambda t: t.start)))
    for a, b in pairs + pairs[::-1]:  # "clashes and shelling and raids have continued": the whole list
        if (a in told) != (b in told) and _COORDINATED.fullmatch(flat, a.end, b.start):
            told.append(b if a in told else a)
    return all(t in told for t in incident)


def _named_part(lexicon_dir: Path) -> re.Pattern:
    """An ordinal (``ordinals.csv``) and "من" right after a period's words: "خلال الأسبوع الثاني من شباط"."""
    with open(lexicon_dir / "ordinals.csv", encoding="utf-8") as fh:
        words = {normalize_term(r["term"]) for r in csv.DictReader(fh)}
    return re.compile(rf"\s+(?:{trie_pattern(words)})\s+من\s")


def _counts_over_a_period(flat: str, trigger: Trigger, tables: EventTables) -> bool:
    """True for a period's words ("خلال الأسبوع", "over the past month"): the clause is a running total; not
    when they name one part of a month ("خلال الأسبوع الثاني من شباط"), the incident's own interval."""
    return trigger.role == "period" and not tables.named_part.match(flat, trigger.end)


def _under_way(flat: str, start: int, end: int, grammar: EventGrammar) -> bool:
    """True for a campaign told as going on for a span of time ("يتعرض الحي منذ أشهر لقصف", "القصف المتواصل منذ
    أشهر"): background."""
    # the span's words first: most clauses have none, and then the two searches for the verb are spared
    if not word_search(grammar.lasting, flat, start, end):
        return False
    return bool(grammar.under_way_verb.search(flat, start, end) or word_search(grammar.continuing, flat, start, end))


def _heading_days(
    flat: str, dates: list[tuple[int, int, DateMention]], grammar: EventGrammar
) -> list[tuple[int, DateMention]]:
    """(start, day) of the days that stand alone on their lines ("الأحد 10 تشرين الثاني 2019", "Sunday, 17
    November 2019:", "يوم 10/11/2019:"; ``grammar.heading_lead``: the words that may come before), when the report has
    at least ``_HEADING_DAYS`` such days: a daily report's headings, each the day of the paragraphs below it that name
    none. (One such line is a dateline or a stamp, not a section.)"""
    headings = []
    for start, end, d in dates:
        if d.first is None or d.granularity not in ("day", "night", "range"):
            continue
        if d.first != d.last and (d.last - d.first).days > (_HEADING_SPAN_DAYS if d.granularity == "range" else 1):
            continue
        window = max(0, start - _HEADING_LEAD_CHARS - 1)  # (the line's start is looked for only that far back)
        line_start = flat.rfind("\n", window, start) + 1
        if (line_start == 0 and window > 0) or not grammar.heading_lead.fullmatch(flat, line_start, start):
            continue  # (most dates: words before them on their line)
        line_end = flat.find("\n", end)
        if not flat[end : len(flat) if line_end < 0 else line_end].strip(_HEADING_MARKS):
            headings.append((start, d))
    return headings if len({d.first for _, d in headings}) >= _HEADING_DAYS else []


def _lasting_days(flat: str, start: int, end: int, grammar: EventGrammar) -> int | None:
    """Where a campaign is told as lasting days or weeks ("يشن الجيش منذ خمسة أسابيع هجوما", "الغارات
    المتواصلة منذ أيام", "has pounded the town for three weeks"), or None: the figures told after are its total."""
    lasting = word_search(grammar.lasting_for, flat, start, end)
    if lasting is not None:
        return lasting.start()
    lasting = word_search(grammar.lasting_days, flat, start, end)
    if lasting is None:
        return None  # most clauses: the two searches for a verb of a campaign going on are spared
    going_on = grammar.under_way_verb.search(flat, start, end) or word_search(grammar.continuing, flat, start, end)
    return lasting.start() if going_on else None


def _spent_days(flat: str, start: int, trigger: Trigger, grammar: EventGrammar) -> bool:
    """True for an incident word told as a span of days ("after days of heavy fighting"), not two days."""
    lo = max(start, trigger.start - 40)
    if flat.find(" of ", lo, trigger.start) < 0:  # most incident words: no "of" before them, no search
        return False
    span = grammar.spent_days.search(flat, lo, trigger.start)
    if span is None:
        return False
    return not grammar.two_days_end.search(flat, max(start, span.start() - 8), span.end("unit"))


def _outside_span(figs: list, cue: SpanCue) -> list:
    """The figures a span's words do not count: after "since"/"for" a span, the figures told later are the
    total; "خلال سبعة أيام", "in ten days" count the figure nearest them (and any told between)."""
    if not cue.counted:
        return [fig for fig in figs if fig.count.start < cue.start]
    nearest = min(figs, key=lambda fig: abs(fig.count.start - cue.start))
    if abs(nearest.count.start - cue.start) > _SPAN_REACH:
        return figs
    low, high = sorted((nearest.count.start, cue.start))
    return [fig for fig in figs if not low <= fig.count.start <= high]


def _spans_days(
    flat: str, start: int, date: DateMention, published: dt.datetime | dt.date | None, grammar: EventGrammar
) -> bool:
    """True for a date a count runs over several days: a range of more than ``_SINCE_DAYS`` days up to publication
    ("منذ الثلاثاء", "in the past six days"), or the day a count starts from ("since 9 June",
    "منذ 3 حزيران", "منذ صباح الأحد": a part of a day is no "ago" when the day is named) more than ``_SINCE_DAYS``
    days before publication (or publication unknown)."""
    if date.granularity == "range" and date.first is not None and date.last is not None and published is not None:
        # up to the news ("منذ الثلاثاء", "in the past six days"); a range that ends before ("in the second week of
        # May") is the incident's own interval
        day = _day(published)
        return (date.last - date.first).days > _SINCE_DAYS and date.last >= day
    if date.last is None or not grammar.since_before.search(flat, max(0, start - 8), start):
        return False
    return _days_back(date, published)


def _begun_days_back(
    flat: str, start: int, date: DateMention, published: dt.datetime | dt.date | None, grammar: EventGrammar
) -> bool:
    """True for the date a campaign is told as begun ("بدأت في كانون الثاني", "began on 3 May") more than
    ``_SINCE_DAYS`` days before publication (or publication unknown): what it has killed since is its running total."""
    if date.last is None or not grammar.campaign_begun.search(flat, max(0, start - 30), start):
        return False
    return _days_back(date, published)


def _days_back(date: DateMention, published: dt.datetime | dt.date | None) -> bool:
    """True for a date ending more than ``_SINCE_DAYS`` days before publication, or publication unknown: what was
    counted from it is a running total."""
    if published is None:
        return True
    day = _day(published)
    return (day - date.last).days > _SINCE_DAYS


def _counts_a_period(flat: str, start: int, date: DateMention, grammar: EventGrammar) -> bool:
    """A date that makes a figure a running total: a whole week, month or year ("in February", "خلال آب
    الماضي", "this month"), or the day a count starts from ("since 20 May", "منذ 3 حزيران")."""
    if date.granularity in _PERIODS:
        return True
    # "منذ صباح اليوم", "since Friday" count the incident's own hours or days
    return date.kind == "absolute" and bool(grammar.since_before.search(flat, max(0, start - 8), start))


def _risen_past_the_incident(figs: list, clause: Clause, previous: list[Candidate]) -> bool:
    """True when a toll said to rise ("لترتفع بذلك حصيلة هذا القصف إلى 1200", "bringing the toll to 900") follows,
    in the same sentence, an incident told with its own toll and is many times that toll: the deaths just told
    raise the total of the campaign they belong to, not the incident's own toll (one revised in its sentence, "قتل
    خمسة … قبل أن ترتفع الحصيلة إلى ثمانية", stays the incident's)."""
    if not previous or previous[-1].clause.sentence != clause.sentence:
        return False
    told = max((c["killed"] or 0 for c in previous[-1].claims), default=0)
    risen = max((fig.count.value or 0 for fig in figs if fig.kind == "killed"), default=0)
    return 0 < told and risen >= _RUNNING_TOTAL_RATIO * told


def _revised_by(previous: list[Candidate], figs: list) -> Candidate | None:
    """The incident an earlier toll belongs to: of those whose toll rose (else of all), the one told with the
    largest toll above it."""
    floor = max((fig.count.value or 0 for fig in figs if fig.kind == "killed"), default=0)
    best, top = None, floor
    for cand in previous:
        killed = max((c["killed"] or 0 for c in cand.claims if not cand.reference), default=0)
        if killed > top:
            best, top = cand, killed
    return best


def _closed(text: str) -> str:
    """A source's name as printed, with the quote or bracket it opened closed: 'وكالة "إباء"'."""
    for opening, close in (("(", ")"), ('"', '"'), ("«", "»"), ("“", "”")):
        unbalanced = text.count(opening) % 2 if opening == close else text.count(opening) > text.count(close)
        if unbalanced:
            text += close
    return text.strip()


def _retold_type(types: EventTypes, told: str, retold: str, undated: bool = False) -> bool:
    """True when an incident told as ``told`` may be told again as ``retold``: the same kind, the general word
    ("the attack happened late on Tuesday" after an air strike), a kind of the same ``merge_group`` ("وكانت
    الطائرات قد استهدفت المدينة" after "غارات", the generic verb typed by its instrument), or any kind after the
    general word when nothing dated the incident ("a gas attack killed 40. A helicopter dropped the barrel on
    Saturday evening")."""
    if retold == told or types.get(retold) is None or types.get(retold).kind != "specific":
        return True
    told_row = types.get(told)
    return told_row is not None and (
        (undated and told_row.kind == "general") or told_row.merge_group == types.get(retold).merge_group
    )


def _attackers(claims: list[dict], perpetrators: list[str]) -> list[dict]:
    """Claims counting "the attackers" count the incident's perpetrators (when one side is named)."""
    for claim in claims:
        if claim["of"] == ATTACKERS:
            claim["of"] = perpetrators[0] if len(perpetrators) == 1 else None
    return claims


def _day(moment: dt.datetime | dt.date | None) -> dt.date | None:
    """The calendar day of a publication moment given as a datetime or a date."""
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _latin_letter_at(flat: str, at: int) -> bool:
    """True for a Latin letter at ``at``: only a Latin count word can be a piece of a place's name split at its
    apostrophe ("Nu'man")."""
    return "a" <= flat[at] <= "z"


def _told_day(flat: str, start: int, end: int, grammar: EventGrammar) -> bool:
    """True for a day right after an English verb of saying, or after it and whom or how it was told, that closes its
    sentence or clause ("…, an activist group said Tuesday.", "the army said on Sunday, adding …", "…, a general told
    journalists on Thursday."): the day the news was told."""
    if not _TOLD_DAY_ENDS.match(flat, end):
        return False
    if grammar.said_right_before.search(flat, max(0, start - 20), start):
        return True
    lo = max(0, start - _TOLD_TO_REACH)
    return flat[lo:start].isascii() and grammar.said_to_before.search(flat, lo, start) is not None  # (English only)


def _describes_side(flat: str, trigger: Trigger, facts: list) -> bool:
    """True for an English -ing incident word right after a side's name, or after the compound it leads ("rebels
    battling the army", "the Turkish-backed alliance battling the Kurds"): it says what the side does, not what happened."""
    if not trigger.word.isascii() or not trigger.word.endswith("ing"):
        return False
    return any(
        0 <= trigger.start - f.end <= _SIDE_THEN_PARTICIPLE_MAX
        and _SIDE_THEN_PARTICIPLE.fullmatch(flat, f.end, trigger.start)
        for f in facts
    )


def _told_as_state(flat: str, start: int, incident: list[Trigger], facts: list, grammar: EventGrammar) -> bool:
    """True when the first incident word of an English clause is told as a state, not as a happening: after
    "have", "has", "are", "is", maybe with "been", "under", "also" or an adverb between ("insurgents have long
    shelled the old quarter", "the two camps are under fire"; not "have reported strikes"), or an -ing
    form right after the side it describes ("rebels fighting against the government")."""
    first = min(incident, key=lambda t: t.start, default=None)
    if first is None or not first.word.isascii():
        return False
    if _describes_side(flat, first, facts):
        return True
    return grammar.state_before.search(flat, max(start, first.start - 25), first.start) is not None


def _long_range(date: DateMention) -> bool:
    """True for a range of days ("between 30 September and 15 March") longer than ``_NEWS_WINDOW``: what a text
    tells over it is a count of the period, not one incident."""
    if date.granularity != "range" or date.first is None or date.last is None:
        return False
    return (date.last - date.first).days > _NEWS_WINDOW


def _both_sides(
    facts: list, victims: set[int], perpetrators: list[str], targets: list[str], factions: FactionTables
) -> tuple[list, list]:
    """ "معارك أودت بحياة 12 من قوات النظام والفصائل المعارضة": a clash whose dead belong to two opposing sides,
    with no side named as the one that attacked, is fought by both."""
    sides: list[str] = []
    for f in facts:
        if f.start in victims and f.faction not in ("civilians", "unknown") and f.faction not in sides:
            sides.append(f.faction)
    if len({factions.bloc(s) for s in sides}) < 2:
        return perpetrators, targets
    return sides, [t for t in targets if t not in sides]


def _fought_at(targets: list[str], factions: FactionTables) -> tuple[list, list]:
    """ "قتل عنصران من X في اشتباكات مع Y على محور Z": a clash at a place of its own whose sides are named only
    as the one that lost men and the one it fought, no side as the attacker, is fought by both (perpetrators,
    targets). Told with no place, such a clash is rather the fighting of an incident told before it."""
    sides = [t for t in targets if t not in ("civilians", "unknown")]
    if len({factions.bloc(s) for s in sides}) < 2:
        return [], targets
    return sides, [t for t in targets if t not in sides]


def _default_side(targets: list[str]) -> str | None:
    """The side a figure counts when the text does not say: the first target that is not civilians."""
    fighters = [t for t in targets if t != "civilians"]
    return fighters[0] if fighters else (targets[0] if targets else None)


class _Merger:
    """Merges candidates telling the same incident and turns them into contract dicts."""

    def __init__(self, extractor: _Extractor) -> None:
        self.x = extractor
        # (most reports hold no entry-into-force phrase: their incidents' sentences are not searched for one)
        self.agreement_cued = extractor.reference.entry_into_force.may_hold(extractor.flat)

    def merge(self, candidates: list[Candidate]) -> list[dict]:
        ref = self.x.reference
        events: list[Candidate] = []
        owner: dict[int, Candidate] = {}
        overviews = _overviews(candidates, self.x.flat) | _two_sided_summaries(candidates, self.x.flat, ref)
        for i, cand in enumerate(candidates):
            if cand.weak or i in overviews:
                continue
            target = self._match(events, cand)
            if target is None:
                events.append(cand)
                owner[i] = cand
            else:
                _absorb(target, cand, ref)
                owner[i] = target
        published = self.x.article.published
        day = _day(published)
        events, joined = cluster(events, partial(_absorb, reference=ref), news_days(day), ref)
        owner = {i: joined.get(id(ev), ev) for i, ev in owner.items()}
        relations = self._relations(candidates, owner, events)
        implied_shooters(events, ref)
        heads = None
        if any(lacks_shooter(ev) for ev in events):  # (the headlines are read only then)
            heads = self.x.headline_frames()
            headline_shooters(events, heads, ref)
            campaign_shooters(events, self.x.background_shooters, ref)
        if len(events) == 1 and self.x.headlines and not any(has_figure(c) for c in events[0].claims):  # (likewise)
            headline_toll(events, self.x.headline_frames() if heads is None else heads, ref)
        _governorates_told_elsewhere(candidates, events)
        self._events = [part for ev in events for part in split_round_up(ev, self.x.flat)]
        return [self._to_dict(n, ev, relations.get(id(ev), [])) for n, ev in enumerate(self._events)]

    def _match(self, events: list[Candidate], cand: Candidate) -> Candidate | None:
        if cand.elsewhere:
            return None  # "N others elsewhere in the province": counted apart from the incident told before
        ref = self.x.reference
        events = [ev for ev in events if told_in_passing(ev) == told_in_passing(cand)]
        if events and _same_incident_told(events[-1], cand) and self._in_the_same_battle(cand):
            return events[-1]  # "IS said it killed 17 SDF fighters in the same fighting": the other side's account
        if cand.responds and cand.perpetrators:  # "… came under fire, and its forces retaliated": the reply is apart
            events = [ev for ev in events if not _answered_by(ev, cand)]
        if events and (cand.retold or not (cand.perpetrators or cand.reference)) and _retells(events[-1], cand, ref):
            return events[-1]  # "the shelling" again, or a shooter-less clause giving the last incident its place
        tolled_strike = (
            grounded_air_strike(events[-1], cand, ref) and any(c["killed"] for c in cand.claims) if events else False
        )
        if (
            events
            and not _point_names(cand, ref.gazetteer)
            and not tolled_strike  # barrel bombs with their own dead: apart
            and not _near_another_town(events[-1], cand, ref.gazetteer)
        ):
            last = events[-1]
            if (
                not cand.perpetrators
                and not cand.reference
                and not _another_day(last, cand)
                and not _governorate_apart(last, cand)
            ):
                return last  # an incident word with no actor and no town elaborates the last incident
            if (
                last.clause.sentence != cand.clause.sentence
                and _elaborates(last, cand, ref)
                and not cand.gapped
                # a toll or a generic act on a day of its own ("On Wednesday 60 were killed") is that day's incident
                and not ((self._under_heading(cand) or cand.generic) and _another_day(last, cand))
            ):
                return last
            same_actor = cand.perpetrators and set(cand.perpetrators) <= set(last.perpetrators)
            if last.clause.sentence == cand.clause.sentence and same_actor and _elaborates(last, cand, ref):
                return last  # "… هجوماً على كفرنبودة، وسط اشتباكات أسفرت عن …": the same incident
        if events and cand.denied and _denial_of(events[-1], cand):
            return events[-1]  # "Russia denied targeting civilians and said its jets only hit militants": its account
        if cand.day_retold and not _point_names(cand, ref.gazetteer):
            told = [ev for ev in events if _day_range(ev) == _day_range(cand) and _retold_by_day(ev, cand)]
            if len(told) == 1:
                return told[0]  # "Friday's shelling was retaliation for …": the shelling told of that day
        for ev in reversed(events):
            if _same_incident(ev, cand, ref) and not _past_another(ev, cand):
                return ev
        return None

    def _in_the_same_battle(self, cand: Candidate) -> bool:
        """True when the candidate's clause says its figures were "in the same battle" (looked for only where the
        word all those phrases hold stands)."""
        flat, grammar = self.x.flat, self.x.grammar
        start, end = cand.evidence[0]
        return flat.find(grammar.same_incident_head, start, end) >= 0 and (
            word_search(grammar.same_incident, flat, start, end) is not None
        )

    def _under_heading(self, cand: Candidate) -> bool:
        """The candidate is dated by the day heading its section (a daily report's): an incident of that day, not
        more of the one told under the day before."""
        return any(cand.date is day for _, day in self.x.heading_days or ())

    def _relations(self, candidates: list[Candidate], owner: dict[int, Candidate], events: list[Candidate]) -> dict:
        relations: dict[int, list[Candidate]] = {}
        for i, cand in enumerate(candidates):
            if not cand.responds or i not in owner:
                continue
            answered = None
            for j in range(i - 1, -1, -1):  # the "رداً على ..." incident told in the same sentence
                other = candidates[j]
                if other.reference and other.clause.sentence == cand.clause.sentence and j in owner:
                    answered = owner[j]
                    break
            if answered is None:
                answered = self._answered(cand, owner[i], events)
            if answered is not None and answered is not owner[i]:
                relations.setdefault(id(owner[i]), []).append(answered)
                if not owner[i].places and answered.origins:
                    owner[i].places = list(answered.origins)  # "ردت على مصادر النيران": where the fire came from
        for i, cand in enumerate(candidates):
            if cand.reference and i in owner:  # the incident told before "رداً على" answers this one
                for j in range(i - 1, -1, -1):
                    other = candidates[j]
                    if j in owner and not other.reference and owner[j] is not owner[i]:
                        if owner[i] not in relations.get(id(owner[j]), []):
                            relations.setdefault(id(owner[j]), []).append(owner[i])
                        break
        return relations

    def _answered(self, cand: Candidate, ev: Candidate, events: list[Candidate]) -> Candidate | None:
        bloc, gaz = self.x.reference.factions.bloc, self.x.reference.gazetteer
        own = {bloc(p) for p in ev.perpetrators}
        if cand.answers:
            for other in events:
                if other is not ev and _point_names(other, gaz) & cand.answers:
                    return other
        earlier = events[: events.index(ev)] if ev in events else events
        for other in reversed(earlier):
            if other.perpetrators and not own & {bloc(p) for p in other.perpetrators}:
                return other
        return None

    def _to_dict(self, n: int, ev: Candidate, answered: list[Candidate]) -> dict:
        view = self.x.view
        published = self.x.article.published
        date = ev.date
        warnings = list(ev.date_warnings) + (list(date.warnings) if date else [])
        if date is not None:
            first, last, date_text = date.first, date.last, date.text
        elif ev.date_warnings == ["the report gives no date"] or published is None:
            first = last = date_text = None
            if published is None and ev.date_warnings != ["the report gives no date"]:
                warnings = ["no date in the text and the publication date is unknown"]
        elif (stated := self.x.day_stated(ev.clause)) is not None:
            first, last, date_text = stated.first, stated.last, stated.text
            warnings = [STATEMENT_DAY_ASSUMED]
        else:
            first = last = _day(published)
            date_text = None
        lead = None if ev.elsewhere else self.x.lead_place  # "N others elsewhere": not at the lead's town
        places = with_governorate_around(
            with_lead_place(ev.places, lead), self.x.places, *self.x.sentences[ev.clause.sentence]
        )
        places = [p.to_dict() for p in with_parent_cities(places, self.x.reference.gazetteer)]
        key = self.x.article.key
        claims = []
        for claim in _dedupe(ev.claims):
            claim = dict(claim, evidence=[list(view.to_original(a, b)) for a, b in claim["evidence"]])
            claims.append(claim)
        event = {
            "id": f"{key}-e{n + 1}",
            "first": first.isoformat() if first else None,
            "last": last.isoformat() if last else None,
            "date_text": date_text,
            "date_warnings": warnings,
            "type": ev.event_type,
            "perpetrators": ev.perpetrators or self._munition_users(ev),
            "targets": ev.targets,
            "place": places[0] if places else None,
            "places": places[1:],
            "claims": claims,
            "evidence": [list(view.to_original(a, b)) for a, b in ev.evidence],
            "relations": [
                {"type": "retaliation_for", "event": f"{key}-e{self._index(a) + 1}"} for a in answered if self._has(a)
            ],
        }
        relative = (
            relative_to_agreement(view.flat, ev.evidence, self.x.reference.entry_into_force)
            if self.agreement_cued
            else None
        )
        if relative is not None:  # optional contract keys: "hours before the truce took effect"
            event["relative_to_agreement"] = relative.relation
            event["relative_to_agreement_evidence"] = [list(view.to_original(*relative.span))]
        return event

    def _munition_users(self, ev: Candidate) -> list[str]:
        """ "قصف بالبراميل المتفجرة على بلدة …": an incident told with no shooter, hit with a munition only one side
        drops, is that side's. Read once the report's incidents are told apart: the munition names no shooter that
        would set this incident apart from the report's others."""
        flat, factions = self.x.view.flat, self.x.reference.factions
        users = {munition_user(flat, a, b, factions) for a, b in ev.evidence} - {None, *ev.targets}
        return sorted(users)

    def _index(self, ev: Candidate) -> int:
        return self._events.index(ev)

    def _has(self, ev: Candidate) -> bool:
        return ev in self._events


def _overviews(candidates: list[Candidate], flat: str) -> set[int]:
    """Indexes of leads that sum up incidents in several governorates ("shells hit Damascus, Aleppo and al-Fouaa
    in Idlib"), with no toll of their own, each governorate told again by a later clause: the incidents are those
    clauses, not the summary. Only clauses of the lead's own days retell it: the start of a campaign weeks before
    is background, not the lead's incidents told again. A region locating the town right before it ("Daraya
    southwest of Damascus") is no second governorate."""
    out = set()
    for i, cand in enumerate(candidates):
        governorates = {p.admin1 for p in cand.places if p.admin1 and not _locates(flat, p, cand.places)}
        if len(governorates) < 2 or any(c["killed"] for c in cand.claims):
            continue
        days = _day_range(cand)
        later = [
            {p.admin1 for p in c.places if p.admin1}
            for c in candidates[i + 1 :]
            if not c.weak and not _apart(days, _day_range(c))
        ]
        if all(any(g in told for told in later) for g in governorates):
            out.add(i)
    return out


def _two_sided_summaries(candidates: list[Candidate], flat: str, reference: Reference) -> set[int]:
    """Indexes of English clauses telling in one breath the fire of the government's side and of one against it
    ("Rebel shelling of X and government air strikes on Y killed 19"), no fight between them, when each side is told again later as the one
    shooter of a clause of its days: the incidents are those clauses; the summary would join them into one. (An
    Arabic clause naming two sides is more often one side's attack on the other's positions.)"""
    out = set()
    bloc, mutual = reference.factions.bloc, reference.event_types.mutual
    for i, cand in enumerate(candidates):
        sides = {bloc(p) for p in cand.perpetrators if p != "unknown"}
        if (
            "pro-government" not in sides
            or len(sides) < 2
            or cand.event_type in mutual
            or not flat[cand.clause.start : cand.clause.end].isascii()
        ):
            continue
        days = _day_range(cand)
        told = set()
        for later in candidates[i + 1 :]:
            shooters = {bloc(p) for p in later.perpetrators}
            if len(shooters) == 1 and not later.weak and not _apart(days, _day_range(later)):
                told |= shooters
        if sides <= told:
            out.add(i)
    return out


def _locates(flat: str, region: Place, places: list[Place]) -> bool:
    """True for a region named right after a town, nothing but a comma between ("Anadan, north of Aleppo")."""
    return (region.precision or 1) >= 3 and any(
        (p.precision or 1) < 3 and p.end <= region.start and not flat[p.end : region.start].strip(" ,") for p in places
    )


def _answered_by(ev: Candidate, reply: Candidate) -> bool:
    """True when ``reply``'s shooters were the target of ``ev`` (or ``ev`` names no shooter of their side)."""
    shooters = set(reply.perpetrators)
    if shooters & set(ev.perpetrators):
        return False
    return bool(shooters & set(ev.targets)) or not ev.perpetrators


def _dedupe(claims: list[dict]) -> list[dict]:
    seen = set()
    out = []
    for c in claims:
        key = (c["source"], c["killed"], c["wounded"], c["captured"], c["of"], tuple(c["vague"]))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _apart(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    """True when two day ranges are both known and more than a day apart."""
    one_day = dt.timedelta(days=1)
    return bool(a and b and (b[0] > a[1] + one_day or b[1] < a[0] - one_day))


def _day_range(cand: Candidate) -> tuple[dt.date, dt.date] | None:
    if cand.date is None or cand.date.first is None:
        return None
    return cand.date.first, cand.date.last or cand.date.first


def _another_day(ev: Candidate, cand: Candidate) -> bool:
    """True when ``cand`` tells a toll of its own on days its own words give ("on Monday", not carried over)
    apart from ``ev``'s: "a day earlier a barrel bomb killed 24" is an incident of its own."""
    a, b = _day_range(ev), _day_range(cand)
    tolled = any(c.get("killed") for c in cand.claims)
    far = bool(b and a and (b[0] > a[1] + dt.timedelta(days=7) or b[1] < a[0] - dt.timedelta(days=7)))
    # a day weeks apart is another incident even without a toll ("since a campaign began on 18 February"), and so is
    # a day the story moves on to ("the following day, three more shells landed")
    moved = cand.date is not None and cand.date.reference == "narrative"
    # a line of a chronology printing its own date ("- 2 September 2019 – Rocket fire on the town centre") days apart
    printed = cand.date is not None and cand.date.kind == "absolute" and _apart(a, b)
    return bool(a and b and (tolled or far or moved or printed) and not cand.carried and (b[1] < a[0] or b[0] > a[1]))


def _state_terrorists(ev: Candidate, cand: Candidate, factions: FactionTables) -> bool:
    """True when one frame's only side is the unnamed armed groups and the other's are IS."""
    if ev.perpetrators == [GENERIC]:
        other = cand.perpetrators
    elif cand.perpetrators == [GENERIC]:
        other = ev.perpetrators
    else:
        return False
    return bool(other) and all(factions.bloc(p) == "isis" for p in other)


def _perps_compatible(a: list[str], b: list[str], factions: FactionTables) -> bool:
    if not a or not b or set(a) & set(b):
        return True
    generic = "opposition-unspecified"
    for x, y in ((a, b), (b, a)):
        if x == [generic] and all(factions.bloc(p) in ("opposition", "jihadist") for p in y):
            return True
    return False


def _point_names(cand: Candidate, gaz: Gazetteer) -> set[str]:
    return _point_names_of(cand.places, gaz)


def _point_names_of(places: list[Place], gaz: Gazetteer) -> set[str]:
    """The settlements of an incident, a neighbourhood or landmark standing for its city ("al-Ashrafiyah",
    "the Scientific Research Centre" -> Aleppo): a round-up of a city's districts is told of the city."""
    names: set[str] = set()
    for p in places:  # (one pass: asked several times of each clause and of each pair the merger weighs)
        if p.kind in INSIDE_A_CITY:
            city = city_of(p, gaz)
            if city is not None:
                names.add(city.name_en)
        elif (p.precision or 1) < 3 and not p.nearby:
            names.add(p.name or p.text)
            if p.name_ar:
                names.add(p.name_ar)  # "ناحية X" is X
    return names


def _near_another_town(ev: Candidate, cand: Candidate, gaz: Gazetteer) -> bool:
    """True when ``cand`` names a settlement only to locate its site ("a checkpoint near the village of X") and
    ``ev`` names settlements, none of them that one: an incident elsewhere, no retelling of ``ev``."""
    near = {p.name or p.text for p in cand.places if p.nearby and (p.precision or 1) < 3}
    if not near:
        return False
    own = _point_names(ev, gaz)
    return bool(own) and not same_settlement(near, own)


def _local(place: Place) -> bool:
    """A place an anaphor can point back to: a settlement or a named road, not a region."""
    return (place.precision or 1) < 3 or place.kind == "road"


def _local_places(flat: str, places: list[Place], gaz: Gazetteer, grammar: EventGrammar) -> set[str]:
    """Point places other than a governorate's capital, any governorate of the gazetteer ("on Idlib" may mean
    the whole province; "the city of Idlib" does not)."""
    return {
        p.name or p.text
        for p in places
        if (p.precision or 1) < 3
        and p.kind != "neighbourhood"
        and (
            not (names_a_governorate(p.name or p.text, gaz) or names_a_governorate(p.text, gaz))
            or grammar.city_before.search(flat, max(0, p.start - 12), p.start)
        )
    }


def _blocs(perps: list[str], factions: FactionTables) -> set[str]:
    return {factions.bloc(p) for p in perps}


def _past_another(ev: Candidate, cand: Candidate) -> bool:
    """True when ``ev`` was told as another incident at a place of its own ("كما سقطت قذيفة أخرى على حي Y") and ``cand``
    names a place it does not: the clause goes on to a third place, not to that incident."""
    if not ev.elsewhere:
        return False
    told = {p.name or p.text for p in ev.places}
    return any((p.name or p.text) not in told for p in cand.places)


def _elaborates(ev: Candidate, cand: Candidate, reference: Reference) -> bool:
    """A placeless clause in a later sentence that retells the last incident (same day, same side)."""
    if grounded_air_strike(ev, cand, reference) or other_governorate(ev.places, cand.places):
        return False  # a region of another governorate: told elsewhere, not of the last incident
    if unclaimed_apart(ev, cand):
        return False  # "غارات … من دون أن تحدد الجهة المسؤولة. كما تعرضت قرى لقصف مدفعي مصدره مواقع القوات الحكومية"
    a, b = _day_range(ev), _day_range(cand)
    if (
        (a is None) != (b is None)
        or _apart(a, b)
        or (a != b and DAY_TOLD_APART in ev.date_warnings + cand.date_warnings)
        or (a != b and not cand.carried and cand.date.reference == "narrative")
    ):
        # an ongoing fight told again "today" may carry the next day's date (not one "غداة" dates, nor one the
        # story moves on to: "the following day, three more shells landed")
        return False
    types, factions = reference.event_types, reference.factions
    if means(ev.event_type, types) != means(cand.event_type, types) and not cand.generic:
        return False  # shelling told after a ground attack is another incident
    if _perps_compatible(ev.perpetrators, cand.perpetrators, factions):
        return True
    # "Jihadists attacked … Fighters from Hurras al-Din stormed the positions": a placeless retelling by a
    # group of the same bloc names who did it
    return (cand.generic or not cand.places) and bool(
        _blocs(ev.perpetrators, factions) & _blocs(cand.perpetrators, factions)
    )


def _governorate_apart(ev: Candidate, cand: Candidate) -> bool:
    """True when neither names a town, only regions or governorates, and ``cand``'s lie in another governorate than
    ``ev``'s: "shells fell on Hama" after the strikes on Jabal al-Zawiya is another incident (where ``ev`` names a
    town, a province named after it may be that town's)."""
    regional = all(p.precision == 3 for p in ev.places + cand.places)
    return regional and bool(cand.places) and other_governorate(ev.places, cand.places)


def _retells(ev: Candidate, cand: Candidate, reference: Reference) -> bool:
    """ "استهدفت المسيرات مواقع النظام. وتركز القصف على قرية X، ما أدى إلى مقتل 19": "the shelling" of the
    next clause or sentence (or fire told there with no shooter) is the incident just told, which gains its
    place and toll."""
    if cand.clause.sentence - ev.clause.sentence > 1 or not ev.perpetrators or grounded_air_strike(ev, cand, reference):
        return False
    undated = ev.date is None and ev.date_warnings == [PUBLICATION_ASSUMED]  # the retelling may give the day
    if not set(cand.perpetrators) <= set(ev.perpetrators) or (_day_range(ev) != _day_range(cand) and not undated):
        return False
    types = reference.event_types
    if means(ev.event_type, types) != means(cand.event_type, types) and not cand.generic:
        return False
    if other_governorate(ev.places, cand.places):
        return False  # "the jets also struck Eastern Ghouta": the same shooters elsewhere, another incident
    own, told = _point_names(ev, reference.gazetteer), _point_names(cand, reference.gazetteer)
    return not own or bool(own & told) or not told


def _longest_shared_word(phrases) -> str:
    """The longest word every phrase holds: one ``str.find`` for it tells where none of them can stand."""
    shared = set.intersection(*(set(p.split()) for p in phrases))
    return max(sorted(shared), key=len)


def _same_incident_told(ev: Candidate, cand: Candidate) -> bool:
    """True when ``cand``, told "in the same battle", can be ``ev``, the incident told last: in the same or the next
    sentence, on its day or on none of its own."""
    undated = cand.date is None or cand.carried
    return 0 <= cand.clause.sentence - ev.clause.sentence <= 1 and (undated or _day_range(ev) == _day_range(cand))


def _governorates_told_elsewhere(candidates: list[Candidate], events: list[Candidate]) -> None:
    """A place with no governorate takes the one the report gives the same name elsewhere ("the towns of Nubl and
    al-Zahraa north of Aleppo", later "the outskirts of al-Zahraa": a village the gazetteer lacks is in Aleppo
    there too), when the report gives that name one governorate only."""
    if not any(not p.admin1 for ev in events for p in ev.places):
        return
    told: dict[str, set[str]] = {}
    for cand in candidates:
        for p in cand.places:
            if p.admin1:
                told.setdefault(p.text, set()).add(p.admin1)
    for ev in events:
        ev.places = [
            replace(p, admin1=next(iter(told[p.text]))) if not p.admin1 and len(told.get(p.text, ())) == 1 else p
            for p in ev.places
        ]


def _denial_of(ev: Candidate, cand: Candidate) -> bool:
    """True when ``cand``, told in a sentence of denial, is the accused side's account of ``ev``, the incident told
    just before it: in the same or the next sentence, of the same kind, by its shooters, with no day and no toll."""
    return (
        0 <= cand.clause.sentence - ev.clause.sentence <= 1
        and cand.event_type == ev.event_type
        and bool(cand.perpetrators)
        and set(cand.perpetrators) <= set(ev.perpetrators)
        and (cand.carried or cand.date_warnings == [PUBLICATION_ASSUMED])
        and not any(c.get("killed") or c.get("wounded") for c in cand.claims)
    )


def _retold_by_day(ev: Candidate, cand: Candidate) -> bool:
    """True when ``ev`` is what a clause naming an incident by its day ("Friday's shelling") retells: the same kind,
    by the same shooters or by none named."""
    return ev.event_type == cand.event_type and set(cand.perpetrators) <= set(ev.perpetrators)


def _same_incident(ev: Candidate, cand: Candidate, reference: Reference) -> bool:
    a, b = _day_range(ev), _day_range(cand)
    if (a is None) != (b is None) or grounded_air_strike(ev, cand, reference):
        return False
    if a and b and (b[1] < a[0] or b[0] > a[1]):
        return False
    if apart_from_month_summary(ev, cand):
        return False  # a month's fire summed up, then an incident on one of its days
    types, factions = reference.event_types, reference.factions
    ev_places, cand_places = _point_names(ev, reference.gazetteer), _point_names(cand, reference.gazetteer)
    if not _perps_compatible(ev.perpetrators, cand.perpetrators, factions):
        same_side = bool(_blocs(ev.perpetrators, factions) & _blocs(cand.perpetrators, factions))
        if (
            not cand_places
            and _state_terrorists(ev, cand, factions)
            and (cand.generic or cand.event_type == ev.event_type)
        ):
            # "State television gave a lower toll of 22, blaming "terrorists"", "وتبنى تنظيم داعش التفجير": a second
            # account of the incident just told, by a blame or a claim, one side named by state media's word for the
            # armed groups ("الإرهابيين", IS among them) and the other IS (placeless: it joins the incident just
            # before it only, see _Merger._match)
            return True
        return same_side and (ev.generic or cand.generic) and bool(ev_places & cand_places)
    if ev_places & cand_places:
        # shelling and an air strike on the same town are two incidents; an attack retold as an
        # infiltration is one
        distinct_fire = (
            ev.event_type != cand.event_type and means(ev.event_type, types) == "remote" and cand.perpetrators
        )
        if fight_and_strike(ev, cand, types) and not (ev.perpetrators and cand.perpetrators):
            return (
                False  # air strikes on the city, and fighting told with no side in two of its quarters: two incidents
            )
        if ev.generic or cand.generic:
            return True
        if a != b and means(ev.event_type, types) != means(cand.event_type, types) and ev.perpetrators:
            return not cand.perpetrators  # a side's shelling on a day and its fight over the night before: two
        return not (distinct_fire and means(cand.event_type, types) == "remote")
    if ev_places and cand_places:
        return False
    if not cand_places:
        return False  # a placeless retelling joins only the incident just before it (see _Merger._match)
    if not ev_places and not ev.places:
        # a placeless summary ("jets pounded the area overnight") told in more detail with its places
        same_side = not cand.perpetrators or bool(
            _blocs(ev.perpetrators, factions) & _blocs(cand.perpetrators, factions)
        )
        return ev.event_type == cand.event_type and bool(ev.perpetrators) and same_side
    if other_governorate(ev.places, cand.places):
        return False  # strikes "in Idlib province", then the base hit in Latakia: not its details
    if part_of_toll(ev, cand):
        return False  # "45 dead in strikes on a district … its worst-hit village lost 12": that village's own incident
    return ev.event_type == cand.event_type  # a lead naming only a region, then its details


def _absorb(ev: Candidate, cand: Candidate, reference: Reference) -> None:
    generic = "opposition-unspecified"
    for p in cand.perpetrators:
        if p not in ev.perpetrators and not (p == generic and ev.perpetrators):
            ev.perpetrators.append(p)
    if generic in ev.perpetrators and any(
        reference.factions.bloc(p) in ("opposition", "jihadist", "isis") for p in ev.perpetrators if p != generic
    ):
        ev.perpetrators.remove(generic)  # "the factions", "the terrorists", then the group named: the named group
    for t in cand.targets:
        if t not in ev.targets and t not in ev.perpetrators:
            ev.targets.append(t)
    names = {p.text for p in ev.places}
    ev.places.extend(p for p in cand.places if p.text not in names)
    ev.places.sort(key=lambda p: ((p.precision or 1) >= 3, p.nearby))  # a site's town after the site
    ev.claims.extend(cand.claims)
    ev.evidence.extend(cand.evidence)
    ev.origins.extend(p for p in cand.origins if p.text not in {q.text for q in ev.origins})
    ev.unclaimed = ev.unclaimed or cand.unclaimed
    if len(cand.towns) > len(ev.towns):
        ev.towns = list(cand.towns)
    if cand.date is not None and (ev.date is None or (ev.carried and not cand.carried)):
        ev.date, ev.date_warnings, ev.carried = cand.date, list(cand.date_warnings), cand.carried
