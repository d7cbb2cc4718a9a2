#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the directory fixtures: one valid document and one invalid variant per problem the loader must name.
# The expected messages (*.expected) are reviewed by hand; tst_directoryjson writes *.fail when they differ.
import copy, json, pathlib

here = pathlib.Path(__file__).parent
base = {
    "format": "kring-directory/1",
    "network": {"name": "Testnetwerk", "website": "https://example.org", "phone": "+31 40 000 00 99",
                "email": "info@example.org"},
    "updated": "2026-11-01",
    "themes": [
        {"id": "rouw", "name": {"nl": "Rouw en verlies", "en": "Grief and loss"}, "category": "rouw-en-verlies",
         "keywords": ["overlijden", "verlies"]},
        {"id": "verslaving-alcohol", "name": {"nl": "Alcohol", "en": "Alcohol"}, "keywords": ["drank"]},
    ],
    "venues": [
        {"id": "ehv-bibliotheek", "name": "Bibliotheek Eindhoven", "street": "Emmasingel 22", "postcode": "5611 AZ",
         "town": "Eindhoven", "country": "NL", "lat": 51.4390, "lon": 5.4741, "wheelchair": True,
         "directions": {"nl": "Ingang aan de Emmasingel.", "en": "Entrance on Emmasingel."}},
        {"id": "lvn-bib", "name": "Bibliotheek Tweebronnen", "street": "Rijschoolstraat 4", "postcode": "3000",
         "town": "Leuven", "country": "BE", "lat": 50.8774, "lon": 4.7046},
    ],
    "groups": [
        {"id": "ehv-rouw-partner", "name": "Verder na verlies van je partner",
         "summary": {"nl": "Lotgenoten die hun partner verloren.", "en": "Peers who lost their partner."},
         "themes": ["rouw"], "audience": "self", "keywords": ["weduwe"], "languages": ["nl"],
         "contact": {"email": "rouw@example.org", "phone": "+31 40 000 00 12", "website": "https://example.org/rouw"},
         "cost": "donation", "cost_note": {"nl": "Een vrijwillige bijdrage voor koffie en thee.",
                                           "en": "A voluntary contribution for coffee and tea."},
         "first_visit": "call_first", "group_type": "closed",
         "how_to_join": {"nl": "Na een kennismakingsgesprek kun je twee keer op proef meedoen."},
         "led_by": "peers", "target_groups": ["women", "young_people"],
         "meetings": [
             {"id": "ehv-rouw-partner-1", "venue": "ehv-bibliotheek", "room": "Studiezaal 2",
              "timezone": "Europe/Amsterdam", "start": "2026-01-13T19:30", "duration_minutes": 120,
              "rrule": "FREQ=MONTHLY;BYDAY=2TU", "exdates": ["2026-12-08T19:30"],
              "breaks": [{"from": "2026-07-01", "until": "2026-08-31"}]}]},
        {"id": "lvn-naasten-drank", "name": "Naasten van mensen die te veel drinken",
         "themes": ["verslaving-alcohol"], "audience": "relatives",
         "meetings": [
             {"id": "lvn-naasten-drank-1", "attendance": "hybrid", "venue": "lvn-bib",
              "online": {"url": "https://meet.example.org/lvn"}, "timezone": "Europe/Brussels",
              "start": "2026-02-04T20:00", "rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
              "rdates": ["2026-12-23T20:00"]},
             {"id": "lvn-naasten-drank-2", "attendance": "online", "online": {"phone": "+32 3 000 00 12"},
              "timezone": "Europe/Brussels", "schedule_note": {"nl": "ongeveer één keer per maand"},
              "status": "paused"}]},
    ],
}

def drop(obj, key):
    del obj[key]


def variant(name, change):
    doc = copy.deepcopy(base)
    result = change(doc)
    text = result if isinstance(result, str) else json.dumps(doc, ensure_ascii=False, indent=1)
    (here / "invalid" / f"{name}.json").write_text(text + "\n", encoding="utf-8")

(here / "valid" / "small.json").write_text(json.dumps(base, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

g0 = lambda d: d["groups"][0]
m0 = lambda d: d["groups"][0]["meetings"][0]
variant("not-json", lambda d: json.dumps(d, indent=1).replace('"rouw"\n  ]', '"rouw",\n  ]', 1)[:-40])
variant("top-level-array", lambda d: json.dumps([d]))
variant("wrong-format", lambda d: d.update(format="kring-directory/2"))
variant("missing-groups", lambda d: drop(d, "groups"))
variant("unknown-key", lambda d: g0(d).update(adress="Emmasingel 22"))
variant("bad-id", lambda d: g0(d).update(id="Eindhoven Rouw"))
variant("duplicate-group-id", lambda d: d["groups"][1].update(id="ehv-rouw-partner"))
variant("duplicate-meeting-id", lambda d: d["groups"][1]["meetings"][0].update(id="ehv-rouw-partner-1"))
variant("unknown-theme", lambda d: g0(d).update(themes=["rouw", "scheiding"]))
variant("unknown-venue", lambda d: m0(d).update(venue="ehv-wijkcentrum"))
variant("bad-start", lambda d: m0(d).update(start="2026-13-01T19:30"))
variant("bad-timezone", lambda d: m0(d).update(timezone="Europe/Eindhoven"))
variant("in-person-without-venue", lambda d: drop(m0(d), "venue"))
variant("online-without-link", lambda d: drop(d["groups"][1]["meetings"][1], "online"))
variant("latitude-out-of-range", lambda d: d["venues"][0].update(lat=151.4))
variant("break-ends-before-it-starts", lambda d: m0(d).update(breaks=[{"from": "2026-08-31", "until": "2026-07-01"}]))
variant("summary-not-localised", lambda d: g0(d).update(summary="Lotgenoten"))
variant("name-not-a-string", lambda d: g0(d).update(name=42))
variant("rrule-without-start", lambda d: drop(m0(d), "start"))
variant("bad-exdate", lambda d: m0(d).update(exdates=["8 december"]))
variant("zero-duration", lambda d: m0(d).update(duration_minutes=0))
variant("bad-audience", lambda d: g0(d).update(audience="partners"))
variant("online-meeting-with-venue", lambda d: d["groups"][1]["meetings"][1].update(venue="lvn-bib"))
variant("many-problems", lambda d: [g.update(id="X") for g in d["groups"]] and None)
variant("version-not-a-whole-number", lambda d: d.update(version=2.5))
variant("control-character-in-name", lambda d: g0(d).update(name="Verder na verlies\u001b[2K van je partner"))
variant("line-break-in-name", lambda d: g0(d).update(name="Verder na verlies\nvan je partner"))
variant("bidi-override-in-summary", lambda d: g0(d)["summary"].update(nl="Lotgenoten \u202edie hun partner verloren."))
variant("start-in-the-spring-gap", lambda d: m0(d).update(start="2026-03-29T02:30", rrule="FREQ=YEARLY", exdates=[], breaks=[]))
variant("bad-cost", lambda d: g0(d).update(cost="gratis"))
variant("bad-first-visit", lambda d: g0(d).update(first_visit="walk-in"))
variant("bad-led-by", lambda d: g0(d).update(led_by="professional"))
variant("bad-target-group", lambda d: g0(d).update(target_groups=["women", "elderly"]))
variant("target-group-twice", lambda d: g0(d).update(target_groups=["men", "men"]))
variant("bad-network-phone", lambda d: d["network"].update(phone="bel ons"))
variant("bad-network-email", lambda d: d["network"].update(email="info at example.org"))
