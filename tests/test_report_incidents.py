"""Document-level clustering of incident frames (texts written for these tests)."""

import datetime as dt

from timeline.article import Article
from timeline.dates import DateMention
from timeline.extract import extract_article
from timeline.incident_places import Place
from timeline.report_incidents import (
    PUBLICATION_ASSUMED,
    Frame,
    cluster,
    news_days,
    round_up_towns,
    split_round_up,
    tells_same_incident,
)
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
    flat = "قصفت قوات النظام بلدات كفرنبل وسراقب واريحا في ريف ادلب وقتل اثنان"
    towns = [_place(n, flat.index(n)) for n in ("كفرنبل", "سراقب", "اريحا")]
    region = _place("ريف ادلب", flat.index("ريف ادلب"), precision=3)
    ev = _frame(["syrian-government"], [*towns, region], claims=[{"killed": 2}])
    ev.towns = towns
    parts = split_round_up(ev, flat)
    assert [p.places[0].text for p in parts] == ["كفرنبل", "سراقب", "اريحا"]
    assert parts[0] is ev and ev.claims == [{"killed": 2}]
    assert [p.claims for p in parts[1:]] == [[], []]
    assert all(p.places[-1].text == "ريف ادلب" for p in parts[1:])
    pair = _frame(["syrian-government"], towns[:2])
    assert split_round_up(pair, flat) == [pair]


def test_a_toll_goes_to_the_town_its_clause_names_as_a_whole_word_never_to_one_inside_another_word():
    # "حاسمة" (decisive) holds the letters of the town "حاس": the toll's clause names one town, behind "ب"
    flat = "قصفت الطائرات كفرنبل وحاس ومعرشورين. وفي ضربة حاسمة قتل اربعة بمعرشورين"
    towns = [_place(n, flat.index(n)) for n in ("كفرنبل", "حاس", "معرشورين")]
    second = flat.index("وفي")
    toll = {"killed": 4, "evidence": [[flat.index("اربعة"), flat.index("اربعة") + 5]]}
    ev = _frame(["russia"], towns, claims=[toll])
    ev.towns, ev.evidence = towns, [(0, second), (second, len(flat))]
    parts = split_round_up(ev, flat)
    assert [(p.places[0].text, p.claims) for p in parts] == [("كفرنبل", []), ("حاس", []), ("معرشورين", [toll])]


def test_two_towns_named_as_some_of_several_are_a_round_up_but_a_pair_alone_is_not():
    # "قرى عدة، منها X وY": the plural says there were more; the pair was kept as one incident with two places
    flat = "قصفت الطائرات قري عده في ريف ادلب، منها كفرنبل وسراقب اليوم"
    towns = [_place(n, flat.index(n)) for n in ("كفرنبل", "سراقب")]
    assert [p.text for p in round_up_towns(flat, towns)] == ["كفرنبل", "سراقب"]
    flat = "تتعرض مدن عده في ريف ادلب لغارات منذ ايام، لا سيما كفرنبل وسراقب"
    towns = [_place(n, flat.index(n)) for n in ("كفرنبل", "سراقب")]
    assert [p.text for p in round_up_towns(flat, towns)] == ["كفرنبل", "سراقب"]
    flat = "قصفت الطائرات بلدتي كفرنبل وسراقب اليوم"
    towns = [_place(n, flat.index(n)) for n in ("كفرنبل", "سراقب")]
    assert round_up_towns(flat, towns) == []


def test_a_report_gives_one_incident_per_town_named_as_some_of_several():
    text = "شنت طائرات النظام اليوم الأحد غارات على مدن عدة في ريف إدلب، أبرزها معرة النعمان وأريحا."
    assert [e["place"]["name"] for e in _events(text)] == ["Maarrat al-Nu'man", "Ariha"]


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
    from timeline.reference import default_reference

    lead = _frame(["opposition-unspecified"], [])
    _absorb(lead, _frame(["syrian-government"], []), default_reference())
    assert lead.perpetrators == ["opposition-unspecified", "syrian-government"]
    lead = _frame(["opposition-unspecified"], [])
    _absorb(lead, _frame(["nfl"], []), default_reference())
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


