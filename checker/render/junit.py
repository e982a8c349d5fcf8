"""Findings as JUnit XML, for GitLab (``artifacts:reports:junit``) and Jenkins.

One suite, one test case per finding: errors and warnings fail, info findings pass
with the detail in ``<system-out>``, suppressed findings are skipped (with the
reason). A clean run still has one passing case, so the report is never empty::

    <?xml version="1.0" encoding="UTF-8"?>
    <testsuites name="notice-check" tests="2" failures="1" errors="0" skipped="0">
      <testsuite name="notice-check" tests="2" failures="1" errors="0" skipped="0">
        <testcase classname="PN201" name="migrations/V3__tulot.sql:4:5 asiakas.vuositulot">
          <failure type="PN201" message="asiakas.vuositulot holds income ...">error PN201 unlisted-personal-data ...</failure>
        </testcase>
        <testcase classname="PN205" name="policy.yaml:40:7 mother-tongue">
          <system-out>info PN205 unused-category ...</system-out>
        </testcase>
      </testsuite>
    </testsuites>
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..model import Finding, Report, Severity, Suppression
from ..rules import RULES
from .fingerprint import normalize_path

# Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab/LF/CR,
# surrogates, U+FFFE/U+FFFF). ElementTree escapes markup but would write these as-is.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: object) -> str:
    return _NOT_XML.sub("", str(text))


def _where(f: Finding) -> str:
    loc = f.location
    where = normalize_path(loc.path) or "(no file)"
    return f"{where}:{loc.line}:{loc.col or 1}" if loc.line else where


def case_name(f: Finding) -> str:
    where = _where(f)
    subject = ".".join(p for p in (f.table, f.column) if p) or f.category or ""
    return f"{where} {subject}".strip()


def _detail(f: Finding) -> str:
    rule = RULES.get(f.rule)
    lines = [f"{f.severity.label} {f.rule}{' ' + rule.name if rule else ''}: {f.message}", f"location: {_where(f)}"]
    if f.fix:
        lines.append(f"fix: {f.fix}")
    for key in ("table", "column", "kind", "category", "confidence", "reason", "reference"):
        value = getattr(f, key)
        if value is not None:
            lines.append(f"{key}: {value}")
    return "\n".join(lines)


def _case(parent: ET.Element, f: Finding, suppression: Suppression | None = None) -> str:
    case = ET.SubElement(parent, "testcase", classname=xml_text(f.rule), name=xml_text(case_name(f)))
    if suppression is not None:
        reason = f"suppressed at {normalize_path(str(suppression.location))}: {suppression.reason}"
        ET.SubElement(case, "skipped", message=xml_text(reason)).text = xml_text(_detail(f))
        return "skipped"
    if f.severity >= Severity.WARNING:
        failure = ET.SubElement(case, "failure", type=xml_text(f.rule), message=xml_text(f.message))
        failure.text = xml_text(_detail(f))
        return "failures"
    ET.SubElement(case, "system-out").text = xml_text(_detail(f))
    return "passed"


def render(report: Report) -> str:
    root = ET.Element("testsuites", name="notice-check")
    suite = ET.SubElement(root, "testsuite", name="notice-check")
    tally = {"failures": 0, "skipped": 0, "passed": 0}
    for f in report.findings:
        tally[_case(suite, f)] += 1
    for f, s in report.suppressed:
        tally[_case(suite, f, s)] += 1
    if not report.findings:
        ET.SubElement(suite, "testcase", classname="notice-check", name="no findings")
        tally["passed"] += 1
    counts = {
        "tests": str(sum(tally.values())),
        "failures": str(tally["failures"]),
        "errors": "0",
        "skipped": str(tally["skipped"]),
    }
    for element in (root, suite):
        element.attrib.update(counts)
    if report.tool_version:
        props = ET.Element("properties")
        ET.SubElement(props, "property", name="notice-check.version", value=xml_text(report.tool_version))
        suite.insert(0, props)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
