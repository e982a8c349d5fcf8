"""The GDPR Art. 30(1) record of processing activities, from the policy and what the
databases hold (pure: returns text).

One processing activity per purpose of the notice. For each: the controller and contact
person, the DPO, the purpose and its legal basis, the categories of data subjects and of
personal data (with how many columns and tables hold each category, when SQL was read),
sources, recipients (as the notice lists them, and as SQL flows bound to the purpose show
them), transfers to third countries with their safeguards, time limits for erasure, and
the general description of security measures (Art. 32(1)).

Which categories serve a purpose: a category's ``purposes`` list, or every purpose when
it has none (docs/policy-format.md). Data subjects: those the categories name; every data
subject of the notice when some category names none.

Formats
- ``to_csv(record, lang)``: one row per activity, UTF-8 *with* a byte-order mark (so that
  Excel opens Finnish text correctly), CRLF between rows (RFC 4180), several values in one
  cell separated by line breaks.
- ``to_jsonld(record)``: JSON-LD with W3C DPV terms (dpv:, pd:, eu-gdpr:), both languages
  as language maps; validated by ``schemas/ropa.schema.json``.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .render.csv_cells import cell
from .report import LANGS, clean, load_labels, loc_text

CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "dct": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "nc": "urn:notice-check:vocab:",
    "label": {"@id": "rdfs:label", "@container": "@language"},
    "description": {"@id": "dct:description", "@container": "@language"},
}
LEGAL_BASES = {  # policy legal_basis -> (DPV core concept, DPV EU-GDPR concept)
    "art6-1-a": ("dpv:Consent", "eu-gdpr:A6-1-a"),
    "art6-1-b": ("dpv:Contract", "eu-gdpr:A6-1-b"),
    "art6-1-c": ("dpv:LegalObligation", "eu-gdpr:A6-1-c"),
    "art6-1-d": ("dpv:VitalInterest", "eu-gdpr:A6-1-d"),
    "art6-1-e": ("dpv:PublicInterest", "eu-gdpr:A6-1-e"),  # DPV has no "PublicTask"
    "art6-1-f": ("dpv:LegitimateInterest", "eu-gdpr:A6-1-f"),
}
SAFEGUARDS = {  # safeguards.yaml id -> DPV EU-GDPR transfer mechanism (none for invalid ones)
    "adequacy-decision": "eu-gdpr:A45-3",
    "eu-us-dpf": "eu-gdpr:A45-3",
    "scc-2021-914": "eu-gdpr:A46-2-c",
    "scc-2010-87": "eu-gdpr:A46-2-c",
    "bcr": "eu-gdpr:A46-2-b",
}
RECIPIENT_TYPES = {"processor": "dpv:DataProcessor", "third-party": "dpv:ThirdParty", "authority": "dpv:Authority"}
CSV_COLUMNS = ("id", "activity", "controller", "controller_contact", "dpo", "legal_basis", "data_subjects", "personal_data",
               "evidence", "sources", "recipients", "observed_recipients", "transfers", "retention", "security")


@dataclass(frozen=True)
class Evidence:
    """What the checked schema holds, per category, and where SQL flows take personal data."""

    columns: Mapping[str, int]  # category id -> columns
    tables: Mapping[str, int]  # category id -> tables
    observed: Mapping[str, tuple[tuple[str, str, str], ...]]  # purpose id -> (system, operator, country)
    read: bool = True  # False: no SQL was read (policy only)


def evidence(classifications: Sequence[Any] = (), schema: Any = None, datamap: Any = None) -> Evidence:
    """Counts of columns and tables per category; recipients of flows per purpose (no values)."""
    columns: dict[str, int] = {}
    tables: dict[str, set[str]] = {}
    for c in classifications:
        if c.category:
            columns[c.category] = columns.get(c.category, 0) + 1
            tables.setdefault(c.category, set()).add(c.column.table)
    observed: dict[str, set[tuple[str, str, str]]] = {}
    if schema is not None:
        from .flowmap import flow_view

        estate, index, by_key = flow_view(schema, classifications, datamap.data if datamap else None)
        for flow in schema.flows:
            system = estate.system_of_sink(flow, by_key)
            purpose, _ = estate.purpose_of(flow, by_key)
            if system is None or purpose is None or flow.statement == "delete" or not index.carried(flow.reads):
                continue
            observed.setdefault(purpose, set()).add((clean(system.id), clean(system.operated_by), clean(system.location or "")))
    return Evidence(columns, {k: len(v) for k, v in tables.items()}, {k: tuple(sorted(v)) for k, v in observed.items()}, schema is not None)


# ---------------------------------------------------------------- the record (neutral data)


def _both(value: Any) -> dict[str, str]:
    return {lang: loc_text(value, lang) for lang in LANGS if loc_text(value, lang)}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-") or "policy"


def _categories_for(policy: Any, purpose_id: str) -> list[dict[str, Any]]:
    return [c for _, _, c in policy.categories() if not c.get("purposes") or purpose_id in c["purposes"]]


def _subjects_for(policy: Any, categories: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    subjects = policy.items("data_subjects")
    if categories and all(c.get("data_subjects") for c in categories):
        named = {s for c in categories for s in c["data_subjects"]}
        return [s for s in subjects if s.get("id") in named]
    return subjects


def _retention(policy: Any, category: Mapping[str, Any]) -> dict[str, Any]:
    own = category.get("retention") or {}
    period = own.get("period")
    texts = [_both(own.get("criteria"))] if own.get("criteria") else []
    for s in policy.items("retention"):
        if category["id"] in (s.get("categories") or ()):
            period = period or s.get("period")
            if s.get("text"):
                texts.append(_both(s["text"]))
    return {"period": period, "texts": texts}


def build(policy: Any, ev: Evidence | None = None) -> dict[str, Any]:
    """The record as plain data: controller, DPO and one entry per purpose."""
    from .legal import load_legal

    ev = ev or Evidence({}, {}, {}, read=False)
    legal = load_legal()
    data = policy.data
    transfers = (data.get("transfers") or {}).get("allowed") or ()
    activities = []
    for purpose in policy.items("purposes"):
        categories = _categories_for(policy, purpose["id"])
        ids = {c["id"] for c in categories}
        activities.append({
            "id": purpose["id"],
            "label": _both(purpose.get("label")),
            "direct_marketing": bool(purpose.get("direct_marketing")),
            "legal_basis": purpose.get("legal_basis"),
            "legitimate_interest": _both(purpose.get("legitimate_interest")),
            "data_subjects": [{"id": s["id"], "label": _both(s.get("label"))} for s in _subjects_for(policy, categories)],
            "categories": [
                {"id": c["id"], "label": _both(c.get("label")), "kinds": list(c.get("kinds") or ()),
                 "columns": ev.columns.get(c["id"], 0), "tables": ev.tables.get(c["id"], 0), "retention": _retention(policy, c)}
                for c in categories
            ],
            # a source that the notice ties to no category may feed any of them: keep it listed
            "sources": [{"id": s["id"], "label": _both(s.get("label"))} for s in policy.items("sources") if not s.get("feeds") or ids & set(s["feeds"])],
            "recipients": [{"id": r["id"], "label": _both(r.get("label")), "type": r.get("type"), "country": r.get("country")} for r in policy.items("recipients")],
            "observed": [{"system": s, "operator": o, "country": k, "listed": o in ("controller", *policy.ids("recipients"))} for s, o, k in ev.observed.get(purpose["id"], ())],
            "transfers": [
                {"id": t.get("id"), "country": t.get("country"), "recipient": t.get("recipient"), "safeguard": t.get("safeguard"),
                 "safeguard_name": _both((legal.safeguards.get(t.get("safeguard")) or {}).get("name")),
                 "safeguard_valid": legal.safeguard_invalid(t.get("safeguard") or "", datetime.date.today()) is None}
                for t in transfers if not t.get("categories") or ids & set(t["categories"])
            ],
            "security": [{"id": m["id"], "text": _both(m.get("text"))} for m in policy.items("security")],
        })
    return {
        "slug": _slug(Path(policy.path).stem),
        "source": clean(policy.path),
        "title": _both((data.get("register") or {}).get("name")) or _both(data.get("title")),
        "controller": data.get("controller") or {},
        "contact": data.get("contact") or {},
        "dpo": data.get("dpo") or {},
        "evidence_read": ev.read,
        "activities": activities,
    }


# ---------------------------------------------------------------- CSV


def _contact(item: Mapping[str, Any], lang: str) -> list[str]:
    head = ", ".join(p for p in (clean(item.get("name") or ""), loc_text(item.get("role"), lang)) if p)
    return [p for p in (head, clean(item.get("email") or ""), *(clean(x) for x in item.get("phones") or ()), clean(item.get("web") or "")) if p]


def _controller_lines(controller: Mapping[str, Any]) -> list[str]:
    address = controller.get("address") or {}
    place = " ".join(str(p) for p in (address.get("postal_code"), address.get("city")) if p)
    street = ", ".join(str(p) for p in (address.get("street"), place, address.get("country")) if p)
    return [clean(p) for p in (controller.get("name"), controller.get("business_id"), street, *(controller.get("phones") or ()), controller.get("email"), controller.get("web")) if p]


def csv_rows(record: Mapping[str, Any], lang: str) -> list[dict[str, str]]:
    """One dict per activity, keyed by ``CSV_COLUMNS``; lists joined by line breaks."""
    labels = load_labels()[lang]
    pick = lambda m: m.get(lang) or next(iter(m.values()), "")  # noqa: E731
    join = "\n".join
    rows = []
    for a in record["activities"]:
        basis = labels["legal_bases"].get(a["legal_basis"], a["legal_basis"]) if a["legal_basis"] else labels["no_legal_basis"]
        if a["legitimate_interest"]:
            basis += f": {pick(a['legitimate_interest'])}"
        retention = []
        for c in a["categories"]:
            r = c["retention"]
            parts = [p for p in ([r["period"]] if r["period"] else []) + [pick(t) for t in r["texts"]] if p]
            if parts:
                retention.append(f"{pick(c['label'])}: {'; '.join(dict.fromkeys(parts))}")
        missing = sum(1 for c in a["categories"] if not c["retention"]["period"] and not c["retention"]["texts"])
        if missing:
            retention.append(labels["categories_without_retention"].format(n=missing))
        types = labels["recipient_types"]
        rows.append({
            "id": a["id"],
            "activity": pick(a["label"]),
            "controller": join(_controller_lines(record["controller"])),
            "controller_contact": join(_contact(record["contact"], lang)),
            "dpo": join(_contact(record["dpo"], lang)) or labels["not_stated"],
            "legal_basis": basis,
            "data_subjects": join(pick(s["label"]) for s in a["data_subjects"]) or labels["not_stated"],
            "personal_data": join(pick(c["label"]) for c in a["categories"]),
            "evidence": join(f"{c['id']}: {labels['columns_in_tables'].format(columns=c['columns'], tables=c['tables'])}" for c in a["categories"]) if record["evidence_read"] else "",
            "sources": join(pick(s["label"]) for s in a["sources"]),
            "recipients": join(pick(r["label"]) + (f" ({types.get(r['type'], r['type'])})" if r["type"] else "") for r in a["recipients"]) or labels["not_stated"],
            "observed_recipients": join(f"{o['operator']} ({o['system']}, {o['country'] or '?'})" + ("" if o["listed"] else f" – {labels['not_in_notice']}") for o in a["observed"]),
            "transfers": join(
                f"{t['country']}: {t['recipient']} — {pick(t['safeguard_name']) or t['safeguard']} ({labels['safeguard_valid'] if t['safeguard_valid'] else labels['safeguard_invalid']})"
                for t in a["transfers"]
            ) or labels["no_transfers"],
            "retention": join(retention),
            "security": join(pick(m["text"]) for m in a["security"]) or labels["not_stated"],
        })
    return [{k: clean(v) for k, v in row.items()} for row in rows]


def to_csv(record: Mapping[str, Any], lang: str) -> str:
    """UTF-8 CSV text with a leading BOM; CRLF row ends; header in ``lang``."""
    headers = load_labels()[lang]["ropa_columns"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([headers[c] for c in CSV_COLUMNS])
    for row in csv_rows(record, lang):
        writer.writerow([cell(row[c]) for c in CSV_COLUMNS])  # spreadsheet formulas neutralised
    return "\ufeff" + buffer.getvalue()


# ---------------------------------------------------------------- JSON-LD


def _entity(node_id: str, kind: str, item: Mapping[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": node_id, "@type": kind}
    if item.get("name"):
        node["dpv:hasName"] = clean(item["name"])
    contact = [clean(p) for p in (item.get("email"), *(item.get("phones") or ()), item.get("web")) if p]
    if contact:
        node["dpv:hasContact"] = contact
    return node


def to_jsonld_data(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record as a JSON-LD document (a dict)."""
    base = f"urn:notice-check:{record['slug']}:"
    controller = record["controller"]
    ctrl = _entity(base + "controller", "dpv:DataController", controller)
    if controller.get("business_id"):
        ctrl["dpv:hasIdentifier"] = clean(controller["business_id"])
    address = controller.get("address") or {}
    if address:
        place = " ".join(str(p) for p in (address.get("postal_code"), address.get("city")) if p)
        ctrl["dpv:hasAddress"] = clean(", ".join(str(p) for p in (address.get("street"), place, address.get("country")) if p))
        if address.get("country"):
            ctrl["dpv:hasLocation"] = clean(address["country"])
    if record["contact"]:
        person = _entity(base + "contact", "dpv:Entity", record["contact"])
        role = _both(record["contact"].get("role"))
        if role:
            person["nc:role"] = [{"@value": v, "@language": k} for k, v in role.items()]
        ctrl["nc:contactPerson"] = person
    if record["dpo"]:
        ctrl["dpv:hasDataProtectionOfficer"] = _entity(base + "dpo", "dpv:DataProtectionOfficer", record["dpo"])
    processes = []
    for a in record["activities"]:
        purpose_types = ["dpv:Purpose"] + (["dpv:DirectMarketing"] if a["direct_marketing"] else [])
        process: dict[str, Any] = {
            "@id": f"{base}process/{a['id']}",
            "@type": "dpv:Process",
            "label": a["label"],
            "dpv:hasDataController": {"@id": ctrl["@id"]},
            "dpv:hasPurpose": {"@id": f"{base}purpose/{a['id']}", "@type": purpose_types, "description": a["label"]},
            "dpv:hasLegalBasis": [{"@id": term} for term in LEGAL_BASES.get(a["legal_basis"] or "", ())],
            "dpv:hasDataSubject": [{"@id": f"{base}data-subject/{s['id']}", "@type": "dpv:DataSubject", "label": s["label"]} for s in a["data_subjects"]],
            "dpv:hasPersonalData": [_category(base, c, record["evidence_read"]) for c in a["categories"]],
            "dpv:hasDataSource": [{"@id": f"{base}source/{s['id']}", "@type": "dpv:DataSource", "label": s["label"]} for s in a["sources"]],
            "dpv:hasRecipient": [
                {"@id": f"{base}recipient/{r['id']}", "@type": ["dpv:Recipient"] + ([RECIPIENT_TYPES[r["type"]]] if r["type"] in RECIPIENT_TYPES else []),
                 "label": r["label"], **({"dpv:hasLocation": r["country"]} if r["country"] else {})}
                for r in a["recipients"]
            ],
            "dpv:hasProcess": [_transfer(base, t) for t in a["transfers"]],
            "dpv:hasTechnicalOrganisationalMeasure": [
                {"@id": f"{base}measure/{m['id']}", "@type": "dpv:TechnicalOrganisationalMeasure", "description": m["text"]} for m in a["security"]
            ],
        }
        if a["legitimate_interest"]:
            process["nc:legitimateInterest"] = [{"@value": v, "@language": k} for k, v in a["legitimate_interest"].items()]
        if a["observed"]:
            process["nc:observedRecipient"] = [
                {"@id": f"{base}system/{_slug(o['system'])}", "@type": "dpv:Recipient", "dpv:hasName": o["operator"],
                 **({"dpv:hasLocation": o["country"]} if o["country"] else {}), "nc:listedInNotice": o["listed"]}
                for o in a["observed"]
            ]
        processes.append(process)
    return {
        "@context": CONTEXT,
        "@id": base + "ropa",
        "@type": "dpv:ROPA",
        "label": record["title"],
        "dct:source": record["source"],
        "dpv:hasDataController": ctrl,
        "dpv:hasProcess": processes,
    }


