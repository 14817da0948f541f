import Foundation
import LenteraRender

/// The live reload of the preview: a small script that `serve` adds to every HTML page it
/// sends (never to the built files: they stay as `lentera build` writes them). The script
/// asks the server, on a path of its own, to answer once a build newer than the page's has
/// finished, then reloads the page; the server holds each question open until then (long
/// polling: one plain request at a time, which any browser and any HTTP client can make).
enum LiveReload {
    /// Everything of the preview's own lives under this prefix, which no page of a site
    /// can have (a site's paths never start with `_`: slugs are lower-case letters,
    /// digits and hyphens).
    static let prefix = "/_lentera/"
    /// `GET /_lentera/reload?build=TOKEN`: answers `{"build":"TOKEN2"}` once the current
    /// build is not TOKEN (at once if it already is not), or after a while with TOKEN.
    static let waitPath = prefix + "reload"
    /// The script itself.
    static let scriptPath = prefix + "live-reload.js"

    /// The script: reads its page's build from its own tag, asks until told of a newer one,
    /// and reloads. A failed request (the server stopped) is tried again a second later.
    /// Only a page that is shown asks: a hidden tab drops its question and asks again when
    /// it is shown (and reloads then if a build came in between), so that tabs left open in
    /// the background do not hold the browser's few connections to the preview (six per
    /// address over HTTP/1.1), which would keep new pages from loading.
    static let script = """
        (function () {
          "use strict";
          var tag = document.currentScript;
          var build = tag && tag.getAttribute("data-build");
          if (!build || !window.fetch) { return; }
          var asking = null;
          function ask() {
            if (asking || document.hidden) { return; }
            var controller = window.AbortController ? new AbortController() : null;
            asking = controller || {};
            fetch("\(waitPath)?build=" + encodeURIComponent(build),
                  { cache: "no-store", signal: controller ? controller.signal : undefined })
              .then(function (response) { return response.json(); })
              .then(function (answer) {
                asking = null;
                if (answer.build !== build) { window.location.reload(); } else { ask(); }
              }, function () {
                var dropped = document.hidden;
                asking = null;
                if (!dropped) { window.setTimeout(ask, 1000); }
              });
          }
          document.addEventListener("visibilitychange", function () {
            if (document.hidden) {
              if (asking && asking.abort) { asking.abort(); }
            } else {
              ask();
            }
          });
          ask();
        })();

        """

    /// The tag added to a page built as `token`.
    static func tag(token: String) -> String {
        "<script src=\"\(scriptPath)\" data-build=\"\(HTML.escape(token))\"></script>"
    }

    /// `html` with `fragment` put just before its last `</body>` (or at its end).
    static func inject(_ fragment: String, into html: String) -> String {
        if let body = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            var page = html
            page.insert(contentsOf: fragment + "\n", at: body.lowerBound)
            return page
        }
        return html + fragment + "\n"
    }
}

/// Escaping for text put into the preview's own HTML: the site's own escaping, not a copy.
enum HTML {
    static func escape(_ text: String) -> String { Formatting.escapeXML(text) }
}
