"""The exchange file of the tests: the sample of EXCHANGE.md (version 1, as printed there)
and the version-2 file it becomes, built by hand. A module of its own name (not
`conftest`) so the exchange tests import it whichever other test folders run with them."""

from __future__ import annotations

import copy

SAMPLE = """
{
  "format": "kenesh-exchange",
  "version": 1,
  "councils": [{
    "id": "minfin",
    "name": "Финансы министрлигинин Коомдук кеңеши",
    "state_body": "Кыргыз Республикасынын Финансы министрлиги",
    "term_start": "2026-01-15",
    "term_end": "2028-01-14",
    "members": [{
      "id": "m1", "full_name": "Айгүл Токтогулова", "sex": "female",
      "organization": "«Ачык маалымат» коомдук бирикмеси", "role": "chair",
      "start": "2026-01-15", "end": null, "pin": null, "phone": null, "email": null
    }],
    "meetings": [{
      "id": "s1", "number": 1, "date": "2026-02-10", "kind": "regular",
      "place": "Бишкек ш., Эркиндик бульв. 58", "agenda_sent": "2026-02-06",
      "present": ["m1"],
      "guests": [{"full_name": "Бакыт Жумабаев", "organization": "Финансы министрлиги",
                  "category": "state_body"}],
      "items": [{
        "title": "Бюджеттин долбоору", "proposed_by": "council",
        "decision": "Колдоого алынсын",
        "votes": {"m1": "for"}
      }],
      "finalized": false
    }],
    "requests": [{"id": "r1", "number": "12", "subject": "Бюджеттин аткарылышы",
                  "addressee": "Финансы министри",
                  "registered": "2026-03-01", "answered": null}],
    "proposals": [{"id": "p1", "author": "Жаран А. Алиев", "received": "2026-03-02",
                   "summary": "Ачык бюджет", "considered_at": "s2", "outcome": null}],
    "notices": [{"id": "n1", "commission": "Тендердик комиссия", "received": "2026-04-01",
                 "sitting": "2026-04-02", "observer": "m1"}],
    "plans": [{"year": 2026, "approved": "2026-01-20", "sent": "2026-01-23",
               "items": [{"title": "Коомдук угуу", "due": "2026-03-31",
                          "responsible": "Төрага", "form": "Угуу"}]}],
    "competitions": [{
      "id": "c1", "announced": "2027-10-01", "published": "2027-10-05", "formed": null,
      "candidates": [{
        "id": "k1", "full_name": "Төлөгөн Сыдыков", "sex": "male",
        "organization": "«Үмүт» бирикмеси",
        "received": "2027-10-20",
        "documents": {"application": true, "cv_with_photo": true,
                      "recommendation_letters": 2, "vision": true},
        "requirements": {"citizen_capable": true, "no_criminal_record": true,
                         "not_civil_servant": true, "reputation": true,
                         "no_relatives_in_body": true, "independent": true,
                         "civic_experience": true},
        "selected": false
      }]
    }]
  }]
}
"""


def as_version_2(document: dict, outcomes: dict[str, list[str]] | None = None) -> dict:
    """The version-2 file EXCHANGE.md says a version-1 `document` becomes when imported and
    exported again, built by hand here (not by the program): one term with `formed` null, the
    default rulebook (null), every sitting's fields of the contract written with their empty
    values, every item's discussion empty and its `outcome` as given per sitting id."""
    out = copy.deepcopy(document)
    out["version"] = 2
    for council in out["councils"]:
        start, end = council.pop("term_start"), council.pop("term_end")
        council["terms"] = [{"start": start, "end": end, "formed": None}]
        council["rulebook"] = None
        for meeting in council["meetings"]:
            for key, empty in (("time", None), ("called_by", None),
                               ("state_body_representative", ""), ("absence_reasons", {}),
                               ("presiding", None), ("minutes_by", None)):
                meeting.setdefault(key, empty)
            for index, item in enumerate(meeting["items"]):
                item.setdefault("speaker", "")
                item.setdefault("heard", "")
                item.setdefault("speakers", [])
                item["outcome"] = (outcomes or {})[meeting["id"]][index]
    return out
