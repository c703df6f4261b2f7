"""Document-level clustering of incident frames (texts written for these tests)."""

import datetime as dt

from timeline.article import Article
from timeline.dates import DateMention
from timeline.extract import extract_article
from timeline.incident_places import Place
from timeline.report_incidents import Frame, cluster, round_up_towns, split_round_up, tells_same_incident
from timeline.sentences import Clause

PUBLISHED = dt.datetime(2019, 3, 10, 12, 0)
DAY = dt.date(2019, 3, 10)


def _events(text: str) -> list[dict]:
    article = Article(key="t", text=text, published=PUBLISHED, language="ar", source="موقع الاختبار")
    return extract_article(article)["events"]


def _place(name: str, start: int = 0, precision: int = 1) -> Place:
    return Place(start, start + len(name), name, name=name, precision=precision)


def _frame(perps, places, day=DAY, event_type="shelling", claims=None, sentence=0) -> Frame:
    date = DateMention("اليوم", 0, 5, day, day, "day", "relative") if day else None
    clause = Clause(0, 10, sentence, sentence, False)
    return Frame(clause, event_type, list(perps), [], list(places), date, [], claims or [], [], False, False, False)


def _absorb(ev: Frame, other: Frame) -> None:
    ev.perpetrators.extend(p for p in other.perpetrators if p not in ev.perpetrators)
    ev.places.extend(other.places)
    ev.claims.extend(other.claims)


def test_a_placeless_or_agentless_frame_is_the_same_incident_but_two_towns_are_not():
    lead = _frame(["syrian-government"], [_place("كنصفرة")])
    assert tells_same_incident(lead, _frame([], [_place("كنصفرة")]))
    assert tells_same_incident(lead, _frame(["syrian-government"], []))
    assert not tells_same_incident(lead, _frame(["syrian-government"], [_place("الحويز")]))
    assert not tells_same_incident(lead, _frame(["hts"], []))
    assert not tells_same_incident(lead, _frame([], [], day=DAY - dt.timedelta(days=1)))
    assert not tells_same_incident(lead, _frame(["syrian-government"], [], event_type="armed_clash"))


def test_cluster_joins_a_toll_told_after_another_incident_to_the_incident_it_elaborates():
    shelling = _frame(["syrian-government"], [_place("كنصفرة")])
    raid = _frame(["hts"], [_place("الحويز")], event_type="attack")
    toll = _frame(["syrian-government"], [], claims=[{"killed": 3}], sentence=2)
    kept, joined = cluster([shelling, raid, toll], _absorb)
    assert kept == [shelling, raid]
    assert joined[id(toll)] is shelling
    assert shelling.claims == [{"killed": 3}]


def test_a_list_of_towns_is_a_round_up_but_a_front_between_two_is_not():
    flat = "قصفت قوات النظام بلدات كفرنبل وسراقب واريحا اليوم"
    towns = [_place(n, flat.index(n)) for n in ("كفرنبل", "سراقب", "اريحا")]
    assert [p.text for p in round_up_towns(flat, towns)] == ["كفرنبل", "سراقب", "اريحا"]
    flat = "اشتباكات على الطريق بين سراقب واريحا"
    pair = [_place(n, flat.index(n)) for n in ("سراقب", "اريحا")]
    assert round_up_towns(flat, pair) == []
    flat = "قصف على كفرنبل قرب سراقب"
    near = [_place(n, flat.index(n)) for n in ("كفرنبل", "سراقب")]
    assert round_up_towns(flat, near) == []


def test_a_round_up_of_three_towns_splits_and_the_first_keeps_the_figures():
    towns = [_place("كفرنبل", 0), _place("سراقب", 10), _place("اريحا", 20)]
    ev = _frame(["syrian-government"], [*towns, _place("ريف ادلب", 30, precision=3)], claims=[{"killed": 2}])
    ev.towns = towns
    parts = split_round_up(ev)
    assert [p.places[0].text for p in parts] == ["كفرنبل", "سراقب", "اريحا"]
    assert parts[0] is ev and ev.claims == [{"killed": 2}]
    assert [p.claims for p in parts[1:]] == [[], []]
    assert all(p.places[-1].text == "ريف ادلب" for p in parts[1:])
    pair = _frame(["syrian-government"], towns[:2])
    pair.towns = towns[:2]
    assert split_round_up(pair) == [pair]


def test_a_report_gives_one_incident_per_town_of_a_round_up():
    text = "قصفت قوات النظام اليوم الأحد بلدات كفرنبل وسراقب وأريحا بالمدفعية الثقيلة، ما أدى إلى مقتل مدنيين اثنين."
    events = _events(text)
    assert [e["place"]["name"] for e in events] == ["Kafranbel", "Saraqib", "Ariha"]
    assert all(e["perpetrators"] == ["syrian-government"] for e in events)
    assert [c["killed"] for c in events[0]["claims"]] == [2]


def test_a_toll_told_paragraphs_later_lands_on_its_incident():
    text = (
        "قصفت قوات النظام اليوم الأحد بلدة كنصفرة بالمدفعية الثقيلة.\n\n"
        "وفي سياق آخر، استهدفت فصائل المعارضة بالصواريخ مواقع قوات النظام في قرية الحويز.\n\n"
        "وأسفر قصف قوات النظام عن مقتل ثلاثة مدنيين، بحسب الدفاع المدني.\n"
    )
    events = _events(text)
    assert len(events) == 2
    shelling = next(e for e in events if e["perpetrators"] == ["syrian-government"])
    assert shelling["place"]["name"] == "Kansafra"
    assert [c["killed"] for c in shelling["claims"]] == [3]