def test_an_offensive_launched_on_a_given_day_is_an_incident_of_that_day():
    # an earlier incident cited in passing: its own date, not the publication's, and not dropped as a "start"
    text = "عنوان\n\nوكانت قوات النظام قد بدأت في 3 شباط عملية عسكرية على بلدة كنصفرة.\n"
    events = _events(text)
    assert [(e["first"], e["perpetrators"]) for e in events] == [("2019-02-03", ["syrian-government"])]


def test_a_town_taken_in_a_given_month_is_an_incident_but_a_town_held_is_not():
    taken = _events("عنوان\n\nوكانت قوات النظام قد سيطرت على بلدة كنصفرة في كانون الثاني الماضي.\n")
    assert [(e["first"], e["last"], e["type"]) for e in taken] == [("2019-01-01", "2019-01-31", "armed_clash")]
    held = _events("عنوان\n\nوتسيطر قوات النظام على بلدة كنصفرة منذ كانون الثاني الماضي.\n")
    assert held == []


def test_a_clause_telling_a_shelling_and_then_its_risen_toll_is_that_incident_with_the_toll():
    text = "عنوان\n\nقصفت قوات النظام بلدة كنصفرة اليوم، وارتفع عدد القتلى المدنيين في البلدة إلى 9.\n"
    events = _events(text)
    assert [(e["perpetrators"], [c["killed"] for c in e["claims"]]) for e in events] == [(["syrian-government"], [9])]


def test_fire_told_without_a_shooter_takes_the_side_the_headline_names_firing():
    text = (
        "غارات النظام تقتل مدنيين في كنصفرة\n\nقال ناشطون إن ضربات جوية على بلدة كنصفرة اليوم أدت إلى مقتل 6 مدنيين.\n"
    )
    assert [e["perpetrators"] for e in _events(text)] == [["syrian-government"]]
    # a headline naming the side hit, not the side firing, lends no one
    victims = (
        "مقتل 6 من قوات النظام في كنصفرة\n\nقال ناشطون إن ضربات جوية على بلدة كنصفرة اليوم أدت إلى مقتل 6 عناصر.\n"
    )
    assert [e["perpetrators"] for e in _events(victims)] == [[]]


def test_headlines_are_read_only_when_asked_and_leave_the_bodys_state_as_it_was():
    # _Extractor.headline_frames reads the headlines after the body (a speed-up: most reports never ask for them)
    from timeline.events import _Extractor
    from timeline.reading import read_report

    text = (
        "غارات النظام تقتل مدنيين في كنصفرة\n\nقال ناشطون إن ضربات جوية على بلدة كنصفرة اليوم أدت إلى مقتل 6 مدنيين.\n"
    )
    article = Article(key="t", text=text, published=PUBLISHED, language="ar", source="موقع الاختبار")
    reader = _Extractor(article, read_report(text), [])
    reader.run()
    state = (reader.pending_answer, reader.pending_figures, reader.last_source, reader.span_sentence)
    campaigns = list(reader.background_shooters)
    assert [f.perpetrators for f in reader.headline_frames()] == [["syrian-government"]]
    assert (reader.pending_answer, reader.pending_figures, reader.last_source, reader.span_sentence) == state
    assert reader.background_shooters == campaigns


def test_reading_the_headlines_leaves_every_piece_of_the_readers_state_as_it_was():
    # a headline of two clauses, a toll and a strike: reading it fills the reader's per-clause state (the roles of
    # its clauses, the sources looked up), none of which may reach the body's reading or the merger after it
    from copy import copy

    from timeline.events import _Extractor
    from timeline.reading import read_report

    text = (
        "مقاتلات النظام تقتل 4 مدنيين في كنصفرة، وقصف مدفعي على البلدة بحسب ناشطين\n\n"
        "قال ناشطون إن قوات النظام قصفت بلدة كنصفرة اليوم وقتلت 4 مدنيين.\n"
    )
    article = Article(key="t", text=text, published=PUBLISHED, language="ar", source="موقع الاختبار")
    reader = _Extractor(article, read_report(text), [])
    reader.run()  # (the body names the shooter: the merger never asked for the headlines)
    before = {
        name: copy(value) if isinstance(value, (list, set, dict)) else value for name, value in vars(reader).items()
    }
    # (both clauses tell an incident: the jets' toll, told by the verb of killing, and the shelling)
    assert [f.perpetrators for f in reader.headline_frames()] == [["syrian-government"], ["syrian-government"]]
    assert vars(reader) == before


