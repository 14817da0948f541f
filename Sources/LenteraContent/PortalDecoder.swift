import LenteraDomain
import Yams

/// Reads `portal.yaml`.
enum PortalDecoder {
    static var keys: [String] { ContentKinds.portal.fields.keys }

    static func decode(_ document: Document) -> Portal? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: "the portal settings", set: ContentKinds.portal.fields) else { return nil }
        let title = fields.string("judul", what: "the portal settings")
        let baseURL = fields.string("base_url", what: "the portal settings").flatMap { url -> String? in
            guard let normalised = BaseURL.normalise(url) else {
                context.error("portal.invalid-base-url", fields.value("base_url"), "`base_url` must be an absolute http(s) address, not `\(url)`",
                              hint: "for example `base_url: https://transparansi.contoh.go.id/`")
                return nil
            }
            return normalised
        }
        let language = fields.string("bahasa") ?? "id"

        var instansi: [Instansi] = []
        if let list = fields.list("instansi") {
            for node in list {
                guard let entry = Fields(node, context: context, what: "an instansi entry", set: ContentKinds.instansiEntry),
                      let slug = entry.string("slug", what: "the instansi entry"),
                      let name = entry.string("nama", what: "the instansi entry") else { continue }
                guard Slug.isValid(slug) else {
                    context.error("slug.invalid", entry.value("slug"), Slug.message(slug), hint: Slug.hint)
                    continue
                }
                if instansi.contains(where: { $0.slug == slug }) {
                    context.error("instansi.duplicate-slug", entry.value("slug"), "two instansi have the slug `\(slug)`", hint: "give each instansi its own slug")
                    continue
                }
                instansi.append(Instansi(slug: slug, name: name, shortName: entry.string("singkatan"), website: entry.url("situs", schemes: LinkScheme.web)))
            }
        }
        if instansi.isEmpty { fields.requireIfRequired("instansi", what: "the portal settings") }

        var channels: [ComplaintChannel] = []
        for node in fields.list("kanal_pengaduan") ?? [] {
            guard let entry = Fields(node, context: context, what: "a complaint channel", set: ContentKinds.complaintChannel),
                  let name = entry.string("nama", what: "the complaint channel") else { continue }
            channels.append(ComplaintChannel(name: name, url: entry.url("url", schemes: LinkScheme.channel), note: entry.string("keterangan")))
        }

        guard let title, let baseURL else { return nil }
        return Portal(
            title: title, description: fields.string("deskripsi"), baseURL: baseURL, language: language,
            instansi: instansi, contact: ContactDecoder.decode(fields.fields("kontak", what: "the portal contact")),
            complaintChannels: channels, exampleDataNotice: fields.string("data_contoh"),
            survey: SurveySettingsDecoder.decode(fields.fields("survei", what: "the survey settings")))
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
            fields.context.warning("contact.invalid-email", fields.value(key), "`\(email)` does not look like an e-mail address",
                                   hint: "write it as `nama@domain.go.id`")
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