def _category(base: str, c: Mapping[str, Any], read: bool) -> dict[str, Any]:
    from .catalog import load_catalog

    catalog = load_catalog()
    terms = sorted({k.dpv for k in (catalog.kind(i) for i in c["kinds"]) if k is not None and k.dpv})
    node: dict[str, Any] = {"@id": f"{base}category/{c['id']}", "@type": "dpv:PersonalData", "label": c["label"]}
    if terms:
        node["skos:broader"] = [{"@id": t} for t in terms]
    if read:
        node["nc:columns"] = c["columns"]
        node["nc:tables"] = c["tables"]
    retention = c["retention"]
    if retention["period"] or retention["texts"]:
        condition: dict[str, Any] = {"@type": "dpv:StorageDuration"}
        if retention["period"]:
            condition["dpv:hasDuration"] = {"@value": str(retention["period"]), "@type": "xsd:duration"}
        if retention["texts"]:
            condition["description"] = retention["texts"][0]
        node["dpv:hasStorageCondition"] = condition
    return node


def _transfer(base: str, t: Mapping[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": f"{base}transfer/{t['id'] or _slug(str(t['country']))}",
        "@type": "dpv:Process",
        "dpv:hasProcessing": {"@id": "dpv:CrossBorderTransfer"},
        "dpv:hasThirdCountry": clean(t["country"] or ""),
        "nc:safeguard": clean(t["safeguard"] or ""),
        "nc:safeguardValid": t["safeguard_valid"],
    }
    if t["recipient"]:
        node["dpv:hasRecipient"] = {"@id": f"{base}recipient/{t['recipient']}"}
    if t["safeguard_name"]:
        node["label"] = t["safeguard_name"]
    mechanism = SAFEGUARDS.get(t["safeguard"] or "")
    if mechanism and t["safeguard_valid"]:
        node["dpv:hasLegalBasis"] = [{"@id": mechanism}]
    return node


def to_jsonld(record: Mapping[str, Any]) -> str:
    return json.dumps(to_jsonld_data(record), ensure_ascii=False, indent=2) + "\n"