def test_the_reading_state_starts_as_a_new_reader_holds_it():
    """``_ReadingState`` (what the headlines are read from) restates the values a reader starts with."""
    from dataclasses import fields

    from timeline.events import _Extractor, _ReadingState
    from timeline.reading import read_report

    text = "عنوان\n\nقصفت قوات النظام بلدة كنصفرة اليوم.\n"
    article = Article(key="t", text=text, published=PUBLISHED, language="ar", source="موقع الاختبار")
    reader = _Extractor(article, read_report(text), [])
    start = _ReadingState()
    assert {f.name: getattr(reader, f.name) for f in fields(start)} == vars(start)


def test_fire_without_a_shooter_takes_the_side_a_running_total_names_firing():
    text = (
        "عنوان\n\nقتل أكثر من 200 مدني في القصف المكثف لقوات النظام منذ بداية التصعيد.\n"
        "وتعرض مستشفى في بلدة كنصفرة للقصف اليوم.\n"
    )
    assert [e["perpetrators"] for e in _events(text)] == [["syrian-government"]]


def test_the_side_that_began_an_offensive_is_its_perpetrator():
    text = "عنوان\n\nوتأتي التهدئة بعد حملة عسكرية على كنصفرة بدأتها قوات النظام في 3 شباط واستمرت أسابيع.\n"
    assert [(e["first"], e["perpetrators"]) for e in _events(text)] == [("2019-02-03", ["syrian-government"])]


def test_attacks_in_the_plural_and_a_country_that_struck_targets_are_incidents():
    plural = _events("عنوان\n\nوشنت القوات الروسية هجمات على بلدة كنصفرة ليل الثلاثاء.\n")
    assert [(e["first"], e["perpetrators"]) for e in plural] == [("2019-03-05", ["russia"])]
    struck = _events("عنوان\n\nوقال الجيش الإسرائيلي إنه ضرب في شباط الماضي مواقع إيرانية قرب دمشق.\n")
    assert [(e["first"], e["perpetrators"]) for e in struck] == [("2019-02-01", ["israel"])]


def test_the_group_named_with_its_word_tanzim_after_attacked_is_the_attacker():
    events = _events("عنوان\n\nوهاجم تنظيم داعش بلدة كنصفرة اليوم.\n")
    assert [(e["type"], e["perpetrators"]) for e in events] == [("attack", ["isis"])]


def test_the_number_word_of_a_risen_toll_is_no_vague_count_of_its_own():
    text = (
        "عنوان\n\nدارت مواجهات بين قوات النظام والفصائل في بلدة كنصفرة اليوم. وخلفت المواجهات خسائر بين "
        "الجانبين، إذ ارتفع عدد قتلى قوات النظام والمسلحين الموالين لها إلى 30.\n"
    )
    assert [[c["killed"] for c in e["claims"]] for e in _events(text)] == [[30]]


def test_poison_gas_dropped_on_a_town_is_an_attack_with_its_toll():
    text = "عنوان\n\nأفاد أطباء بمقتل 40 شخصاً اختناقاً بغاز سام ألقته مروحية على بلدة كنصفرة اليوم.\n"
    assert [[c["killed"] for c in e["claims"]] for e in _events(text)] == [[40]]


def test_attacks_named_with_a_nationality_are_that_nations():
    text = "عنوان\n\nوأضاف المرصد أن مستشفى بلدة كنصفرة خرج عن الخدمة بسبب الهجمات الروسية ليل الثلاثاء.\n"
    assert [(e["first"], e["perpetrators"]) for e in _events(text)] == [("2019-03-05", ["russia"])]


