"""Who did it and to whom: the role of each faction named in an incident clause.

The direction comes from the words around a name, not from the name: "قصفت قوات النظام" (subject
right after the verb: perpetrator), "استهدفت … مواقع النظام" (positions: target), "بقصف لقوات
النظام" / "بهجوم لـ"تحرير الشام"" (ل after an incident noun: perpetrator), "هجوم شنته مجموعة"
(agent), "مقتل 18 عنصراً من قوات النظام" (the dead: target), "بين X و Y" (X against Y), "regime
forces shelled" / "killed by Syrian shelling". A repelled attack swaps the roles: "تصدى جيش العزة
لمحاولة تسلل لقوات النظام" makes the regime the perpetrator. Backers ("بغطاء جوي روسي", "backed
by") take no role. Names inside an attributed source ("وسائل إعلام موالية للنظام") take none either.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from timeline.claims import Attribution, Figure
from timeline.factions import FactionMention
from timeline.lexregex import trie_pattern
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR
from timeline.sentences import Clause
from timeline.triggers import Trigger

_AGENT_BEFORE = re.compile(
    r"(?:مصدره|مصدرها|(?:شن|نفذ|نصب|اطلق|القي|القت|تبني|تبنت|بدا)(?:ته|تها|تهما|ها|هما|ه|وها|وه)|"
    r"(?<!\w)by(?!\s+\w+ing\s)|carried out by|fired by|launched by)\s+(?:\S+\s+){0,3}$"
)
_TARGET_BEFORE = re.compile(
    r"(?:مواقع|موقع|تمركزات|تمركز|تجمعات|تجمعا|تجمع|نقاط|نقطه|النقاط|مقرات|مقر|ثكنه|منصات|عربه|دبابه|سياره|اليه|جرافه|رتل|مدرعه|عسكريه|"
    r"غرفه عمليات عسكريه|تابعه|التابعه|ضد|مع|علي|صفوف|"
    r"positions|position|post|posts|targets|base|outpost|against|targeting)\s+(?:ل|من|of)?\s*$"
)
_SUPPORT_BEFORE = re.compile(
    r"(?:بغطاء|غطاء|بدعم|بمساندة|بمشاركه|المساند\w*|الموالي\w*|الداعم\w*|المنضوي\w*|حلفاء|"
    r"backed by|supported by|allied to|allied with|with the support of)\W+(?:\S+\W+){0,2}$"
)
# "مناطق خاضعة لسيطرة المعارضة", "الأحياء التي تسيطر عليها الفصائل", "held by rebels": who holds the place
# hit, not who hit it.
_HOLDER_BEFORE = re.compile(
    r"(?:سيطره|(?:ت|ي)سيطر عليها|(?:ت|ي)سيطر عليه|معقل|معاقل|held by|controlled by|control of)(?:\W+(?:جماعات|فصائل|قوات))?\W*$"
)
# "مصدر عسكري في الجبهة الوطنية", "ناطق باسم الهيئة", "a spokesman for HTS": the speaker's group, not a party.
_SPEAKER_OF = re.compile(
    r"(?:مصدر|مصادر|ناطق|الناطق|متحدث|المتحدث|مراسل|مكتب|المكتب|spokesman|spokesperson|source|sources)"
    r"(?:\s+(?:عسكري|عسكريه|ميداني|ميدانيه|اعلامي|الاعلامي|رسمي|military|media))?"
    r"\s+(?:في|من|باسم|ب|ل|لدي|for|in|from|of|within)\s*(?:ال)?$"
)
# "الاتفاق الذي ترعاه تركيا وروسيا", "الهدنة التي أعلنتها روسيا", "brokered by Russia and Turkey": sponsors.
_AGREEMENT_BEFORE = re.compile(
    r"(?:اتفاق\w*|الاتفاق\w*|هدنه|الهدنه|تفاهم\w*|التفاهم\w*|وقف اطلاق النار|agreement|deal|truce|ceasefire|accord)"
    r"\s+(?:(?:الذي|التي|المبرم|الموقع|بين|the|that|which|signed|agreed|brokered|reached|between)\b)(?:\W+\S+){0,5}\W+(?:و|and\s+)?$|"
    r"(?:ترعاه|ترعاها|رعته|رعتها|برعايه|رعايه|الضامنه|الضامنتين|الضامنين|brokered by|sponsored by|guaranteed by|"
    r"guarantors?)(?:\W+\S+){0,3}\W+(?:و|and\s+)?$"
)
# "ردت وحدات الجيش على خروقات المجموعات الإرهابية": in a reply, the side whose violations are answered is hit.
_ANSWERED_BEFORE = re.compile(
    r"(?:علي|to)\s+(?:\S+\s+)?(?:خروقات|خروق|خرق|اعتداءات|اعتداء|انتهاكات|هجمات|مصادر نيران|violations|attacks)\s*(?:ل|of|by)?\s*$"
)
_CLAIMED = re.compile(r"\s*(?:\S+\s+)?(?:عن|مسووليته عن|مسؤوليته عن)\s+[وب]?(?:ال)?$")
_LED_BY = re.compile(r"(?<!\w)(?:led by|بقياده)\s+$")
_BETWEEN = re.compile(r"(?:بين|between)\s+(?:مقاتلي|عناصر|the\s)?\s*$")
_SIDE_SWITCH = re.compile(r"من جهه|on the other|and\s+$")
_CONJUNCTION = re.compile(r"^\s*(?:و|او|and|or|,)?\s*(?:its|their)?\s*$")  # "regime or Russian jets": both
_CIVILIAN_WORDS = re.compile(
    r"مدني|مواطن|الاحياء السكنيه|حي سكني|حيا سكنيا|منازل|منزل|سوق|مدرسه|مشفي|مستشفي|مستوصف|اطفال|طفل|"
    r"civilian|residential|homes|houses|hospital|market|school|children"
)
_VERB_SUBJECT_GAP = 14
_IRREGULAR_VERBS = {"struck", "hit", "shot", "fought", "overran", "blew up", "shot down", "took control"}
_PUNCT = re.compile(r"[،,.]")
_ADVERBS = re.compile(
    r"(?:[\s،,]|اليوم|امس|صباح|مساء|فجر|ظهر|عصر|مجددا|ايضا|مرة اخري|بدورها|بدوره|"
    r"مقاتلو|مقاتلي|عناصر|مسلحو|مجموعه من|مجموعات من|وحدات من)*"
)
_OWNED = re.compile(r"(?:تابعه|التابعه|التابع)\s*ل\s*$")
# "الفصائل المنضوية في الجبهة الوطنية", "الجبهة الوطنية التابعة للجيش الوطني": the parent of the name before.
_MEMBER_OF = re.compile(
    r"\s*(?:المنضوي|المنضويه|المنضويين|المنضويات|التابع|التابعه|التابعين|المنتمي|المنتميه)\s+(?:في|ضمن|تحت|الي|ل)?\s*"
    r"(?:(?:رايه|لواء|مظله)\s+)?ل?$"
)
_GENERIC = "opposition-unspecified"
_RELATIVE_BEFORE = re.compile(r"(?:التي|الذي|اللذين|التى|\w*ات)\s+$")
_PASSIVE_BETWEEN = re.compile(r"تعرض|came under|was hit|were hit")


@cache
def _role_cues() -> tuple[re.Pattern, re.Pattern]:
    """(a name right after these words did it, a name right before these words only accuses) from
    ``data/lexicon/role_cues.csv``: "rebels blamed Russian jets for the raid"."""
    words: dict[str, set[str]] = {"agent_after": set(), "accuser_before": set()}
    with open(LEXICON_DIR / "role_cues.csv", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            if row["role"] not in words:
                raise ValueError(f"data/lexicon/role_cues.csv:{line}: unknown role {row['role']!r}")
            words[row["role"]].add(normalize_term(row["word"]))
    agent = re.compile(rf"(?<!\w)(?:{trie_pattern(words['agent_after'])})\s+(?:\S+\s+){{0,2}}$")
    accuser = re.compile(rf"\s+(?:\S+\s+)?(?:{trie_pattern(words['accuser_before'])})(?!\w)")
    return agent, accuser


def assign_roles(
    flat: str,
    clause: Clause,
    factions: list[FactionMention],
    triggers: list[Trigger],
    excluded: list[tuple[int, int]],
    speaker: Attribution | None,
    victims: set[int],
) -> tuple[list[str], list[str]]:
    """(perpetrators, targets) of an incident clause, as faction ids in order of mention."""
    incident = [t for t in triggers if t.role in ("incident", "generic")]
    replying = not clause.reference and any(t.role == "response" for t in triggers)
    main = _english_verb_first(incident)
    repel = next((t for t in triggers if t.role == "repel" and t.start < main.end + 40), None)
    if repel is not None:
        after_repel = [t for t in incident if t.start > repel.start]
        main = after_repel[0] if after_repel else main
    perps: list[str] = []
    targets: list[str] = []
    previous: tuple[FactionMention, str] | None = None
    between = False
    for f in factions:
        if any(a <= f.start < b for a, b in excluded) or f.faction == "civilians":
            continue
        before = flat[max(clause.start, f.start - 30) : f.start]
        if previous and _member_of(flat, previous[0], f):
            bucket = perps if previous[1] == "agent" else targets
            if previous[0].faction == _GENERIC and _GENERIC in bucket and f.faction not in bucket:
                # "الفصائل المنضوية في الجبهة الوطنية": the front named is the actor; a named
                # group keeps its own name ("أحرار الشام التابعة للجبهة الوطنية")
                bucket[bucket.index(_GENERIC)] = f.faction
            continue
        bare = before[: len(before) - len(f.clitic)] if f.clitic and before.endswith(f.clitic) else before
        if _SUPPORT_BEFORE.search(bare) or _HOLDER_BEFORE.search(bare):
            continue
        spoken = speaker is not None and speaker.start <= f.start < speaker.end
        if not spoken and _SPEAKER_OF.search(before if before.endswith(f.clitic) else before + f.clitic):
            if not (f.end <= main.start and _CLAIMED.match(flat, f.end, main.start)):
                continue  # "أعلن المكتب الإعلامي لجيش العزة عن استهداف …" claims the attack; others only tell it
        if _AGREEMENT_BEFORE.search(flat, max(clause.start, f.start - 60), f.start):
            continue
        blamed, accuser = _role_cues()
        if f.alias.isascii() and accuser.match(flat, f.end) and not any(t.start < f.start for t in incident):
            continue  # "rebels blamed Russian jets …", "activists said …": the accuser takes no role
        if f.alias.isascii() and blamed.search(before):
            previous = (f, "agent")
            if f.faction not in perps:
                perps.append(f.faction)
            continue
        if replying and _ANSWERED_BEFORE.search(before if before.endswith(f.clitic) else before + f.clitic):
            role = "target"
        elif f.start in victims:
            role = "target"  # "مقتل 18 عنصراً لـ النظام": the side of a casualty figure
            if repel is not None and any(g.start not in victims and g.faction != f.faction for g in factions):
                role = "agent"  # "مقتل 15 عنصراً للنظام خلال صد محاولة تقدم": the dead were the attackers
        elif speaker is not None and speaker.start <= f.start < speaker.end:
            role = "target" if repel is not None else "agent"
        elif previous and _LED_BY.search(before):
            role = previous[1]  # "jihadists led by HTS", "فصائل بقيادة هيئة تحرير الشام"
        elif previous and _CONJUNCTION.match(flat[previous[0].end : f.start]) and not f.clitic.startswith("ل"):
            role = previous[1]
            if between and "من جهه" not in flat[clause.start : clause.end]:
                role = "target"  # "بين الفصائل وقوات النظام": the second side of the fight
        else:
            role = _role(flat, clause, f, main, incident, repel, before, factions)
            if _BETWEEN.search(before) and any(t.event_type == "armed_clash" for t in incident):
                role, between = "agent", True
            elif between and _SIDE_SWITCH.search(flat[previous[0].end : f.start] if previous else ""):
                role = "target"
        previous = (f, role)
        bucket = perps if role == "agent" else targets
        if f.faction not in bucket:
            bucket.append(f.faction)
    targets = [t for t in targets if t not in perps]
    return perps, targets


def _role(
    flat: str,
    clause: Clause,
    f: FactionMention,
    main: Trigger,
    incident: list[Trigger],
    repel: Trigger | None,
    before: str,
    factions: list[FactionMention],
) -> str:
    if f.faction == "unknown":
        return "agent"  # "عبوة ناسفة مجهولة المصدر": the text says the perpetrator is unknown
    if any(t.start <= f.start < t.end or f.start <= t.start < f.end for t in incident):
        return "agent"  # "غارات روسية": the name is part of the incident word
    if _AGENT_BEFORE.search(before) or _owned_by(flat, f, incident, before):
        return "agent"
    if _TARGET_BEFORE.search(before if before.endswith(f.clitic) else before + f.clitic):
        return "target"
    if _after_incident_noun(flat, f, incident, factions):
        return "agent"
    if repel is not None:
        return "target" if f.start < main.start else "agent"
    if f.start < main.start:
        return "target" if _PASSIVE_BETWEEN.search(flat, f.end, main.end) else "agent"
    english = f.alias.isascii()
    if not english and _verb_subject(flat, f, incident):
        return "agent"  # verb-subject order: "قصفت قوات النظام"
    if english and any(0 <= t.start - f.end <= 1 for t in incident):
        return "agent"  # subject-verb order: "… amid shelling as regime forces advanced", "… when rebels attacked"
    return "target"


def _english_verb_first(incident: list[Trigger]) -> Trigger:
    """The clause's main incident word: in English the first verb when nouns come before it ("the mortar
    teams of X and the army's gun batteries shelled Y": shelled), else the first incident word."""
    first = incident[0]
    if not first.word.isascii() or _is_english_verb(first.word):
        return first
    return next((t for t in incident[1:] if _is_english_verb(t.word)), first)


