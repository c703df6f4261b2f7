"""How robust is extraction to the spelling and typography of other outlets? Each real corpus is rewritten the
way other outlets write (hamza left off, ة as ه, Persian keyboards, Eastern digits, Kfar for Kafr, Idleb for
Idlib, curly quotes, ISIL for ISIS, numbers in words ...), its text AND the gold strings the scorer matches
(places, sources, date texts), then scored again beside the untransformed corpus.

    .venv/bin/python benchmarks/variant_stress.py [--corpus news fakes sa] [--only NAME ...] [--list]

Every transformation is a rule of the language or of a house style, applied word by word (the same word is
rewritten the same way in the text and in the gold), never a spelling taken from the gold. A transformation
that also picks words (tatweel, diacritics, non-breaking spaces) picks them by a hash of the word, so it is
the same on every run. Prints, per corpus and transformation: events F1, recall, precision, place right on
matched, killed figures recovered and date values right, with the change from the untransformed corpus.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"  # the real corpora and the scorer (``--shared`` for another folder)
REAL_CORPORA = SHARED / "corpus" / "real"
SCORER = SHARED / "eval" / "score.py"
CORPUS_LANGUAGE = {"news": "ar", "fakes": "en", "sa": "ar"}


@dataclass(frozen=True)
class Transformation:
    """One way other outlets write: ``rewrite`` takes a text (a report or a gold string) to that spelling."""

    name: str
    language: str  # "ar" or "en": the corpora it applies to
    why: str
    rewrite: Callable[[str], str]


def picked(word: str, one_in: int) -> bool:
    """Whether a rule that touches only some words touches ``word``: by a hash of its last three letters, so the
    same word is rewritten alike in the report and in its gold, with or without a proclitic ("وسراقب", "سراقب"),
    and on every run."""
    return zlib.crc32(word[-3:].encode("utf-8")) % one_in == 0


_AR_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
_LATIN_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]*\b")
# Arabic letters that join the letter after them (a tatweel may follow only these).
_JOINING = set("بتثجحخسشصضطظعغفقكلمنهيئـ")


def _by_arabic_word(rule: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: _AR_WORD.sub(lambda m: rule(m.group()), text)


def _hamza_dropped(text: str) -> str:
    return text.translate(str.maketrans("أإآ", "ااا"))


def _hamza_added_word(word: str) -> str:
    # Hypercorrection: a word-initial bare alef written with hamza, the article "ال" left alone.
    if word.startswith("ا") and not word.startswith("ال") and len(word) > 2:
        return "أ" + word[1:]
    return word


def _final_ta_marbuta_as_ha(word: str) -> str:
    return word[:-1] + "ه" if word.endswith("ة") else word


def _final_ya_maqsura_swapped(word: str) -> str:
    if word.endswith("ي"):
        return word[:-1] + "ى"
    if word.endswith("ى"):
        return word[:-1] + "ي"
    return word


def _tatweel_word(word: str) -> str:
    if len(word) < 4 or not picked(word, 3):
        return word
    for i in range(len(word) - 2, 0, -1):  # counted from the end, where no proclitic shifts it
        if word[i] in _JOINING and not word.startswith("ال", i - 1):
            return word[: i + 1] + "ـ" + word[i + 1 :]
    return word


def _diacritics_word(word: str) -> str:
    start = 2 if word.startswith("ال") else 0
    if len(word) < start + 3 or not picked(word, 2):
        return word
    # a fatha on the first letter (after the article), a shadda and kasra on the next, as half-vocalized copy has
    return word[: start + 1] + "\u064e" + word[start + 1] + "\u0651\u0650" + word[start + 2 :]


_LATIN_DIGITS = "0123456789"
_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def _persian_letters(text: str) -> str:
    return text.translate(str.maketrans("يىك", "ییک"))


def _arabic_punctuation_as_latin(text: str) -> str:
    return text.translate(str.maketrans("،؛؟", ",;?"))


def _zwnj_word(word: str) -> str:
    # Persian keyboards put a zero-width non-joiner between a word and a suffix; copied text keeps it.
    if len(word) < 4 or not picked(word, 3):
        return word
    return word[:-2] + "\u200c" + word[-2:]  # counted from the end, where no proclitic shifts it


def _bidi_marks(text: str) -> str:
    # Editors and web pages wrap numbers and Latin words in right-to-left text with direction marks.
    text = re.sub(r"\d+(?:[.,/:]\d+)*", lambda m: "\u200f" + m.group() + "\u200f", text)
    return re.sub(r"[A-Za-z]+", lambda m: "\u2066" + m.group() + "\u2069", text)


def _invisible_marks(text: str) -> str:
    # A zero-width space or a soft hyphen inside some words: word-processor and CMS residue.
    def mark(m: re.Match) -> str:
        word = m.group()
        if len(word) < 5 or not picked(word, 3):
            return word
        return word[:-3] + ("\u200b" if picked(word, 2) else "\u00ad") + word[-3:]

    return re.sub(r"\w+", mark, text)


def _nbsp(text: str) -> str:
    # Word processors and CMS editors keep non-breaking spaces, after some words (picked by the word before).
    return re.sub(r"(\w+) ", lambda m: m.group(1) + ("\u00a0" if picked(m.group(1), 2) else " "), text)


# English transliteration alternations (documented in the romanizations outlets use: BGN/PCGN, ALA-LC,
# French-influenced and ad hoc spellings). Each regex is applied to capitalised words only (names).
def _latin_names(rule: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: _LATIN_WORD.sub(lambda m: rule(m.group()) if m.group()[0].isupper() else m.group(), text)


def _kafr_kfar(word: str) -> str:
    # كفر: "Kafr", "Kfar", "Kfr" (the vowel after the first consonant written, moved or left out)
    return {"Kafr": "Kfar", "Kfar": "Kafr", "Kfr": "Kafar"}.get(word, word)


def _vowel_e_i(word: str) -> str:
    # Arabic kasra as "i" (ALA-LC) or "e" (French, Levantine): Idlib/Idleb, Saraqib/Saraqeb; the final -iyah/-iyeh,
    # -ah/-eh of ة alike.
    if len(word) < 4:
        return word
    swapped = (
        re.sub(r"(?<=[^aeiou])ib$", "eb", word) if word.endswith("ib") else re.sub(r"(?<=[^aeiou])eb$", "ib", word)
    )
    if swapped == word:
        swapped = (
            re.sub(r"(?<=[^aeiou])ah$", "eh", word) if word.endswith("ah") else re.sub(r"(?<=[^aeiou])eh$", "ah", word)
        )
    return swapped


def _ou_u(word: str) -> str:
    # The long u of the ending -ūn as "oun" (French) or "un" (English): Sheikhoun/Sheikhun; the diphthong of شيخ as
    # "ei" or "ay": Sheikh/Shaykh. (Only the ending: "ou" inside a word is as often English, "Four", "South".)
    word = word.replace("eikh", "aykh")
    if word.endswith("oun"):
        return word[:-3] + "un"
    return word[:-2] + "oun" if word.endswith("un") and len(word) > 4 and word[-3] not in "aeiou" else word


def _maarat(word: str) -> str:
    # معرة: the ayn written as an apostrophe or not, the r doubled or not, the second vowel a or e.
    return re.sub(r"^Ma'?ar+[ae]t", "Ma'arrat", word) if word.startswith(("Maar", "Ma'ar")) else word


def _article_el(text: str) -> str:
    # The article "al-" written "el-" (Egyptian and French spellings), "Al-" alike.
    return re.sub(r"\b([Aa])l-(?=[A-Z])", lambda m: ("E" if m.group(1) == "A" else "e") + "l-", text)


def _article_spaced(text: str) -> str:
    # "al-Nusra" written "Al Nusra": the article capitalised and without a hyphen (news-agency style).
    return re.sub(r"\b[Aa]l-(?=[A-Z])", "Al ", text)


def _no_hyphens_apostrophes(text: str) -> str:
    # Names without their hyphens and ayn apostrophes: "Ma'arrat al-Numan" as "Maarrat al Numan".
    text = re.sub(r"(?<=[A-Za-z])['’](?=[a-z]{2})", "", text)
    return re.sub(r"\b([Aa]l|[Ee]l)-(?=[A-Za-z])", r"\1 ", text)


def _curly_quotes(text: str) -> str:
    text = re.sub(r"(?<=\w)'(?=\w)|(?<=\w)'(?=\s)", "’", text)  # apostrophes
    text = re.sub(r'"(?=\w)', "“", text)
    return text.replace('"', "”").replace("'", "‘")


def _dashes(text: str) -> str:
    # Spaced hyphens as en dashes, and a range "2-3" with an en dash; " -- " as an em dash.
    text = text.replace(" -- ", " — ").replace(" - ", " – ")
    return re.sub(r"(?<=\d)-(?=\d)", "–", text)


_ISIS_CYCLE = (
    (r"\bISIS\b", "ISIL"),
    (r"\bISIL\b", "Daesh"),
    (r"\bDaesh\b|\bDAESH\b", "IS"),
    (r"\bIslamic State\b", "ISIS"),
)


def _isis_names(text: str) -> str:
    # The same group under each outlet's name for it: ISIS, ISIL, IS, Daesh, Islamic State.
    pattern = re.compile("|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(_ISIS_CYCLE)))
    return pattern.sub(lambda m: _ISIS_CYCLE[int(m.lastgroup[1:])][1], text)


def _sohr(text: str) -> str:
    # The monitor under its acronym (as wires write it after the first mention, some outlets from the first).
    text = re.sub(r"\b(?:the )?Syrian Observatory for Human Rights\b", "SOHR", text, flags=re.IGNORECASE)
    return re.sub(r"\bthe Syrian Observatory\b", "the Observatory", text)


_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)


def _in_words(n: int) -> str:
    if n < 20:
        return _NUMBER_WORDS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + ("-" + _NUMBER_WORDS[unit] if unit else "")


def _numbers_as_words(text: str) -> str:
    # House styles spell out counts (AP: one to nine; others up to a hundred); dates and years keep digits.
    month = re.compile(rf"\b(?:{_MONTHS})\b")

    def spelled(m: re.Match) -> str:
        n = int(m.group())
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 12]
        if n == 0 or month.search(before.split(" ")[-2] if before.count(" ") else before) or month.match(after[1:]):
            return m.group()
        return _in_words(n)

    return re.sub(r"(?<![\w.,:/-])\d{1,2}(?![\w.,:/%-])", spelled, text)


def _numbers_as_digits(text: str) -> str:
    # Other house styles write every count in digits.
    words = {w: str(i) for i, w in enumerate(_NUMBER_WORDS) if i}
    tens = {w: i * 10 for i, w in enumerate(_TENS) if i >= 2}

    def digits(m: re.Match) -> str:
        first, unit = m.group(1), m.group(2)
        low = first.lower()
        if low in tens:
            return str(tens[low] + (int(words[unit.lower()]) if unit else 0))
        return words[low]

    names = "|".join(sorted(list(words) + list(tens), key=len, reverse=True))
    unit_names = "|".join(w for w in words if int(words[w]) < 10)
    pattern = re.compile(rf"\b({names})(?:-({unit_names}))?\b", re.IGNORECASE)
    return pattern.sub(lambda m: digits(m) if m.group(1).lower() in tens or not m.group(2) else m.group(), text)


# Arabic month names by region: the Levantine (Syrian, Lebanese, Iraqi press), the transliterated (Egyptian, Gulf)
# and the Moroccan sets; many Levantine outlets print both ("آذار (مارس)").
_LEVANTINE = "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|")
_TRANSLITERATED = "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر".split("|")
_MOROCCAN = "يناير|فبراير|مارس|أبريل|ماي|يونيو|يوليوز|غشت|شتنبر|أكتوبر|نونبر|دجنبر".split("|")


def _month_names(mapping: dict[str, str]) -> Callable[[str], str]:
    """A rewrite of each month name of ``mapping`` (also written without hamza, and after a proclitic) to its value."""
    mapping = mapping | {_hamza_dropped(name): value for name, value in mapping.items()}
    names = "|".join(sorted(mapping, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\u0621-\u064a])([وبل]?)({names})(?![\u0621-\u064a])")
    return lambda text: pattern.sub(lambda m: m.group(1) + mapping[m.group(2)], text)


def _pairs(names: list[str], others: list[str]) -> dict[str, str]:
    return dict(zip(names, others, strict=True))


_months_swapped = _month_names(_pairs(_LEVANTINE, _TRANSLITERATED) | _pairs(_TRANSLITERATED, _LEVANTINE))
_months_moroccan = _month_names(_pairs(_LEVANTINE, _MOROCCAN) | _pairs(_TRANSLITERATED, _MOROCCAN))


def _months_dual(text: str) -> str:
    """Each Levantine month name with its transliterated name after it in parentheses, also where the text printed
    the two with a slash, a backslash or a space ("شباط/فبراير" -> "شباط (فبراير)"); a pair printed the other way round is left."""
    names = _pairs(_LEVANTINE, _TRANSLITERATED)
    names |= {_hamza_dropped(lev): tr for lev, tr in names.items()}
    transliterated = "|".join(_TRANSLITERATED + [_hamza_dropped(t) for t in _TRANSLITERATED])
    pattern = re.compile(
        rf"(?<![\u0621-\u064a/\\])(?<![/\\] )({'|'.join(sorted(names, key=len, reverse=True))})"
        rf"(?:(?:\s*[/\\]+\s*|\s+)(?:{transliterated}))?"
        rf"(?![\u0621-\u064a])"
    )
    return pattern.sub(lambda m: f"{m.group(1)} ({names[m.group(1)]})", text)


_EN_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"


def _date_order(text: str) -> str:
    # "March 12, 2018" (US wires) and "12 March 2018" (British and most Middle East English outlets) for one another.
    text = re.sub(rf"\b({_EN_MONTH}) (\d{{1,2}})\b(?:,? (\d{{4}})\b)?(?!:)", _day_first, text)
    text = re.sub(rf"(?<!<)\b(\d{{1,2}}) ({_EN_MONTH})\b(?: (\d{{4}})\b)?", _month_first, text)
    return text.replace("<", "")


def _day_first(m: re.Match) -> str:
    return f"<{m.group(2)} {m.group(1)}" + (f" {m.group(3)}" if m.group(3) else "")


def _month_first(m: re.Match) -> str:
    return f"{m.group(2)} {m.group(1)}" + (f", {m.group(3)}" if m.group(3) else "")


def _ordinal_days(text: str) -> str:
    # Days with an ordinal suffix ("March 12th", "the 3rd of May"), as some house styles write them.
    def ordinal(m: re.Match) -> str:
        day = int(m.group(2))
        suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{m.group(1)} {day}{suffix}"

    return re.sub(rf"\b({_EN_MONTH}) (\d{{1,2}})\b(?![:,]?\d)", ordinal, text)


TRANSFORMATIONS = (
    Transformation("hamza-dropped", "ar", "hamza on alef left off (informal and social-media writing)", _hamza_dropped),
    Transformation(
        "hamza-added",
        "ar",
        "word-initial alef written with hamza (hypercorrection)",
        _by_arabic_word(_hamza_added_word),
    ),
    Transformation(
        "ta-marbuta-as-ha",
        "ar",
        "final ة written ه (common in informal text)",
        _by_arabic_word(_final_ta_marbuta_as_ha),
    ),
    Transformation(
        "ya-alef-maqsura",
        "ar",
        "final ي and ى swapped (Egyptian print writes في as فى)",
        _by_arabic_word(_final_ya_maqsura_swapped),
    ),
    Transformation(
        "tatweel", "ar", "tatweel stretching some words (headlines, design)", _by_arabic_word(_tatweel_word)
    ),
    Transformation("diacritics", "ar", "short vowels and shadda on some words", _by_arabic_word(_diacritics_word)),
    Transformation(
        "digits-arabic-indic",
        "ar",
        "numbers in Arabic-Indic digits (most Levantine and Gulf print)",
        lambda t: t.translate(str.maketrans(_LATIN_DIGITS, _ARABIC_INDIC)),
    ),
    Transformation(
        "digits-persian",
        "ar",
        "numbers in Eastern (Persian) digits, as Persian and Urdu keyboards type them",
        lambda t: t.translate(str.maketrans(_LATIN_DIGITS, _PERSIAN_DIGITS)),
    ),
    Transformation(
        "digits-latin",
        "ar",
        "Arabic-Indic digits written as Latin digits (Maghreb and wire copy)",
        lambda t: t.translate(str.maketrans(_ARABIC_INDIC, _LATIN_DIGITS)),
    ),
    Transformation("persian-letters", "ar", "ي and ك typed on a Persian keyboard (ی ک)", _persian_letters),
    Transformation(
        "latin-punctuation",
        "ar",
        "Arabic comma, semicolon and question mark as Latin ones",
        _arabic_punctuation_as_latin,
    ),
    Transformation(
        "zwnj", "ar", "zero-width non-joiners inside some words (Persian keyboards)", _by_arabic_word(_zwnj_word)
    ),
    Transformation("bidi-marks", "ar", "direction marks around numbers and Latin words (web editors)", _bidi_marks),
    Transformation(
        "invisible-marks", "ar", "zero-width spaces and soft hyphens inside some words (CMS residue)", _invisible_marks
    ),
    Transformation("nbsp", "ar", "non-breaking spaces after some words (word processors)", _nbsp),
    Transformation("months-swapped", "ar", "Levantine and Egyptian/Gulf month names for one another", _months_swapped),
    Transformation("months-moroccan", "ar", "the Moroccan month names (ماي، يوليوز، غشت، شتنبر ...)", _months_moroccan),
    Transformation("months-dual", "ar", "both month names printed, 'آذار (مارس)'", _months_dual),
    Transformation("kafr-kfar", "en", "كفر as Kafr, Kfar or Kafar", _latin_names(_kafr_kfar)),
    Transformation("vowel-e-i", "en", "kasra as e or i (Idleb/Idlib), final -ah/-eh", _latin_names(_vowel_e_i)),
    Transformation("ou-u", "en", "the ending -oun as -un and back, Sheikh as Shaykh", _latin_names(_ou_u)),
    Transformation("maarat", "en", "معرة as Ma'arrat (ayn written, r doubled)", _latin_names(_maarat)),
    Transformation("article-el", "en", "the article al- as el-", _article_el),
    Transformation("article-spaced", "en", "the article al- as 'Al ' (wire style)", _article_spaced),
    Transformation("no-hyphens", "en", "names without hyphens and ayn apostrophes", _no_hyphens_apostrophes),
    Transformation("curly-quotes", "en", "typographic quotes and apostrophes", _curly_quotes),
    Transformation("dashes", "en", "en and em dashes for spaced hyphens and ranges", _dashes),
    Transformation("isis-names", "en", "ISIS / ISIL / IS / Daesh / Islamic State for one another", _isis_names),
    Transformation("sohr", "en", "the Syrian Observatory for Human Rights as SOHR", _sohr),
    Transformation("date-order", "en", "'March 12' and '12 March' for one another", _date_order),
    Transformation("ordinal-days", "en", "days with ordinal suffixes, 'March 12th'", _ordinal_days),
    Transformation("numbers-as-words", "en", "counts spelled out (house styles)", _numbers_as_words),
    Transformation("numbers-as-digits", "en", "counts in digits (house styles)", _numbers_as_digits),
)


def rewrite_gold(gold: dict, rewrite: Callable[[str], str]) -> dict:
    """The gold strings the scorer matches against the text, rewritten like the text: places, sources and
    the texts of date expressions."""
    gold = json.loads(json.dumps(gold))
    for date in gold.get("dates") or []:
        if isinstance(date.get("text"), str):
            date["text"] = rewrite(date["text"])
    for event in gold.get("events") or []:
        for field in ("places", "sources"):
            event[field] = [rewrite(s) if isinstance(s, str) else s for s in event.get(field) or []]
    return gold


def write_variant(corpus: Path, out: Path, rewrite: Callable[[str], str]) -> None:
    """A copy of ``corpus`` in ``out`` with its reports and its gold rewritten (metadata sidecars as they are)."""
    (out / "gold").mkdir(parents=True)
    for path in corpus.iterdir():
        if path.name.endswith(".meta.json"):
            shutil.copy(path, out / path.name)
        elif path.suffix in {".txt", ".md", ".html"} and path.name != "README.md":
            (out / path.name).write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
    for path in (corpus / "gold").glob("*.json"):
        gold = rewrite_gold(json.loads(path.read_text(encoding="utf-8")), rewrite)
        (out / "gold" / path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def score(corpus: Path, scorer: Path = SCORER) -> dict:
    """The scorer's raw counts on ``corpus`` (and its ``gold``), run in the project folder."""
    cmd = [sys.executable, str(scorer), "--corpus", str(corpus), "--gold", str(corpus / "gold"), "--json"]
    cmd += ["--cmd", f"{sys.executable} -m timeline extract --json"]
    out = subprocess.run(cmd, cwd=PROJECT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def figures(m: dict) -> dict:
    """F1, recall, precision, place, killed and dates, as percentages."""

    def pct(a: int, b: int) -> float:
        return 100.0 * a / b if b else float("nan")

    recall, precision = pct(m["ev_match"], m["gold_events"]), pct(m["ev_match"], m["sys_events"])
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return {
        "F1": f1,
        "recall": recall,
        "precision": precision,
        "place": pct(m["place_right"], m["ev_match"]),
        "killed": pct(m["killed_right"], m["killed_gold"]),
        "dates": pct(m["right_dates"], m["gold_dates"]),
        "counts": f"{m['ev_match']}/{m['gold_events']} {m['ev_match']}/{m['sys_events']} "
        f"place {m['place_right']} killed {m['killed_right']}/{m['killed_gold']}",
    }


def line(corpus: str, name: str, fig: dict, base: dict | None) -> str:
    cells = []
    for key in ("F1", "recall", "precision", "place", "killed", "dates"):
        value = fig[key]
        delta = "" if base is None or value != value else f"{value - base[key]:+5.1f}"
        cells.append(f"{key} {value:5.1f}{delta and ' (' + delta + ')':<9}" if value == value else f"{key}   n/a    ")
    return f"{corpus:<6} {name:<20} " + " ".join(cells) + f"  [{fig['counts']}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=list(CORPUS_LANGUAGE), choices=list(CORPUS_LANGUAGE))
    parser.add_argument("--only", nargs="+", help="only these transformations")
    parser.add_argument("--list", action="store_true", help="list the transformations and why")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the folder of corpus/real and eval/score.py")
    args = parser.parse_args(argv)
    if args.list:
        for t in TRANSFORMATIONS:
            print(f"{t.name:<20} {t.language}  {t.why}")
        return 0
    scorer = args.shared / "eval" / "score.py"
    for name in args.corpus:
        corpus = args.shared / "corpus" / "real" / name
        base = figures(score(corpus, scorer))
        print(line(name, "(as published)", base, None), flush=True)
        for t in TRANSFORMATIONS:
            if t.language != CORPUS_LANGUAGE[name] or (args.only and t.name not in args.only):
                continue
            with tempfile.TemporaryDirectory() as folder:
                write_variant(corpus, Path(folder) / name, t.rewrite)
                print(line(name, t.name, figures(score(Path(folder) / name, scorer)), base), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