def test_an_earlier_toll_goes_to_the_incident_whose_toll_rose_not_to_the_last_one_told():
    text = (
        "عنوان\n\nقصفت قوات النظام بلدة كنصفرة اليوم.\nوارتفعت حصيلة القتلى جراء القصف لتصل إلى 60 قتيلاً مدنياً.\n"
        "وفي بلدة حيش لقي 20 مدنياً حتفهم بالغارات.\n"
        "وتحدثت حصيلة أولية للمرصد صباحاً عن 18 قتيلاً قبل أن يرتفع العدد.\n"
    )
    tolls = {e["place"]["text"]: sorted(c["killed"] for c in e["claims"]) for e in _events(text)}
    assert tolls == {"كنصفرة": [18, 60], "حيش": [20]}


def test_an_undated_placeless_toll_joins_the_dated_incident_of_the_side_it_names():
    lead = _frame(["coalition"], [], day=None, event_type="air_strike", claims=[{"killed": 9}])
    lead.date_warnings = [PUBLICATION_ASSUMED]
    town = _frame(["coalition"], [_place("منبج")], day=DAY, event_type="air_strike")
    days = news_days(DAY)
    assert tells_same_incident(lead, town, days)
    assert not tells_same_incident(lead, town)  # without the report's news days it stays apart
    assert not tells_same_incident(lead, _frame(["russia"], [_place("منبج")], event_type="air_strike"), days)
    assert not tells_same_incident(lead, _frame(["coalition"], [], day=DAY - dt.timedelta(days=3)), days)
    placed = _frame(["coalition"], [_place("الباب")], day=None, event_type="air_strike")
    placed.date_warnings = [PUBLICATION_ASSUMED]
    assert not tells_same_incident(placed, town, days)  # a town of its own: another incident


def test_a_headline_toll_without_day_or_place_lands_on_the_incident_the_body_dates():
    text = (
        "Coalition air raids kill nine civilians in north Syria\n\n"
        "Air raids by the US-led coalition have killed at least nine civilians, a war monitor said. "
        "The monitor said on Monday that seven people died when coalition jets struck a district of Manbij. "
        "Two more people died in a village close to the town after similar raids by coalition aircraft."
    )
    article = Article(key="t", text=text, published=dt.datetime(2019, 3, 11, 12, 0), language="en", source="wire")
    events = extract_article(article)["events"]
    assert len(events) == 1
    assert events[0]["place"]["text"] == "Manbij"
    assert {c["killed"] for c in events[0]["claims"]} >= {9, 7, 2}


def test_a_dateline_does_not_date_the_lead_apart_from_the_incident_the_body_dates():
    text = (
        "Coalition jets kill eight civilians in Syria\n\n"
        "Friday 15 March 2019 Coalition jets killed at least eight civilians, a monitor said. "
        "On Thursday evening coalition jets struck houses in the town of Manbij and killed eight people, "
        "the monitor added."
    )
    article = Article(key="t", text=text, published=dt.datetime(2019, 3, 15, 12, 0), language="en", source="wire")
    events = extract_article(article)["events"]
    assert [(e["first"], e["place"]["text"]) for e in events] == [("2019-03-14", "Manbij")]


def test_an_earlier_incident_dated_to_a_month_does_not_date_the_news_told_after_it():
    text = (
        "Rocket fire hits Homs\n\n"
        "Last month a car bomb killed five people in the village of Kafr Laha, the police said. "
        "Two people were hurt when the militants fired rockets at the district of Akrama in Homs, a police source said."
    )
    article = Article(key="t", text=text, published=dt.datetime(2019, 3, 15, 12, 0), language="en", source="wire")
    events = extract_article(article)["events"]
    assert [(e["first"], e["place"]["text"]) for e in events] == [("2019-02-01", "Kafr Laha"), ("2019-03-15", "Akrama")]


def test_an_undated_lead_naming_no_side_nor_town_joins_the_account_with_the_same_toll():
    # "39 killed in a depot blast in Idlib province" (no day, no side), then the body's blast in a town
    lead = _frame([], [_place("محافظة إدلب", precision=3)], day=None, event_type="explosion", claims=[{"killed": 39}])
    lead.date_warnings = [PUBLICATION_ASSUMED]
    body = _frame(["hts"], [_place("سرمدا")], event_type="explosion", claims=[{"killed": 39}])
    assert tells_same_incident(lead, body)
    other_toll = _frame(["hts"], [_place("سرمدا")], event_type="explosion", claims=[{"killed": 12}])
    assert not tells_same_incident(lead, other_toll)
    in_a_town = _frame([], [_place("الدانا")], day=None, event_type="explosion", claims=[{"killed": 39}])
    in_a_town.date_warnings = [PUBLICATION_ASSUMED]
    assert not tells_same_incident(in_a_town, body)  # a town of its own: another incident