def _is_english_verb(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_VERBS


def _member_of(flat: str, previous: FactionMention, f: FactionMention) -> bool:
    """True when ``f`` is named as the group the name just before belongs to."""
    between = flat[previous.end : f.start]
    return bool(_MEMBER_OF.fullmatch(between if between.endswith(f.clitic) else between + f.clitic))


def _owned_by(flat: str, f: FactionMention, incident: list[Trigger], before: str) -> bool:
    """ "طائرات مسيرة تابعة للجيش التركي": the weapon named by the incident word belongs to the faction."""
    m = _OWNED.search(before if before.endswith(f.clitic) else before + f.clitic)
    if not m:
        return False
    owner_at = f.start - (len(before) - m.start())
    return any(t.end <= owner_at and owner_at - t.end <= 2 and t.event_type == "air_strike" for t in incident)


def _verb_subject(flat: str, f: FactionMention, incident: list[Trigger]) -> bool:
    """The name right after an Arabic incident verb, unless the verb is in a relative clause ("هجمات استهدفت")."""
    if f.clitic:
        return False
    for k, t in enumerate(incident):
        if t.end <= f.start and f.start - t.end <= _VERB_SUBJECT_GAP:
            if not _ADVERBS.fullmatch(flat, t.end, f.start):
                return False  # an object or a phrase comes first: "اغتالوا قيادياً في الهيئة"
            if k and t.start - incident[k - 1].end <= 40 and not _PUNCT.search(flat, incident[k - 1].end, t.start):
                return False  # "قصف مدفعي لقوات النظام استهدف نقطة المراقبة": the verb describes the shelling
            preceding = flat[max(0, t.start - 12) : t.start]
            return not _RELATIVE_BEFORE.search(preceding)
    return False


def _after_incident_noun(flat: str, f: FactionMention, incident: list[Trigger], factions: list[FactionMention]) -> bool:
    """ "قصف مدفعي لقوات النظام", "تسلل لـ عناصر قوات النظام": a ل-name right after an incident word."""
    for t in incident:
        if t.end <= f.start and not any(t.end <= g.start < f.start for g in factions):
            gap = flat[t.end : f.start].split()
            if f.alias.isascii():  # "a sniper from HTS", "shelling by regime forces"
                if len(gap) <= 2 and gap and gap[0] in ("from", "by", "of"):
                    return True
                continue
            lam = f.clitic.startswith(("ل", "ول")) or any(w in ("ل", "من") or w.startswith("ل") for w in gap)
            if lam and len(gap) <= 3 and not _PUNCT.search(flat, t.end, f.start):
                return True
    return False


def civilian_target(flat: str, start: int, end: int, figs: list[Figure]) -> bool:
    """True when civilians or homes were hit (by the figures' side or the clause's words)."""
    if any(fig.of == "civilians" for fig in figs):
        return True
    return bool(_CIVILIAN_WORDS.search(flat, start, end))
