"""Who a figure is credited to: probe reports written for these tests in the project's own words (English wires
and Arabic outlets), each checking the source and kind of the claim an extraction gives."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2018, 3, 8, 12, 0)


def _credits(text: str, language: str) -> list[tuple[int | None, str | None, str]]:
    article = Article(key="p", text=text, published=PUBLISHED, language=language, source="Probe Desk")
    return [
        (c["killed"], c["source"], c["source_kind"])
        for e in extract_article(article)["events"]
        for c in e["claims"]
        if c["killed"] is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a second giver of a figure set against the first ("gave a lower toll")
            "Jets pounded Kafr Owaid on Tuesday, leaving 14 civilians dead, the Observatory said. "
            "The rescue workers gave a lower toll of 11.",
            [(14, "the Observatory", "monitor"), (11, "The rescue workers", "civil defence")],
        ),
        (  # the plural present 'say' opening the sentence
            "Activists say at least eight people died when helicopters hit Hass with barrel bombs on Thursday.",
            [(8, "Activists", "activists")],
        ),
        (  # a conjunction before the second name is no part of it
            "Strikes on Douma left 17 dead on Wednesday, rescuers said, while state media said gunmen "
            "had fired mortars at Jaramana, killing two.",
            [(17, "rescuers", "civil defence"), (2, "state media", "state media")],
        ),
        (  # the tally's noun before the name after 'according to'
            "Raids on Hamouriyeh on Friday left 30 people dead, according to a tally compiled by the Syrian Observatory.",
            [(30, "the Syrian Observatory", "monitor")],
        ),
        (  # a description between commas after the name; 'It' is the source named before
            "Gunners hit a bakery in Ariha on Monday. The rescue service, known as the Civil Defence, said nine "
            "people were killed. It put the toll at 12 by nightfall.",
            [(9, "The rescue service", "civil defence"), (12, "The rescue service", "civil defence")],
        ),
        (  # a relative clause describing the name
            "The Idlib Human Rights Centre, which keeps a record of violations, said raids on Saraqeb "
            "killed 21 civilians on Sunday.",
            [(21, "The Idlib Human Rights Centre", "monitor")],
        ),
        (  # a person's name after the title that makes it a source
            "Artillery killed four people in Saraqeb on Wednesday, the director of the Observatory, Ali Hamdan, told AFP.",
            [(4, "the director of the Observatory, Ali Hamdan", "monitor")],
        ),
        (  # a name with no source word takes its kind from the description after it
            "Jets struck a school in Khan Sheikhoun on Sunday, killing seven pupils, according to Halab Today, "
            "a group of local activists.",
            [(7, "Halab Today", "activists")],
        ),
        (  # a wire passing on its source's words
            "Mortar rounds slammed into a quarter of Aleppo on Tuesday, killing 3 people, the state agency SANA "
            "reported, quoting a police source.",
            [(3, "a police source", "officials")],
        ),
        (  # the verb before the name: the words before the comma are no name
            "Loyalist gunners shelled Latamneh on Wednesday, killing three rebels, said a statement from Jaish al-Izza.",
            [(3, "a statement from Jaish al-Izza", "party")],
        ),
        (  # a long title after the person's name
            "Shelling killed 9 civilians in Idlib city on Friday, said Omar Salem, head of the city's civil defence "
            "centre.",
            [(9, "Omar Salem, head of the city's civil defence centre", "civil defence")],
        ),
        (  # a woman speaking for a rights office
            "Shelling of Binnish on Monday left three people dead, the office's spokeswoman said.",
            [(3, "the office's spokeswoman", "spokesman")],
        ),
    ],
)
def test_english_sources(text, expected):
    assert _credits(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "وفق حصيلة للـ X": the toll's noun is no part of the name; ل glued to the name's article is left out
            "وصل عدد قتلى القصف الجوي على مدينة سراقب أمس إلى 13 شخصاً، وفق حصيلة للدفاع المدني.",
            [(13, "الدفاع المدني", "civil defence")],
        ),
        (
            "سقط ثمانية مدنيين قتلى بغارات على جسر الشغور يوم الجمعة، حسب إحصائية لـ المرصد السوري.",
            [(8, "المرصد السوري", "monitor")],
        ),
        (  # "وفقاً لما ذكره X": ل with ما glued to it; a media centre named in the text
            "قتل سبعة مدنيين بقصف صاروخي على التمانعة يوم السبت، وفقاً لما ذكره مركز حماة الإعلامي.",
            [(7, "مركز حماة الإعلامي", "media office")],
        ),
        (  # "وفق ما أحصاه X": the verb's stem before its object pronoun
            "قتل خمسة مدنيين بقصف مدفعي على أريحا يوم الأربعاء، وفق ما أحصاه المرصد السوري.",
            [(5, "المرصد السوري", "monitor")],
        ),
        (  # a verb of speaking to an agency ends the speakers' name
            "وبحسب شهود عيان تحدثوا لوكالة الأناضول، فإن غارات روسية على بلدة حاس أوقعت ستة قتلى يوم الاثنين.",
            [(6, "شهود عيان", "local sources")],
        ),
        (  # "أشار X إلى": a verb of saying whose news follows "إلى"
            "وأشار المرصد السوري إلى مقتل ستة جنود من قوات النظام بهجوم لهيئة تحرير الشام قرب قرية الحاكورة يوم الخميس.",
            [(6, "المرصد السوري", "monitor")],
        ),
        (  # "صرّح X لـ …": the outlet spoken to ends the name
            "وصرح مصدر في الدفاع المدني لشبكة محلية بأن غارة روسية على قرية بزابور أودت بحياة امرأتين يوم الجمعة.",
            [(2, "مصدر في الدفاع المدني", "civil defence")],
        ),
        (  # "على حد قول X"
            "قضى أربعة مدنيين بغارات للطيران الروسي على بلدة كفرومة يوم السبت، على حد قول ناشطين من البلدة.",
            [(4, "ناشطين من البلدة", "activists")],
        ),
        (  # a second giver of the toll after "فيما تحدث"
            "قال ناشطون إن مروحيات النظام رمت براميل متفجرة على بلدة الهبيط يوم الخميس، ما أدى لمقتل أربعة مدنيين، "
            "فيما تحدث المرصد السوري عن ستة قتلى.",
            [(4, "ناشطون", "activists"), (6, "المرصد السوري", "monitor")],
        ),
        (  # SANA by its full name is state media, not any agency
            "ذكرت وكالة الأنباء السورية أن قذائف أطلقها مسلحون على حي الميدان في حلب قتلت طفلين يوم الجمعة.",
            [(2, "وكالة الأنباء السورية", "state media")],
        ),
    ],
)
def test_arabic_sources(text, expected):
    assert _credits(text, "ar") == expected


def test_a_relayed_source_names_who_passed_it_on():
    article = Article(
        key="p",
        text="Rebel shells killed two civilians in Mhardeh on Thursday, SANA reported, citing a hospital director.",
        published=PUBLISHED,
        language="en",
        source="Probe Desk",
    )
    (claim,) = [c for e in extract_article(article)["events"] for c in e["claims"]]
    assert (claim["source"], claim["source_kind"], claim.get("via")) == (
        "a hospital director",
        "medical sources",
        "SANA",
    )


def test_a_source_after_li_glued_to_its_article_is_named_with_the_article():
    """ "وفق حصيلة جديدة للمرصد السوري": the source is "المرصد السوري", one source with the same name told elsewhere."""
    text = (
        "انفجار في سرمدا\n\nقتل 12 شخصاً في انفجار مستودع في بلدة سرمدا يوم الأحد، وفق حصيلة جديدة للمرصد السوري "
        "لحقوق الإنسان."
    )
    article = Article(key="s", text=text, published=dt.datetime(2018, 8, 13), language="ar", source="t")
    sources = {c["source"] for e in extract_article(article)["events"] for c in e["claims"] if c["killed"]}
    assert sources == {"المرصد السوري لحقوق الإنسان"}
