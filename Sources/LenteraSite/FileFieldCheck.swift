import LenteraDiagnostics
import LenteraDomain
import LenteraRender

/// Fields that name a file beside the content — a maklumat's `pindaian`, a decree's
/// `berkas`, a standard's `poster`, the portal's `logo` — must name a published file, and
/// the poster and the logo an image: an error at the field.
enum FileFieldCheck {
    static func problems(in model: SiteModel) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check(_ link: FileLink?, from folder: String, image: Bool) {
            guard let link else { return }
            guard let file = model.attachment(link.written, from: folder) else {
                let path = AttachmentLinks.contentPath(link.written, from: folder) ?? link.written
                // A file that is there but refused has its own error, which says why.
                if model.content.refusedAttachments.contains(path) { return }
                found.append(.error("attachment.missing", at: link.location,
                                    Message(image ? "attachment.missing.image" : "attachment.missing", ["target": .text(link.written)]),
                                    advice: Message("attachment.missing.hint", ["path": .text(path)])))
                return
            }
            if image, !file.kind.isImage {
                found.append(.error("attachment.not-an-image", at: link.location,
                                    Message("attachment.not-an-image.field", ["target": .text(link.written), "kind": .text(file.kind.label)]),
                                    advice: Message("attachment.not-an-image.field-hint")))
            }
        }
        let content = model.content
        check(content.portal.logo, from: "", image: true)
        for pledge in content.maklumat {
            check(pledge.scan, from: model.unitFolder(pledge.unit), image: false)
        }
        for service in content.services {
            let folder = model.serviceFolder(unit: service.unit, slug: service.slug)
            check(service.enactment?.document, from: folder, image: false)
            check(service.poster, from: folder, image: true)
        }
        return found
    }
}
