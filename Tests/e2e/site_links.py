"""Link and asset check of a built Lentera site, from the files alone (no network).

Used by check_site.py. For every .html page of the site it collects the
addresses the page refers to: ``href`` (a, area, link), ``src`` (img, script,
iframe, source, audio, video, track, embed, input), ``srcset`` (img, source),
``poster``, ``action`` (form), ``data`` (object), the addresses of Open
Graph and X/Twitter ``<meta>`` tags (og:url, og:image, …) and CSS ``url()`` in
``style`` attributes and ``<style>`` elements; it also reads the site's .css
files for ``url()``. Then:

  * an internal address (relative, root-relative, or absolute under the
    site's base URL) must name a file of the site; a pretty URL ``x/`` names
    ``x/index.html``, and ``x`` is accepted when ``x/index.html`` exists (a web
    server redirects it);
  * a ``#fragment`` must name an element ``id`` (or ``<a name>``) on the page
    it points to; the empty fragment and ``#top`` mean the top of the page
    (HTML's rules for navigating to a fragment);
  * the 404 page, served at any missing address, has no relative address
    (it would resolve against that address's folder);
  * an external address is not fetched; its scheme must be http, https,
    mailto or tel (anything else, ``javascript:`` included, is reported).

The base URL is the home page's canonical address (``<link rel=canonical>``
of index.html) unless given. Root-relative addresses (``/x/``) are resolved
under the base URL's path, as on the real host.

The parser is the standard library's html.parser, which tokenises HTML as
browsers do for the attributes read here; this check is the project's own
because no maintained offline checker knows pretty URLs plus fragments on the
target page. Its self-test in check_site.py plants a broken link, a broken
fragment, a missing image and a bad scheme, and asserts each is reported.
"""

from __future__ import annotations

import html.parser
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel"}
NOT_FOUND_PAGE = "404.html"

# element → attributes holding one address
URL_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",),
    "img": ("src",), "script": ("src",), "iframe": ("src",), "embed": ("src",),
    "source": ("src",), "audio": ("src",), "video": ("src", "poster"), "track": ("src",),
    "input": ("src",), "form": ("action",), "object": ("data",),
}
SRCSET_ELEMENTS = ("img", "source")
# <meta property|name=… content=URL> that sharing previews follow (Open Graph, X/Twitter)
META_URLS = {"og:url", "og:image", "og:image:url", "og:image:secure_url", "og:audio", "og:video", "twitter:image"}
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)""", re.IGNORECASE)


@dataclass
class Page:
    ids: set[str] = field(default_factory=set)
    # (address, where: "element attribute" or "style") in document order
    refs: list[tuple[str, str]] = field(default_factory=list)
    canonical: str | None = None


class _PageParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.page.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.page.ids.add(values["name"])
        for name in URL_ATTRIBUTES.get(tag, ()):
            if name in values:
                self.page.refs.append((values[name].strip(), f"<{tag} {name}>"))
        if tag in SRCSET_ELEMENTS and "srcset" in values:
            for candidate in values["srcset"].split(","):
                address = candidate.strip().split()[0] if candidate.strip() else ""
                if address:
                    self.page.refs.append((address, f"<{tag} srcset>"))
        if "style" in values:
            for address in css_urls(values["style"]):
                self.page.refs.append((address, f"<{tag} style>"))
        if tag == "meta" and values.get("property", values.get("name", "")).lower() in META_URLS and "content" in values:
            self.page.refs.append((values["content"].strip(), f"<meta {values.get('property') or values.get('name')}>"))
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.page.canonical = values.get("href")
        if tag == "style":
            self._in_style = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "style":
            self._in_style = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            for address in css_urls(data):
                self.page.refs.append((address, "<style>"))


def css_urls(css: str) -> list[str]:
    found = []
    for match in CSS_URL.finditer(css):
        address = next(group for group in match.groups() if group is not None).strip()
        if address and not address.startswith("data:"):
            found.append(address)
    return found


def parse_page(path: Path) -> Page:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser.page


@dataclass
class Problem:
    page: str     # the referring file, relative to the site
    where: str    # "<a href>", "<img src>", "url() in assets/x.css", …
    address: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.where} {self.address!r}: {self.reason}"


class SiteLinks:
    """The site's files, parsed once; `problems()` lists every broken reference."""

    def __init__(self, site: Path, base_url: str | None = None) -> None:
        self.site = site
        self.files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
        self.pages = {rel: parse_page(site / rel) for rel in sorted(self.files) if rel.endswith(".html")}
        home = self.pages.get("index.html")
        base = base_url or (home.canonical if home else None) or "/"
        self.base = base if base.endswith("/") else base + "/"
        self.base_path = urlsplit(self.base).path or "/"
        # The pages are read as if served from this origin, so relative,
        # root-relative and absolute addresses resolve alike.
        self.origin = "https://site.invalid" + self.base_path

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        for rel, page in self.pages.items():
            for address, where in page.refs:
                reason = self._check(rel, address)
                if reason:
                    found.append(Problem(rel, where, address, reason))
        for rel in sorted(f for f in self.files if f.endswith(".css")):
            css = (self.site / rel).read_text(encoding="utf-8", errors="replace")
            for address in css_urls(css):
                reason = self._check(rel, address)
                if reason:
                    found.append(Problem(rel, "url()", address, reason))
        return found

    def _check(self, rel: str, address: str) -> str | None:
        parts = urlsplit(address)
        scheme = parts.scheme.lower()
        if scheme and not address.startswith(self.base):
            return None if scheme in EXTERNAL_SCHEMES else f"scheme {scheme}: is not http(s), mailto or tel"
        if address.startswith("//"):
            return None  # another host, scheme-relative
        if rel == NOT_FOUND_PAGE and not scheme and not address.startswith(("/", "#")):
            return "relative address on the 404 page, which is served at any depth (use the base URL or /…)"
        if address.startswith(self.base):
            address = address[len(self.base):] or "./"
            absolute = urljoin(self.origin, address)
        else:
            absolute = urljoin(self.origin + rel, address)
        target = urlsplit(absolute)
        path = unquote(target.path)
        if not path.startswith(self.base_path):
            return f"outside the site's base path {self.base_path}"
        target_rel = path[len(self.base_path):]
        resolved = self._resolve(target_rel)
        if resolved is None:
            return f"no such file in the site (looked for /{target_rel or 'index.html'})"
        fragment = unquote(target.fragment)
        if fragment and fragment.lower() != "top":
            page = self.pages.get(resolved)
            if page is None:
                return f"fragment #{fragment} on /{resolved}, which is not an HTML page"
            if fragment not in page.ids:
                return f"no element with id {fragment!r} on /{resolved}"
        return None

    def _resolve(self, rel: str) -> str | None:
        """The file a path names: itself, or its index.html (pretty URLs)."""
        if rel == "" or rel.endswith("/"):
            index = rel + "index.html"
            return index if index in self.files else None
        if rel in self.files:
            return rel
        if rel + "/index.html" in self.files:
            return rel + "/index.html"
        return None


def check_links(site: Path, base_url: str | None = None) -> tuple[SiteLinks, list[Problem]]:
    links = SiteLinks(site, base_url)
    return links, links.problems()