def test_an_attack_and_an_air_strike_on_one_town_by_one_side_on_one_day_are_one_incident():
    attack = _frame(["coalition"], [_place("الباغوز")], event_type="attack")
    strike = _frame(["coalition"], [_place("الباغوز")], event_type="air_strike")
    assert tells_same_incident(attack, strike)
    assert not tells_same_incident(attack, _frame(["coalition"], [_place("هجين")], event_type="air_strike"))
    ground = _frame(["coalition"], [_place("الباغوز")], event_type="armed_clash")
    assert not tells_same_incident(ground, strike)  # a clash and an air strike: two incidents


def test_a_compass_point_of_a_country_after_a_cue_word_is_a_region():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView("نفذت الطائرات غارة في منطقة شرق سوريا وأخرى على قرية الورود.")
    assert [(p.text, p.precision) for p in cue_places(view)] == [("شرق سوريا", 3), ("الورود", None)]


def test_a_describing_word_after_a_cue_word_is_no_place_name():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView("سقطت القذائف على مدينة محاصرة ثم على منطقة صحراوية قرب قاعدة جوية وعلى بلدة التمانعة.")
    assert [p.text for p in cue_places(view)] == ["التمانعة"]


def test_a_fight_told_again_without_sides_gives_its_village_to_the_fight_just_told():
    lead = "عنوان\n\nقتل تسعة من عناصر قوات النظام والفصائل في اشتباكات عنيفة مساء السبت على جبهات ريف حلب الغربي. "
    (event,) = _events(lead + "وتتركز المعارك بين الطرفين في قرية كفرناها.")
    assert event["place"]["text"] == "كفرناها"
    (event,) = _events(lead + "وكانت معارك قد دارت بين الطرفين في 3 شباط في قرية كفرناها.")
    assert event["place"]["text"] == "ريف حلب الغربي"  # a fight of another day lends no place


def test_the_two_towns_are_the_pair_the_report_names_with_a_dual_cue():
    text = (
        "عنوان\n\nهاجم مقاتلو هيئة تحرير الشام مساء السبت البلدتين بعد قصف عنيف. "
        "وتحاصر الهيئة منذ سنوات بلدتي نبل والزهراء في ريف حلب."
    )
    (event,) = _events(text)
    assert [event["place"]["text"]] + [p["text"] for p in event["places"]] == ["نبل", "الزهراء"]
    (event,) = _events("عنوان\n\nهاجم مقاتلو هيئة تحرير الشام مساء السبت البلدتين بعد قصف عنيف.")
    assert event["place"] is None  # no pair named: no place


def test_a_phrase_trigger_also_matches_in_its_definite_form():
    from timeline.sentences import TextView
    from timeline.triggers import find_triggers

    flat = TextView("أصابت الضربة الجوية مبنى، وتواصل القصف الجوي على القرية.").flat
    assert [(t.word, t.event_type) for t in find_triggers(flat)][::2] == [
        ("ضربه الجويه", "air_strike"),
        ("قصف الجوي", "air_strike"),
    ]
    flat = TextView("نفذت الطائرات 12 هجمة جوية على البلدة بعد هجمة برية وهجمات جوية روسية.").flat
    assert [t.event_type for t in find_triggers(flat)] == ["air_strike", "attack", "air_strike"]
    flat = TextView("رصدت الدورية المسلحين وفتحت النار عليهم.").flat
    assert [(t.word, t.event_type) for t in find_triggers(flat)] == [("فتحت النار", "attack")]


def test_a_preposition_after_a_cue_noun_is_no_place_name():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    assert cue_places(TextView("استهدفت الغارة منطقة في ريف دير الزور ومنطقة عند الحدود.")) == []


