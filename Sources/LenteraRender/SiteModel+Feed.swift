import LenteraDomain

/// One entry of the portal's Atom feed: a standard, a maklumat or a survey result.
public struct FeedEntry: Sendable, Equatable {
    /// Stable across builds: the page's address (with a fragment for a survey result).
    public var id: String
    public var title: String
    public var link: String
    public var summary: String
    /// From the content, never the build: a decree's or `diperbarui` date, a maklumat's
    /// date, the last day of a survey period — but never after the reference date (a date
    /// in the future is a slip that `lentera check` reports; the feed gives the build's day
    /// instead).
    public var updated: CalendarDate
}

/// The Atom feed (RFC 4287) of what changed on the portal, `feed.xml`. Built from the
/// content alone, so that the same content gives the same bytes on any day — unless the
/// content dates something after the build's day, which the feed clamps to that day.
extension SiteModel {
    /// The most entries the feed holds: the newest ones.
    static let feedLimit = 50

    /// The newest entries first (ties by id), at most `feedLimit`. Candidates are dated
    /// one at a time and only the newest `feedLimit` are held (`NewestFirst`); only the
    /// entries kept are written out (a national portal has hundreds of thousands of
    /// standards, and a summary reads Markdown).
    public var feedEntries: [FeedEntry] {
        let base = content.portal.baseURL
        // Respondents per unit, kind and period, the services' results added up: one pass.
        var respondentsOf: [String: [SurveyKind: [SurveyPeriod: Int]]] = [:]
        for result in surveys.results {
            respondentsOf[result.unit, default: [:]][result.kind, default: [:]][result.period, default: 0] += result.respondents
        }
        // No entry is dated after the reference date: a future date is reported by
        // `lentera check` (`content.future-date`); the feed says "today" at most.
        let latest = referenceDate
        var newest = NewestFirst<FeedCandidate>(limit: Self.feedLimit)
        for unit in unitsInOrder {
            for service in servicesByUnit[unit.slug] ?? [] {
                guard let date = service.feedDate else { continue }
                newest.offer(min(date, latest), id: { base + Routes.service(unit: unit.slug, slug: service.slug) }, .service(service, unit))
            }
            if let pledge = maklumatByUnit[unit.slug] {
                newest.offer(min(pledge.date, latest), id: { base + Routes.maklumat(unit: unit.slug) }, .maklumat(pledge, unit))
            }
            for kind in SurveyKind.allCases {
                for (period, respondents) in respondentsOf[unit.slug]?[kind] ?? [:] {
                    newest.offer(min(period.endDate, latest), id: { "\(base + Routes.unit(unit.slug))#survei-\(kind.rawValue)-\(period)" },
                                 .survey(kind, period, respondents: respondents, unit))
                }
            }
        }
        return newest.kept.map { feedEntry($0.item, id: $0.id, updated: $0.updated) }
    }

    /// What a feed entry is made from, once it is among the newest.
    enum FeedCandidate {
        case service(ServiceStandard, WorkUnit)
        case maklumat(Maklumat, WorkUnit)
        case survey(SurveyKind, SurveyPeriod, respondents: Int, WorkUnit)
    }

    /// The entry of a candidate kept, with its id and its day (clamped to the reference date).
    func feedEntry(_ candidate: FeedCandidate, id: String, updated: CalendarDate) -> FeedEntry {
        switch candidate {
        case .service(let service, let unit):
            return FeedEntry(id: id, title: texts.format("feedStandard", ["service": service.name, "unit": unit.name]), link: id,
                             summary: serviceDescription(service, unitName: unit.name), updated: updated)
        case .maklumat(let pledge, let unit):
            return FeedEntry(id: id, title: "\(pledge.title) — \(unit.name)", link: id,
                             summary: description(of: .maklumat(unit: unit.slug)), updated: updated)
        case .survey(let kind, let period, let respondents, let unit):
            let written = Formatting.period(period, texts.language)
            let values = ["period": written, "unit": unit.name]
            return FeedEntry(id: id, title: kind == .skm ? texts.format("feedSKM", values) : texts.format("feedZI", values),
                             link: content.portal.baseURL + Routes.unit(unit.slug) + "#survei",
                             summary: texts.count("feedRespondents", respondents, ["period": written]), updated: updated)
        }
    }

    /// The feed's text.
    public func atomFeed() -> String {
        let portal = content.portal
        let entries = feedEntries
        // An empty feed still needs its `updated`: the earliest day the content may hold.
        let updated = entries.first?.updated ?? CalendarDate(year: 2000, month: 1, day: 1)!
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Self.feedText(portal.language))">
          <title>\(Self.feedText(portal.title))</title>
          <subtitle>\(Self.feedText(texts["feedSubtitle"]))</subtitle>
          <id>\(Self.feedText(portal.baseURL))</id>
          <link rel="self" type="application/atom+xml" href="\(Self.feedText(portal.baseURL + Routes.feed))"/>
          <link rel="alternate" type="text/html" href="\(Self.feedText(portal.baseURL))"/>
          <updated>\(Self.atomDate(updated))</updated>
          <author><name>\(Self.feedText(portal.title))</name></author>

        """
        for entry in entries {
            xml += """
              <entry>
                <id>\(Self.feedText(entry.id))</id>
                <title>\(Self.feedText(entry.title))</title>
                <link rel="alternate" type="text/html" href="\(Self.feedText(entry.link))"/>
                <updated>\(Self.atomDate(entry.updated))</updated>
                <summary>\(Self.feedText(entry.summary))</summary>
              </entry>

            """
        }
        xml += "</feed>\n"
        return xml
    }

    /// A content date as an Atom date: the start of the day, in UTC.
    static func atomDate(_ date: CalendarDate) -> String { date.iso + "T00:00:00Z" }

    /// Text escaped for XML, without the characters XML 1.0 cannot hold at all (control
    /// characters other than tab and line breaks).
    static func feedText(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
            kept.append(scalar)
        }
        return Formatting.escapeXML(String(kept))
    }
}
