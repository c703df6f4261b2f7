"""Cross-report merging: which reports tell one incident, its figures, and stable ids."""

from __future__ import annotations

import datetime as dt
import random

from timeline.merge import Report, assign_ids, casualty_range, cluster_reports, summarize

D = dt.date
HALFAYA = {
    "text": "حلفايا",
    "name": "Halfaya",
    "name_ar": "حلفايا",
    "admin1": "Hama",
    "pcode": "SY050500",
    "precision": 1,
}
MURAK = {"text": "مورك", "name": "Murak", "admin1": "Hama", "pcode": "SY050501", "precision": 1}
LATAMNEH = {"text": "اللطامنة", "name": "al-Lataminah", "admin1": "Hama", "pcode": "SY050501", "precision": 1}


def report(key, first, last=None, type_="attack", perps=("hts",), targets=("syrian-government",), places=(HALFAYA,),
           claims=(), outlet=None):  # fmt: skip
    article = key.split("#")[0]
    return Report(
        event_key=key,
        article_uid=article,
        first=first,
        last=last or first,
        type=type_,
        perpetrators=tuple(perps),
        targets=tuple(targets),
        places=tuple(places),
        claims=tuple(claims),
        outlet=outlet or f"outlet-{article}",
    )


def keys(clusters):
    return sorted(sorted(r.event_key for r in c) for c in clusters)


def test_casualty_range_alternative_estimates():
    claims = [{"source": "A", "killed": 18}, {"source": "B", "killed": 6}, {"source": "C", "killed": 9}]
    assert casualty_range(claims) == (6, 9, 18)  # best = median when no figure is cited twice


def test_best_figure_is_always_one_a_source_gave():
    claims = [{"source": "A", "killed": 15}, {"source": "B", "killed": 6}]
    assert casualty_range(claims) == (6, 6, 15)  # not 10.5
    claims = [{"source": s, "killed": k} for s, k in zip("ABCD", (7, 8, 16, 17), strict=True)]
    assert casualty_range(claims)[1] == 8  # not 12.5: the lower of the two middle figures


def test_casualty_range_most_cited_figure_is_best():
    claims = [{"source": "A", "killed": 4}, {"source": "B", "killed": 4}, {"source": "C", "killed": 10}]
    assert casualty_range(claims) == (4, 4, 10)


def test_casualty_range_adds_different_victims():
    claims = [
        {"source": "agency", "killed": 18, "of": "syrian-government"},
        {"source": "agency", "killed": 7, "of": "russia"},
        {"source": "activists", "killed": 1, "of": "hts"},
        {"source": "pro-regime media", "killed": 6, "of": "syrian-government"},
    ]
    assert casualty_range(claims) == (14, 14, 26)  # (6+7+1, 6+7+1, 18+7+1): 6 or 18, the lower middle


def test_a_subset_counted_inside_a_toll_does_not_pull_the_estimate_down():
    claims = [{"source": "A", "killed": 40}, {"source": "A", "killed": 15, "of": "civilians", "subset": True}]
    assert casualty_range(claims) == (40, 40, 40)
    assert casualty_range([{"source": "A", "killed": 15, "of": "civilians", "subset": True}]) == (15, 15, 15)


def test_casualty_range_unattributed_totals_and_no_figures():
    claims = [{"source": "A", "killed": 5, "of": "hts"}, {"source": "B", "killed": 3, "of": "nfl"}, {"killed": 20}]
    assert casualty_range(claims) == (8, 8, 20)  # totals: sum of groups 8, and 20; best the lower middle
    assert casualty_range([{"source": "A", "killed": None, "vague": "عشرات"}]) == (None, None, None)
    assert casualty_range([{"source": "A", "wounded": 3}], "wounded") == (3, 3, 3)


def test_adjacent_days_same_place_compatible_sides_merge():
    a = report("a#e1", D(2018, 11, 9), D(2018, 11, 10), perps=("hts",))
    b = report("b#e1", D(2018, 11, 10), type_="armed_clash", perps=("jaish-al-izza",))  # same side, other faction
    c = report("c#e1", D(2018, 11, 11), places=(LATAMNEH,))  # same sub-district as Murak, not Halfaya
    assert keys(cluster_reports([a, b, c])) == [["a#e1", "b#e1"], ["c#e1"]]