def test_a_name_run_one_word_too_far_is_the_same_settlement():
    from timeline.report_incidents import same_settlement

    assert same_settlement({"السوسة السورية"}, {"السوسة"})
    assert not same_settlement({"السوسة"}, {"السويداء"})
    assert not same_settlement({"كفرنبل"}, {"كفر"})


def test_a_describing_word_after_a_village_is_not_part_of_its_name():
    text = "استهدفت غارة جوية روسية اليوم الأحد قرية الصالحية السورية وبلدة المسيفرة الواقعة شرق المدينة."
    names = {p["text"] for e in _events(text) for p in [e["place"], *e["places"]] if p}
    assert {"الصالحية", "المسيفرة"} <= names
    assert not any("السورية" in n or "الواقعة" in n for n in names)


def test_joining_keeps_the_generic_opposition_unless_a_named_rebel_group_replaces_it():
    from timeline.events import _absorb

    lead = _frame(["opposition-unspecified"], [])
    _absorb(lead, _frame(["syrian-government"], []))
    assert lead.perpetrators == ["opposition-unspecified", "syrian-government"]
    lead = _frame(["opposition-unspecified"], [])
    _absorb(lead, _frame(["nfl"], []))
    assert lead.perpetrators == ["nfl"]


def test_fire_told_without_a_shooter_is_the_one_sides_when_only_one_side_fires_in_the_report():
    text = (
        "قصفت قوات النظام اليوم الأحد بلدة كنصفرة بالمدفعية.\n\n"
        "وفي سياق متصل، سقطت قذائف صاروخية على قرية الحويز، ما أدى إلى إصابة ثلاثة مدنيين.\n"
    )
    events = _events(text)
    assert [(e["place"]["name"], e["perpetrators"]) for e in events] == [
        ("Kansafra", ["syrian-government"]),
        ("al-Huwayz", ["syrian-government"]),
    ]
    both = text.replace("وفي سياق متصل،", "وقصفت هيئة تحرير الشام اليوم الأحد قرية جورين بالصواريخ.\n\nوفي سياق متصل،")
    unattributed = [e for e in _events(both) if e["place"]["name"] == "al-Huwayz"]
    assert [e["perpetrators"] for e in unattributed] == [[]]


def test_fighting_in_three_neighbourhoods_listed_one_after_another_is_three_incidents():
    text = "ودار القتال اليوم الأحد بين قوات النظام وعناصر داعش في حي الصاخور ومحيط مخيم النيرب وحي الشعار."
    events = _events(text)
    assert len(events) == 3
    assert all(name in e["place"]["text"] for name, e in zip(("الصاخور", "النيرب", "الشعار"), events, strict=True))
    assert {e["type"] for e in events} == {"armed_clash"}


def test_a_cue_word_right_after_a_cue_name_starts_a_place_of_its_own():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView("تركزت الاشتباكات في حي الورود ومحيط مخيم الأمل وحي الزهور.")
    assert [p.text for p in cue_places(view)] == ["الورود", "الأمل", "الزهور"]


def test_a_plural_cue_lists_every_town_after_it_or_after_hiya():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    chained = TextView("سقطت قذائف على بلدات الورود والزهور والنخيل صباح اليوم.")
    assert [p.text for p in cue_places(chained)] == ["الورود", "الزهور", "النخيل"]
    introduced = TextView("استهدف القصف بلدات في الريف الغربي هي الورود والزهور والنخيل، ما أدى إلى أضرار.")
    assert [p.text for p in cue_places(introduced)] == ["الورود", "الزهور", "النخيل"]


def test_a_town_introduced_with_its_cue_is_a_place_where_it_is_named_again_bare():
    text = (
        "قصفت قوات النظام أمس السبت مدينة الورود بالمدفعية.\n\n"
        "وسقطت قذائف صاروخية اليوم الأحد على الورود، ما أدى إلى مقتل مدنيين اثنين.\n"
    )
    events = _events(text)
    assert [(e["first"], e["place"]["text"] if e["place"] else None) for e in events] == [
        ("2019-03-09", "الورود"),
        ("2019-03-10", "الورود"),
    ]


def test_a_lead_naming_an_attack_joins_the_shelling_that_tells_it_and_takes_its_kind():
    text = (
        "شنت قوات النظام اليوم الأحد هجوماً على ريف حماة الشمالي.\n\n"
        "وقصفت قوات النظام اليوم الأحد بلدة كفرنبودة بعشرات القذائف المدفعية، ما أدى إلى مقتل مدنيين.\n"
    )
    (event,) = _events(text)
    assert (event["type"], event["place"]["name"]) == ("shelling", "Kafr Nabudah")


def test_an_area_under_someones_control_is_no_place_name():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView("استهدفت غارة منطقة خاضعة لسيطرة التنظيم ومنطقة تحت سيطرة الفصائل وبلدة الورود.")
    assert [p.text for p in cue_places(view)] == ["الورود"]
