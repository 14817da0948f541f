import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads `portal.yaml`.
enum PortalDecoder {
    static var keys: [String] { ContentKinds.portal.fields.keys }

    /// - Parameter date: the reference date (`--date`, the build's day): an
    ///   `aksesibilitas.ditinjau` after it is reported. Nil: not judged.
    static func decode(_ document: Document, date referenceDate: CalendarDate? = nil) -> Portal? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: Message("thing.portal-settings"), set: ContentKinds.portal.fields) else { return nil }
        let title = fields.string("judul", what: Message("thing.portal-settings"))
        let baseURL = fields.string("base_url", what: Message("thing.portal-settings")).flatMap { url -> String? in
            guard let normalised = BaseURL.normalise(url) else {
                context.error("portal.invalid-base-url", fields.value("base_url"), Message("portal.invalid-base-url.field", ["value": .text(url)]),
                              advice: Message("portal.invalid-base-url.field.hint"))
                return nil
            }
            return normalised
        }
        let language = fields.string("bahasa") ?? "id"

        var instansi: [Instansi] = []
        if let list = fields.list("instansi") {
            for node in list {
                guard let entry = Fields(node, context: context, what: Message("thing.instansi"), set: ContentKinds.instansiEntry),
                      let slug = entry.string("slug", what: Message("thing.instansi")),
                      let name = entry.string("nama", what: Message("thing.instansi")) else { continue }
                guard Slug.isValid(slug) else {
                    context.error("slug.invalid", entry.value("slug"), Slug.message(slug), advice: Slug.hint)
                    continue
                }
                if instansi.contains(where: { $0.slug == slug }) {
                    context.error("instansi.duplicate-slug", entry.value("slug"), Message("instansi.duplicate-slug", ["slug": .text(slug)]),
                                  advice: Message("instansi.duplicate-slug.hint"))
                    continue
                }
                instansi.append(Instansi(slug: slug, name: name, shortName: entry.string("singkatan"), website: entry.url("situs", schemes: LinkScheme.web),
                                         area: entry.string("wilayah")))
            }
        }
        if instansi.isEmpty && fields.value("instansi") == nil {
            fields.missing("instansi", what: Message("thing.portal-settings"))
        }

        var channels: [ComplaintChannel] = []
        for node in fields.list("kanal_pengaduan") ?? [] {
            guard let entry = Fields(node, context: context, what: Message("thing.complaint-channel"), set: ContentKinds.complaintChannel),
                  let name = entry.string("nama", what: Message("thing.complaint-channel")) else { continue }
            channels.append(ComplaintChannel(name: name, url: entry.url("url", schemes: LinkScheme.channel), note: entry.string("keterangan")))
        }

        let colour = ColourField.decode(fields)
        let ppid = fields.url("ppid", schemes: LinkScheme.web)

        guard let title, let baseURL else { return nil }
        var portal = Portal(
            title: title, description: fields.string("deskripsi"), baseURL: baseURL, language: language,
            instansi: instansi, contact: ContactDecoder.decode(fields.fields("kontak", what: Message("thing.portal-contact"))),
            complaintChannels: channels, exampleDataNotice: fields.string("data_contoh"),
            survey: SurveySettingsDecoder.decode(fields.fields("survei", what: Message("thing.survey-settings"))),
            colour: colour, ppid: ppid)
        portal.logo = FileLinkField.read(fields, "logo")
        if let settings = fields.fields("aksesibilitas", what: Message("thing.accessibility-settings")) {
            let reviewed = settings.date("ditinjau")
            if let reviewed, let referenceDate, reviewed > referenceDate {
                // The statement then says no review date is given (`AccessibilityView`).
                context.warning("content.future-date", settings.value("ditinjau"),
                                Message("content.future-date", ["field": "aksesibilitas.ditinjau", "value": .text(reviewed.iso), "date": .text(referenceDate.iso)]),
                                advice: Message("content.future-date.hint.reviewed"))
            }
            portal.accessibility = AccessibilitySettings(reviewed: reviewed,
                                                         replyDays: settings.int("tanggapan_hari_kerja", within: Limits.replyDays))
        }
        return portal
    }
}

/// `warna`: `#RRGGBB`. In YAML an unquoted `#` starts a comment, so `warna: #0B4F8A` reads
/// as an empty value: that is reported with the fix (quotes), not passed over.
enum ColourField {
    static func decode(_ fields: Fields) -> String? {
        if fields.value("warna") == nil {
            if let key = fields.keyNode("warna") {
                fields.context.error("portal.colour-empty", key, Message("portal.colour-empty"), advice: Message("portal.colour-empty.hint"))
            }
            return nil
        }
        guard let text = fields.string("warna") else { return nil }
        guard text.range(of: ContentKinds.colourPattern, options: .regularExpression) != nil else {
            fields.context.error("portal.invalid-colour", fields.value("warna"), Message("portal.invalid-colour", ["value": .text(text)]),
                                 advice: Message("portal.invalid-colour.hint"))
            return nil
        }
        return text.uppercased()
    }
}

/// Contacts, written the same way wherever they appear.
enum ContactDecoder {
    static var keys: [String] { ContentKinds.contact.keys }

    static func decode(_ fields: Fields?) -> Contact {
        guard let fields else { return Contact() }
        return Contact(address: fields.string("alamat"), phone: fields.string("telepon"),
                       email: EmailCheck.checked(fields, "email"), website: fields.url("situs", schemes: LinkScheme.web))
    }
}

enum EmailCheck {
    /// The address when it looks like one; a warning otherwise (the address is kept).
    static func checked(_ fields: Fields, _ key: String) -> String? {
        guard let email = fields.string(key) else { return nil }
        let parts = email.split(separator: "@")
        if parts.count != 2 || !parts[1].contains(".") || email.contains(" ") {
            fields.context.warning("contact.invalid-email", fields.value(key), Message("contact.invalid-email", ["value": .text(email)]),
                                   advice: Message("contact.invalid-email.hint"))
        }
        return email
    }
}

/// The base URL every canonical address starts with.
public enum BaseURL {
    /// An absolute http(s) address ending in `/`, or nil.
    public static func normalise(_ text: String) -> String? {
        let trimmed = text.trimmedSpaces()
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}

import Foundation
