"""Agreement linkage: agreement in force, zone, days since signing, phase, verdict and its reason."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
import yaml

from timeline import agreements
from timeline.agreements import AGREEMENTS_FILE, link_incident, load_agreements, parse_agreements

# A zone list written for the tests, so the linkage logic is tested apart from the zone data.
TEST_ZONE = ("SY070201", "SY050501", "SY050500", "SY060303", "SY020001")


def agreements_with_test_zone(tmp_path):
    """The agreements of data/agreements.yaml, with the zone file replaced by ``TEST_ZONE``."""
    rows = yaml.safe_load(AGREEMENTS_FILE.read_text(encoding="utf-8"))["agreements"]
    (tmp_path / "gazetteer").mkdir(exist_ok=True)
    (tmp_path / "gazetteer" / "sochi_zone_subdistricts.csv").write_text(
        "pcode,name_en,name_ar,reason\n" + "".join(f"{p},x,x,test\n" for p in TEST_ZONE), encoding="utf-8"
    )
    return parse_agreements(rows, tmp_path)


@pytest.fixture
def test_agreements(tmp_path, monkeypatch):
    loaded = agreements_with_test_zone(tmp_path)
    monkeypatch.setattr(agreements, "load_agreements", lambda *a, **k: loaded)
    return loaded


def test_seed_incidents_are_violations_53_days_after_sochi(test_agreements):
    link = link_incident("2018-11-09", "2018-11-10", "SY050501", "Hama", "attack")
    assert link["id"] == "sochi-2018"
    assert link["in_zone"] is True
    assert link["days_since"] == 53
    assert link["violation"] == "yes"
    assert link["reason"] == "attack inside the zone 53 days after the Sochi memorandum took effect"
    assert link["phase"] == "radical groups due out of the zone"
    other = link_incident(dt.date(2018, 11, 9), dt.date(2018, 11, 9), "SY050500", "Hama", "infiltration")
    assert (other["violation"], other["days_since"]) == ("yes", 53)


def test_before_signing_is_before_not_a_violation(test_agreements):
    link = link_incident("2018-08-12", "2018-08-12", "SY070201", "Idlib", "shelling")
    assert link["violation"] == "before"
    assert link["id"] == "astana-2017"
    assert "36 days before the Sochi memorandum took effect (2018-09-17; signed 2018-09-17)" in link["reason"]


def test_a_verdict_of_before_with_no_agreement_in_force_names_the_agreement_it_is_before(test_agreements):
    link = link_incident("2015-04-20", "2015-04-20", "SY070201", "Idlib", "air_strike")
    assert (link["violation"], link["id"], link["days_since"], link["in_zone"]) == ("before", "sochi-2018", None, None)
    assert "before the Sochi memorandum took effect" in link["reason"]


def test_interval_straddling_the_signing_is_unclear(test_agreements):
    link = link_incident("2018-09-15", "2018-09-18", "SY070201", "Idlib", "shelling")
    assert link["violation"] == "unclear"
    assert "straddles" in link["reason"]


def test_governorate_only(test_agreements):
    hama = link_incident("2019-01-05", "2019-01-05", None, "Hama", "shelling")
    assert (hama["in_zone"], hama["violation"]) == (None, "unclear")
    damascus = link_incident("2019-01-05", "2019-01-05", None, "Damascus", "shelling")
    assert (damascus["in_zone"], damascus["violation"]) == (False, "outside")
    assert "outside the approximated zone" in damascus["reason"]


def test_subdistrict_outside_zone_and_district_code(test_agreements):
    afrin = link_incident("2019-01-05", None, "SY020300", "Aleppo", "air_strike")
    assert (afrin["in_zone"], afrin["violation"]) == (False, "outside")
    district = link_incident("2019-01-05", None, "SY0702", "Idlib", "air_strike")
    assert (district["in_zone"], district["violation"]) == (None, "yes")  # in the de-escalation area either way
    assert "whether inside the approximated zone is unknown" in district["reason"]
    hama_district = link_incident("2019-01-05", None, "SY0505", "Hama", "air_strike")
    assert (hama_district["in_zone"], hama_district["violation"]) == (None, "unclear")


def test_undated_and_unclear_type(test_agreements):
    assert link_incident(None, None, "SY070201", "Idlib", "shelling")["violation"] == "unclear"
    other = link_incident("2019-01-05", "2019-01-05", "SY070201", "Idlib", "other")
    assert (other["in_zone"], other["violation"]) == (True, "unclear")


def test_phases_and_moscow_protocol(test_agreements):
    assert link_incident("2019-08-03", None, "SY070201", "Idlib", "shelling")["phase"] == "Astana truce"
    assert link_incident("2020-03-04", None, "SY070201", "Idlib", "shelling")["id"] == "sochi-2018"
    moscow = link_incident("2020-04-01", None, None, "Idlib", "shelling")
    assert (moscow["id"], moscow["in_zone"], moscow["violation"], moscow["days_since"]) == (
        "moscow-2020",
        True,
        "yes",
        26,  # days since the ceasefire took effect on 6 March, not since the signing on the 5th
    )


def test_an_agreement_is_rows(tmp_path):
    rows = [
        {
            "id": "local-truce",
            "name": "A local truce",
            "short": "local truce",
            "signed": "2019-05-01",
            "in_force": {"from": "2019-05-01", "until": "2019-06-01"},
            "zone": {"subdistricts": ["SY070201"], "partly_in": ["Idlib"]},
            "milestones": [{"date": "2019-05-01", "label": "signed"}, {"date": "2019-05-10", "label": "extended"}],
        }
    ]
    loaded = parse_agreements(rows, tmp_path)
    link = link_incident("2019-05-12", None, "SY070201", "Idlib", "sniping", agreements=loaded)
    assert link == {
        "id": "local-truce",
        "in_zone": True,
        "days_since": 11,
        "phase": "extended",
        "violation": "yes",
        "reason": "sniping inside the zone 11 days after the local truce took effect",
        "reason_ar": "قنص داخل المنطقة بعد 11 يومًا من سريان local truce",
    }
    assert link_incident("2019-06-02", None, "SY070201", "Idlib", "sniping", agreements=loaded)["id"] is None


def test_real_agreements_file():
    loaded = {a.id: a for a in load_agreements()}
    sochi = loaded["sochi-2018"]
    assert sochi.signed == dt.date(2018, 9, 17)
    assert set(sochi.parties) == {"Russia", "Turkey"}
    assert "never published" in sochi.zone_note
    dates = {m.date.isoformat() for m in sochi.milestones}
    assert {"2018-10-10", "2018-10-15", "2018-12-31", "2019-02-14", "2019-08-01", "2019-08-05", "2019-08-31"} <= dates
    assert sochi.until == dt.date(2020, 3, 6) == loaded["moscow-2020"].start
    assert loaded["moscow-2020"].signed == dt.date(2020, 3, 5)
    assert "SY070201" in sochi.zone.subdistricts  # Khan Shaykhun, on the 2018 contact line
    assert "SY020300" not in sochi.zone.subdistricts  # Afrin, far from it


def test_the_days_in_a_reason_take_the_form_their_count_takes_and_day_0_is_the_day_itself(test_agreements):
    def reasons(day):
        link = link_incident(day, None, "SY050501", "Hama", "shelling")
        return link["reason"], link["reason_ar"]

    assert reasons("2018-09-17") == (
        "shelling inside the zone on the day the Sochi memorandum took effect",
        "قصف داخل المنطقة في يوم سريان مذكرة سوتشي",
    )
    assert reasons("2018-09-18") == (
        "shelling inside the zone 1 day after the Sochi memorandum took effect",
        "قصف داخل المنطقة بعد يوم واحد من سريان مذكرة سوتشي",
    )
    assert reasons("2018-09-19")[1] == "قصف داخل المنطقة بعد يومين من سريان مذكرة سوتشي"
    assert reasons("2018-09-22")[1] == "قصف داخل المنطقة بعد 5 أيام من سريان مذكرة سوتشي"
    assert reasons("2018-12-29")[1] == "قصف داخل المنطقة بعد 103 أيام من سريان مذكرة سوتشي"
    assert reasons("2018-12-26")[1] == "قصف داخل المنطقة بعد 100 يوم من سريان مذكرة سوتشي"


def test_partly_in_names_every_governorate_of_the_zone_file():
    sochi = next(a for a in load_agreements() if a.id == "sochi-2018")
    zone_file = AGREEMENTS_FILE.parent / "gazetteer" / "sochi_zone_subdistricts.csv"
    with zone_file.open(encoding="utf-8", newline="") as f:
        governorates = {row["admin1"].casefold() for row in csv.DictReader(f)}
    assert governorates and governorates <= sochi.zone.partly_in


def test_reasons_in_arabic(test_agreements):
    inside = link_incident("2018-11-09", None, "SY050501", "Hama", "shelling")
    assert inside["reason_ar"] == "قصف داخل المنطقة بعد 53 يومًا من سريان مذكرة سوتشي"
    before = link_incident("2018-08-12", None, "SY070201", "Idlib", "air_strike")
    assert (
        before["reason_ar"]
        == "غارة جوية قبل سريان مذكرة سوتشي (2018-09-17؛ وُقّع 2018-09-17) بـ36 يومًا، في ظل مذكرة أستانا لخفض التصعيد"
    )
    outside = link_incident("2019-01-05", None, None, "Damascus", "sniping")
    # the whole-country gazetteer names Damascus in Arabic too (it used to leave "Damascus" untranslated)
    assert outside["reason_ar"].startswith("قنص خارج المنطقة التقريبية، في محافظة دمشق،")


def test_reason_templates_in_both_languages():
    assert set(agreements.reason_phrases("en")) == set(agreements.reason_phrases("ar"))


def test_reasons_name_the_type_with_its_verdict_word_from_the_event_type_table():
    """The reason's {what} is the table's verdict word (not the label: "infiltration attempt"); no type or the
    unknown kind is "incident"; a type the table lacks is shown as its id."""
    infiltration = link_incident("2018-11-09", None, "SY070201", "Idlib", "infiltration")
    assert infiltration["reason"].startswith("infiltration attempt inside the zone")
    assert infiltration["reason_ar"].startswith("محاولة تسلل")
    assert agreements._what(None, "en") == agreements._what("other", "en") == "incident"
    assert agreements._what("other", "ar") == "حادث"
    assert agreements._what("drone_swarm", "en") == "drone swarm"


def test_analyst_override_reason_in_both_languages(test_agreements):
    computed = link_incident("2018-11-09", None, "SY050501", "Hama", "shelling")
    reasons = agreements.override_reasons("no", "Rana", "a drill, not shelling", computed)
    assert reasons["reason"] == (
        "verdict 'not a violation' set by analyst Rana: a drill, not shelling (computed: yes, "
        + computed["reason"]
        + ")"
    )
    assert reasons["reason_ar"] == (
        "الحكم «ليس خرقًا» وضعه المحلل Rana: a drill, not shelling (المحسوب: خرق، " + computed["reason_ar"] + ")"
    )


def test_milestone_and_agreement_labels_for_a_language():
    sochi = next(a for a in load_agreements() if a.id == "sochi-2018")
    heavy = next(m for m in sochi.milestones if m.date == dt.date(2018, 10, 10))
    assert heavy.label_for("en") == "heavy weapons due out of the zone"
    assert heavy.label_for("ar") == "موعد سحب الأسلحة الثقيلة من المنطقة"
    assert all(m.label_ar for a in load_agreements() for m in a.milestones)
    assert sochi.short_for("ar") == "مذكرة سوتشي" and sochi.name_for("ar").startswith("مذكرة سوتشي")
    assert agreements.Milestone(dt.date(2019, 1, 1), "only English").label_for("ar") == "only English"


def test_reasons_name_the_place_in_their_own_language():
    from timeline.agreements import link_incident

    outside = link_incident("2018-11-09", "2018-11-09", "SY070000", "Idlib", "shelling")  # Idlib city centre
    assert "Idleb sub-district (SY070000)" in outside["reason"]
    assert "ناحية مركز إدلب" in outside["reason_ar"]
    by_governorate = link_incident("2018-11-09", "2018-11-09", None, "Hama", "shelling")
    assert "Hama" in by_governorate["reason"]
    assert "حماة" in by_governorate["reason_ar"] and "Hama" not in by_governorate["reason_ar"]


def test_outside_the_approximated_zone_but_inside_the_de_escalation_area_is_still_a_breach(test_agreements):
    # Idlib city's sub-district is not in TEST_ZONE, but Sochi keeps the ceasefire of the whole Idlib area
    link = link_incident("2019-01-05", None, "SY070000", "Idlib", "shelling")
    assert (link["in_zone"], link["violation"]) == (False, "yes")
    assert "outside the approximated zone but inside the de-escalation area" in link["reason"]
    assert "خارج المنطقة التقريبية لكن داخل منطقة خفض التصعيد" in link["reason_ar"]
    vague = link_incident("2019-01-05", None, "SY070000", "Idlib", "other")
    assert vague["violation"] == "unclear"  # a breach needs a hostile act


def test_moscow_protocol_judges_from_entry_into_force_not_signing(test_agreements):
    signing_day = link_incident("2020-03-05", None, "SY070201", "Idlib", "air_strike")
    assert (signing_day["id"], signing_day["violation"]) == ("sochi-2018", "yes")  # Sochi still in force
    assert "Moscow" not in signing_day["reason"]
    first_day = link_incident("2020-03-06", None, "SY070201", "Idlib", "air_strike")
    assert (first_day["id"], first_day["days_since"]) == ("moscow-2020", 0)
    next_day = link_incident("2020-03-07", None, "SY070201", "Idlib", "air_strike")
    assert next_day["reason"].endswith("1 day after the Moscow protocol took effect")  # not "1 days"
    assert "بعد يوم واحد من سريان بروتوكول موسكو" in next_day["reason_ar"]


def test_before_entry_into_force_counts_to_the_day_it_took_effect(tmp_path):
    rows = [
        {"id": "truce", "name": "A truce", "short": "truce", "signed": "2019-05-01",
         "in_force": {"from": "2019-05-03"}, "zone": {"subdistricts": ["SY070201"]}},
    ]  # fmt: skip
    loaded = parse_agreements(rows, tmp_path)
    link = link_incident("2019-05-02", None, "SY070201", "Idlib", "shelling", agreements=loaded)
    assert link["violation"] == "before"
    assert link["reason"] == "shelling 1 day before the truce took effect (2019-05-03; signed 2019-05-01)"


def test_a_place_the_gazetteer_lacks_is_named_in_every_reason_as_not_located():
    """An analyst's corrected place the gazetteer lacks has no zone: each reason says why, also one that names no
    place ("before the Sochi memorandum took effect, as the report says") and one judged on the eve."""
    for first, relative in (
        ("2018-11-04", None),
        ("2018-05-05", None),
        ("2018-09-17", "before"),
        ("2020-03-06", "before"),
    ):
        link = link_incident(first, first, None, None, "shelling", relative=relative, unlocated="Green Valley Farm")
        assert link["in_zone"] is None and link["violation"] != "yes", link
        assert "Green Valley Farm, a place the gazetteer lacks" in link["reason"], link["reason"]
        assert "Green Valley Farm، وهو مكان لا يعرفه المعجم الجغرافي" in link["reason_ar"], link["reason_ar"]
