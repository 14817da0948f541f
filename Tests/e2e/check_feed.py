#!/usr/bin/env python3
"""The Atom feed of a built site (`feed.xml`), read with the Python `feedparser` package.

1. The feed parses without a problem (`bozo` is 0) and is Atom 1.0.
2. It has a title, an id, an updated date and a link to itself; every entry has an id, a
   title, a link to a page of the site (the file exists), an updated date and a summary.
3. Entries are newest first, ids are unique, there are at most 50, and the feed's updated
   date is its newest entry's.
4. Every HTML page links the feed in its head.

Usage: check_feed.py --site DIR
Prints `N passed, N failed` and exits 1 when anything failed.
"""
import argparse
import glob
import os
import sys
from urllib.parse import urlparse

import feedparser


def check(site):
    results = []

    def expect(name, ok, detail=""):
        results.append((name, ok, detail))

    feed = feedparser.parse(os.path.join(site, "feed.xml"))
    expect("the feed parses cleanly (bozo 0)", feed.bozo == 0, str(feed.get("bozo_exception", "")))
    expect("the feed is Atom 1.0", feed.version == "atom10", feed.version)
    head = feed.feed
    for key in ("title", "id", "updated", "author"):
        expect(f"the feed has {key}", bool(head.get(key)))
    self_links = [link.href for link in head.get("links", []) if link.rel == "self"]
    expect("the feed links itself", len(self_links) == 1 and self_links[0].endswith("/feed.xml"), str(self_links))
    base = self_links[0][: -len("feed.xml")] if self_links else ""

    entries = feed.entries
    expect("the feed has entries", len(entries) > 0)
    expect("at most 50 entries", len(entries) <= 50, str(len(entries)))
    ids = [entry.get("id") for entry in entries]
    expect("entry ids are unique", len(set(ids)) == len(ids))
    for entry in entries:
        name = entry.get("title", "?")
        for key in ("id", "title", "link", "updated", "summary"):
            expect(f"{name}: has {key}", bool(entry.get(key)))
        expect(f"{name}: updated is a date", entry.get("updated_parsed") is not None, entry.get("updated", ""))
        link = entry.get("link", "")
        page = urlparse(link).path[len(urlparse(base).path):] if link.startswith(base) else None
        target = os.path.join(site, page or "", "index.html") if page is not None and (page == "" or page.endswith("/")) else None
        expect(f"{name}: links a page of the site", target is not None and os.path.isfile(target), link)
    dates = [entry.updated_parsed for entry in entries if entry.get("updated_parsed")]
    expect("entries are newest first", dates == sorted(dates, reverse=True))
    if dates:
        expect("the feed's updated is its newest entry's", head.get("updated_parsed") == dates[0], head.get("updated", ""))

    missing = []
    for file in glob.glob(os.path.join(site, "**", "*.html"), recursive=True):
        with open(file, encoding="utf-8") as handle:
            if 'type="application/atom+xml"' not in handle.read():
                missing.append(os.path.relpath(file, site))
    expect("every page links the feed in its head", not missing, ", ".join(sorted(missing)[:5]))
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", required=True, help="the built site's folder")
    arguments = parser.parse_args(argv)
    results = check(arguments.site)
    failed = [result for result in results if not result[1]]
    for name, _, detail in failed:
        print(f"FAIL {name}" + (f": {detail}" if detail else ""))
    print(f"feed: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