def test_same_subdistrict_merges():
    a = report("a#e1", D(2019, 1, 2), places=(MURAK,))
    b = report("b#e1", D(2019, 1, 2), places=(LATAMNEH,))
    assert keys(cluster_reports([a, b])) == [["a#e1", "b#e1"]]


def test_what_does_not_merge():
    base = report("a#e1", D(2019, 1, 2))
    others = [
        report("a#e2", D(2019, 1, 2)),  # same article
        report("b#e1", D(2019, 1, 4)),  # two days later
        report("c#e1", D(2019, 1, 2), perps=("syrian-government",), targets=("hts",)),  # other side
        report("d#e1", D(2019, 1, 2), type_="shelling"),  # bombardment vs ground attack
        report("e#e1", D(2019, 1, 1), D(2019, 1, 31)),  # only "in January"
        report("f#e1", D(2019, 1, 2), places=()),  # no place
        report("g#e1", None),  # undated
    ]
    clusters = cluster_reports([base, *others])
    assert len(clusters) == 8


def test_clustering_is_order_independent_and_complete_link():
    reports = [
        report("a#e1", D(2019, 3, 1)),
        report("b#e1", D(2019, 3, 2)),
        report("c#e1", D(2019, 3, 3)),  # adjacent to b, two days from a: not chained into a's incident
        report("d#e1", D(2019, 3, 1), type_="other"),
    ]
    expected = keys(cluster_reports(reports))
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert keys(cluster_reports(shuffled)) == expected
    assert expected == [["a#e1", "b#e1", "d#e1"], ["c#e1"]]


def test_analyst_split_and_merge_links():
    a, b = report("a#e1", D(2019, 3, 1)), report("b#e1", D(2019, 3, 1))
    assert keys(cluster_reports([a, b], cannot_link={frozenset(("a#e1", "b#e1"))})) == [["a#e1"], ["b#e1"]]
    far = report("c#e1", D(2019, 5, 1), places=(MURAK,))
    assert keys(cluster_reports([a, far], must_link=[("a#e1", "c#e1")])) == [["a#e1", "c#e1"]]


def test_assign_ids_keeps_ids_by_overlap():
    a, b, c = report("a#e1", D(2019, 3, 1)), report("b#e1", D(2019, 3, 1)), report("c#e1", D(2019, 3, 1))
    first = assign_ids([[a, b]], {})
    old_id = first[0][0]
    assert old_id.startswith("inc-") and assign_ids([[a, b]], {}) == first  # deterministic
    previous = {"a#e1": old_id, "b#e1": old_id}
    again = dict((i, [r.event_key for r in m]) for i, m in assign_ids([[a, b, c]], previous))
    assert again == {old_id: ["a#e1", "b#e1", "c#e1"]}
    split = assign_ids([[a], [b, c]], previous)
    assert split[0][0] != split[1][0] and old_id in {split[0][0], split[1][0]}


def test_summarize_keeps_every_claim_and_agrees_on_dates():
    a = report("a#e1", D(2018, 11, 9), D(2018, 11, 10), claims=[{"source": "Ebaa", "killed": 18, "outlet": "X"}])
    b = report("b#e1", D(2018, 11, 9), perps=("hts", "unknown"),
               claims=[{"source": "pro-regime media", "killed": 6, "outlet": "Y"}, {"source": None, "outlet": "Y"}])  # fmt: skip
    row = summarize([a, b])
    assert (row["first"], row["last"]) == (D(2018, 11, 9), D(2018, 11, 9))
    assert row["perpetrators"] == ("hts",) and row["actor1"] == "hts" and row["bloc1"] == "jihadist"
    assert (row["killed_low"], row["killed_best"], row["killed_high"]) == (6, 6, 18)
    assert (row["n_claims"], row["n_sources"], row["n_reports"]) == (3, 3, 2)
    assert row["outlets"] == ("X", "Y", "outlet-a", "outlet-b")
    assert (row["place_name"], row["pcode"], row["geo_precision"]) == ("Halfaya", "SY050500", 1)