def test_the_air_strike_told_again_with_its_day_and_village_dates_the_undated_lead():
    text = (
        "عنوان\n\nقتل 20 شخصا في غارة جوية شنتها على الأرجح طائرات التحالف الدولي على منطقة في شرق سوريا.\n"
        "وذكر المرصد أن الضربة الجوية طالت مزارع قرب بلدة هجين الخميس."
    )
    (event,) = _events(text)
    assert (event["first"], event["place"]["text"]) == ("2019-03-07", "هجين")
    assert [c["killed"] for c in event["claims"]] == [20]


def test_an_undated_lead_naming_no_side_and_no_place_joins_the_dated_incident_of_its_days():
    lead = _frame([], [], day=None, event_type="air_strike", claims=[{"killed": 40}])
    lead.date_warnings = [PUBLICATION_ASSUMED]
    strikes = _frame(["russia"], [], day=DAY, event_type="air_strike")
    assert tells_same_incident(lead, strikes, news_days(DAY))
    assert not tells_same_incident(lead, _frame(["russia"], [], day=DAY - dt.timedelta(days=4)), news_days(DAY))
    in_a_region = _frame([], [_place("ريف درعا", precision=3)], day=None, event_type="air_strike")
    in_a_region.date_warnings = [PUBLICATION_ASSUMED]
    assert not tells_same_incident(in_a_region, strikes, news_days(DAY))  # a lead with a place: see same_toll


def test_the_attack_told_again_with_a_village_gives_it_to_the_incident_just_told():
    text = (
        "عنوان\n\nقتل 12 عنصرا من قوات النظام مساء السبت في تفجير سيارة مفخخة نفذه تنظيم داعش في ريف حمص الشرقي. "
        "ووقع الهجوم قرب قرية الفرقلس."
    )
    (event,) = _events(text)
    assert (event["type"], event["place"]["text"]) == ("explosion", "الفرقلس")


def test_a_province_or_strip_across_the_border_named_with_its_cue_is_a_place():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    assert [p.text for p in cue_places(TextView("قصف الجيش مواقع جنوب ولاية كلس التركية."))] == ["كلس"]
    assert [p.text for p in cue_places(TextView("اشتباكات على الحدود مع قطاع غزة."))] == ["قطاع غزة"]


def test_the_side_a_speaker_leans_to_is_not_the_subject_of_the_next_clause():
    text = (
        "عنوان\n\nقصفت قوات النظام بلدة كفرنبل مساء السبت. "
        "وقال المركز الإعلامي الموالي للمعارضة إن خمسة مدنيين قتلوا، بينما أصيب عشرة آخرون في القصف."
    )
    (event,) = _events(text)
    assert event["perpetrators"] == ["syrian-government"]
    assert [c["killed"] for c in event["claims"]] == [5, None]


def test_the_side_holding_a_stronghold_is_neither_who_hit_it_nor_who_died():
    text = "عنوان\n\nقال مسعفون إن 12 شخصا قتلوا بعدما ألقيت براميل على بلدة حمورية، أحد معاقل جماعات المعارضة المسلحة."
    (event,) = _events(text)
    # the barrels name their side (data/lexicon/munition_users.csv); the opposition holding the town is no party
    assert event["perpetrators"] == ["syrian-government"]
    assert [(c["killed"], c["of"]) for c in event["claims"]] == [(12, None)]


def test_the_suburbs_of_a_city_are_a_region_around_it():
    from timeline.incident_places import gazetteer_places
    from timeline.sentences import TextView

    view = TextView("سقطت قذائف على ضواحي سراقب وعلى مدينة حمص.")
    assert [(p.text, p.precision) for p in gazetteer_places(view)] == [("سراقب", 3), ("مدينة حمص", 1)]


def test_a_placeless_frame_dated_weeks_apart_tells_another_incident():
    from timeline.events import _another_day

    told = _frame(["opposition-unspecified"], [_place("جرمانا")])
    assert _another_day(told, _frame([], [], day=DAY - dt.timedelta(days=20)))
    assert not _another_day(told, _frame([], [], day=DAY - dt.timedelta(days=1)))  # no toll of its own


