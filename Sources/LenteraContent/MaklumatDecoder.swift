import LenteraDiagnostics
import LenteraDomain

/// Reads `units/<slug>/maklumat.md`.
enum MaklumatDecoder {
    static let bodyKey = "teks"

    static func decode(_ document: Document, unit: String) -> Maklumat? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: Message("thing.maklumat"), set: ContentKinds.maklumat.fields, markdown: document.body != nil) else { return nil }
        let date = fields.date("tanggal", what: Message("thing.maklumat"))
        let signatory = OfficialDecoder.decode(fields.fields("penandatangan", what: Message("thing.field", ["field": "penandatangan"])), key: "penandatangan")
        if fields.value("penandatangan") == nil { fields.missing("penandatangan", what: Message("thing.maklumat")) }
        let text = document.body ?? fields.string(bodyKey) ?? ""
        if text.isEmpty {
            context.error("maklumat.empty", fields.node, Message("maklumat.empty"), advice: Message("maklumat.empty.hint"))
        }
        guard let date, let signatory, !text.isEmpty else { return nil }
        var pledge = Maklumat(unit: unit, title: fields.string("judul") ?? "Maklumat Pelayanan", text: text, date: date,
                              place: fields.string("tempat"), signatory: signatory)
        pledge.scan = FileLinkField.read(fields, "pindaian")
        return pledge
    }
}

/// Reads `pages/<slug>.md`.
enum PageDecoder {
    static let bodyKey = "isi"

    static func decode(_ document: Document, fileSlug: String) -> Page? {
        guard let fields = Fields(document.root, context: document.context, what: Message("thing.page"), set: ContentKinds.halaman.fields, markdown: document.body != nil) else { return nil }
        let title = fields.string("judul", what: Message("thing.page"))
        let slug = SlugField.read(fields, fallback: fileSlug)
        guard let title, let slug else { return nil }
        return Page(slug: slug, title: title, summary: fields.string("ringkasan"), order: fields.int("urutan", within: Limits.order),
                    body: document.body ?? fields.string(bodyKey) ?? "")
    }
}