def test_regions_do_not_make_reports_meet():
    region = {"text": "ريف حماة الشمالي", "name": "northern Hama countryside", "admin1": "Hama", "pcode": "",
              "precision": 3}  # fmt: skip
    a = report("a#e1", D(2019, 3, 1), places=(region,))
    b = report("b#e1", D(2019, 3, 1), places=(region,))
    assert keys(cluster_reports([a, b])) == [["a#e1"], ["b#e1"]]


def test_a_split_after_a_merge_never_gives_two_incidents_one_id():
    """{a} was hashed to an id, merged with {b} (keeping it), then split: the id stays with {a}, {b} gets another."""
    a, b = (
        Report(k, k.split("#")[0], dt.date(2019, 3, 10), dt.date(2019, 3, 10), "shelling") for k in ("x#e1", "y#e1")
    )
    ((id_a, _),) = assign_ids([[a]], {})
    assigned = dict((tuple(r.event_key for r in m), i) for i, m in assign_ids([[b], [a]], {"x#e1": id_a, "y#e1": id_a}))
    assert assigned[("x#e1",)] == id_a and assigned[("y#e1",)] != id_a


def test_one_monitor_quoted_in_two_reports_under_two_names_is_one_source():
    """The monitor by its full name in one report and by its director in another gives one source, and its two
    figures are its own alternatives: not two sources, the best estimate not pulled toward it twice."""
    a = report("a#e1", D(2019, 3, 1), claims=[{"source": "المرصد السوري لحقوق الإنسان", "killed": 12}])
    b = report("b#e1", D(2019, 3, 1), claims=[{"source": "the Observatory's director", "killed": 14}])
    c = report("c#e1", D(2019, 3, 1), claims=[{"source": "the civil defence", "killed": 14}])
    row = summarize([a, b, c])
    assert row["n_sources"] == 2
    assert (row["killed_low"], row["killed_best"], row["killed_high"]) == (12, 14, 14)
    apart = summarize([a, report("b#e1", D(2019, 3, 1), claims=[{"source": "local activists", "killed": 14}]), c])
    assert apart["n_sources"] == 3


def test_a_report_counts_as_a_source_even_without_claims_or_a_known_outlet():
    a = report("a#e1", D(2019, 3, 1))  # no claim, outlet unknown
    b = report("b#e1", D(2019, 3, 1), outlet="Outlet B")
    assert summarize([a])["n_sources"] == 1  # was 0: "Sources 0" beside a report
    assert summarize([a, b])["n_sources"] == 2


def test_one_account_of_a_region_and_a_week_told_by_two_outlets_merges():
    """Two reports of the same week's air strikes on one region with the same toll are one incident; another
    toll, another week or a month-long span keeps them apart."""
    region = {"text": "ريف المدينة", "name": "Example countryside", "admin1": "Hama", "pcode": "", "precision": 3}
    week = (D(2018, 2, 8), D(2018, 2, 14))

    def account(key, first, last, killed):
        return report(key, first, last, type_="air_strike", perps=("syrian-government",), targets=("civilians",),
                      places=(region,), claims=[{"source": None, "killed": killed, "outlet": key}])  # fmt: skip

    a, b = account("a#e1", *week, 250), account("b#e1", *week, 250)
    other_toll = account("c#e1", *week, 40)
    other_week = account("d#e1", D(2018, 2, 9), D(2018, 2, 15), 250)
    month = account("e#e1", D(2018, 2, 1), D(2018, 2, 28), 250)
    month_too = account("f#e1", D(2018, 2, 1), D(2018, 2, 28), 250)
    clusters = cluster_reports([a, b, other_toll, other_week, month, month_too])
    assert keys(clusters) == [["a#e1", "b#e1"], ["c#e1"], ["d#e1"], ["e#e1"], ["f#e1"]]