def test_a_town_named_only_to_locate_an_unnamed_base_does_not_split_the_strike_on_the_base():
    text = (
        "عنوان\n\nأعلن مصدر عسكري، الثلاثاء، أن طائرات إسرائيلية قصفت قاعدة جوية قرب مدينة حمص.\n"
        "وأوضح المصدر أن الطائرات الإسرائيلية استهدفت مطار الشعيرات العسكري."
    )
    (event,) = _events(text)
    assert [event["place"]["text"]] + [p["text"] for p in event["places"]] == ["مطار الشعيرات", "مدينة حمص"]


def test_a_foreign_camp_or_base_that_fires_is_its_countrys():
    text = "عنوان\n\nاستهدف المعسكر الروسي المتمركز قرب بلدة حلفايا مساء السبت بلدة كفرزيتا بالصواريخ."
    (event,) = _events(text)
    assert event["perpetrators"] == ["russia"]


def test_one_sides_fire_and_ground_fighting_are_two_incidents_by_the_means_of_the_type_table(edited_event_types):
    """The means (remote fire or ground) come from data/event_types.csv: a type moved to the other means joins."""
    lead = _frame(["syrian-government"], [_place("كنصفرة")], event_type="shelling")
    ground = _frame(["syrian-government"], [_place("كنصفرة")], event_type="sniping")
    assert not tells_same_incident(lead, ground)
    edited_event_types("sniping", means="remote")
    assert tells_same_incident(lead, ground)


def test_an_attack_told_with_no_side_is_the_fire_the_clause_names():
    text = "عنوان\n\nوتعرضت سيارة للدفاع المدني السبت لهجوم مباغت وقصف مدفعي قرب بلدة التمانعة."
    (event,) = _events(text)
    assert (event["type"], event["place"]["text"]) == ("shelling", "التمانعة")


def test_a_site_named_by_whom_it_is_for_keeps_its_cue_word():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView("سقطت القذائف على مخيم للنازحين غرب قرية الصالحية.")
    assert [p.text for p in cue_places(view)] == ["مخيم للنازحين", "الصالحية"]


def test_an_undated_lead_joins_the_bodys_dated_account_of_its_town_or_region():
    town = _events(
        "قصفت قوات النظام بلدة التمانعة بالمدفعية، ما أدى إلى مقتل ثمانية مدنيين.\n"
        "وقال الدفاع المدني إن القصف على التمانعة وقع مساء أمس السبت.\n"
    )
    assert [(e["first"], e["place"]["text"]) for e in town] == [(str(DAY - dt.timedelta(1)), "التمانعة")]
    region = _events(
        "أودت غارات روسية على محافظة إدلب بحياة 20 مدنياً.\n"
        "وقصفت الطائرات الروسية بلدة معرة حرمة مساء أمس السبت، ما أسفر عن مقتل 12 مدنياً.\n"
        "وعادت الطائرات الروسية لقصف بلدة معرة حرمة اليوم الأحد، ما أسفر عن مقتل 8 مدنيين.\n"
    )
    tolls = [(e["first"], e["place"]["text"], sorted(c["killed"] for c in e["claims"] if c["killed"])) for e in region]
    assert tolls == [(str(DAY - dt.timedelta(1)), "معرة حرمة", [12, 20]), (str(DAY), "معرة حرمة", [8])]


def test_shells_on_a_city_of_another_governorate_told_with_no_side_are_not_the_strikes_told_before():
    events = _events(
        "غارات على جبل الزاوية\n\n"
        "شنت الطائرات الحربية التابعة للنظام اليوم الأحد غارات على قرى جبل الزاوية، ما أدى إلى مقتل أربعة مدنيين. "
        "وسقطت قذائف صاروخية مساء اليوم على حماة، ما أدى إلى مقتل رجل."
    )
    assert [(e["place"]["admin1"], [c["killed"] for c in e["claims"]]) for e in events] == [
        ("Idlib", [4]),
        ("Hama", [1]),
    ]


def test_strikes_on_this_area_happen_at_the_place_the_sentence_before_named():
    events = _events(
        "غارات على ريف حماة\n\n"
        "قتل ثلاثة مدنيين اليوم الأحد بقصف مدفعي لقوات النظام على مدينة كفرنبل في ريف إدلب. "
        "وأعلنت قوات النظام أمس السبت السيطرة على قرية الحويز في سهل الغاب. "
        "وقتل أربعة مدنيين اليوم حين قصفت طائرات روسية هذه المنطقة."
    )
    assert [(e["place"]["text"], e["perpetrators"], [c["killed"] for c in e["claims"]]) for e in events] == [
        ("كفرنبل", ["syrian-government"], [3]),
        ("الحويز", ["russia"], [4]),
    ]


def test_a_sub_district_named_after_its_seat_is_that_town():
    events = _events(
        "قصف على ريف إدلب\n\n"
        "قصفت قوات النظام اليوم الأحد بلدة التمانعة بالمدفعية الثقيلة، ما أدى إلى مقتل مدنيين اثنين. "
        "وقالت مصادر محلية إن قوات النظام استهدفت أيضا مبنى ناحية التمانعة بعدة قذائف."
    )
    assert [(e["place"]["text"], [c["killed"] for c in e["claims"]]) for e in events] == [("التمانعة", [2])]


def test_the_side_whose_sites_were_hit_is_no_subject_of_the_clause_after():
    for sites in ('"مقرات"', "مقرات"):
        events = _events(
            "قذائف على السخنة\n\n"
            f"ذكر بيان عسكري أن {sites} للجيش السوري قرب مدينة السخنة وسط البلاد، قصفت ليل الأحد بقذائف هاون."
        )
        assert not any("syrian-government" in e["perpetrators"] for e in events)


def test_a_town_named_near_another_is_its_own_settlement_not_the_other_towns_strike():
    """ "قرية X، قرب بلدة Y": Y only locates X, so a strike on X by other jets is not the strike told at Y."""
    text = (
        "عنوان\n\nشنت طائرات روسية وسورية غارات عنيفة على محافظة حماة يوم الأحد.\n"
        "وقصفت المروحيات السورية بلدة كفرزيتا بالبراميل المتفجرة.\n"
        "وأفاد الدفاع المدني بمقتل ثلاثة مدنيين في قصف للطائرات الروسية استهدف قرية اللطامنة، قرب كفرزيتا."
    )
    events = _events(text)
    assert len(events) == 2
    apart = events[1]
    assert (apart["perpetrators"], apart["place"]["text"]) == (["russia"], "اللطامنة")
    assert [c["killed"] for c in apart["claims"]] == [3]


def test_a_round_up_splits_in_the_order_the_towns_are_first_named_and_a_toll_told_at_one_town_is_its_own():
    text = (
        "عنوان\n\nقتل تسعة مدنيين الأحد في غارات روسية على بلدتي حاس وكفرنبل جنوب إدلب.\n"
        "وتعرضت قرى عدة في المنطقة لقصف جوي روسي عنيف، لا سيما معرشورين وكفرنبل وحاس.\n"
        "وقال الدفاع المدني إن أربعة من القتلى سقطوا في بلدة كفرنبل."
    )
    events = _events(text)
    assert [(e["place"]["text"], [c["killed"] for c in e["claims"]]) for e in events] == [
        ("حاس", [9]),
        ("كفرنبل", [4]),
        ("معرشورين", []),
    ]


def test_the_town_hit_worst_with_its_part_of_a_regions_toll_is_its_own_incident():
    lead = "عنوان\n\nقتل 45 مدنيا الأحد في غارات مكثفة{} على ريف حماة الشمالي.\n"
    rest = (
        "وعقد المجلس المحلي اجتماعا طارئا لبحث أوضاع النازحين.\n"
        "وأغلقت المدارس أبوابها حتى إشعار آخر.\n"
        "ونالت بلدة اللطامنة النصيب الأكبر من الضحايا، فقد لقي 12 مدنيا حتفهم فيها بفعل الغارات."
    )
    events = _events(lead.format(" لقوات النظام") + rest)
    assert [(e["place"]["text"], [c["killed"] for c in e["claims"]]) for e in events] == [
        ("ريف حماة الشمالي", [45]),
        ("اللطامنة", [12]),
    ]
    (joined,) = _events(lead.format("") + rest)  # no shooter named with the region's toll: one account
    assert [c["killed"] for c in joined["claims"]] == [45, 12]
