import LenteraDiagnostics

/// The values the starters of `lentera init` and `lentera new` write into fields only the
/// officer can fill — who signed a maklumat, which decree enacted an SOP, who enacted it —
/// so that the new file loads and shows where to write. While one is left in place,
/// `lentera check` warns (`content.placeholder`, at the value): a pledge is never published
/// "signed" by "Nama Kepala Unit" without a word. Each text is one constant, written by the
/// starters and compared by the decoders.
public enum Placeholder {
    /// An official's name: a maklumat's `penandatangan.nama`, a unit's `kepala.nama` (a
    /// commented example there, caught when uncommented as it is).
    public static let officialName = "Nama Kepala Unit"
    /// An official's position (`penandatangan.jabatan`) and who enacted an SOP (`penetapan.oleh`).
    public static let officialPosition = "Kepala Unit"
    /// A decree's number: an SOP's `penetapan.nomor`, a service's `ditetapkan.nomor` (a
    /// commented example there, caught when uncommented as it is).
    public static let decreeNumber = "Keputusan Kepala … Nomor … Tahun …"
    /// A survey analysis's text under `## Analisis` (SE MenPANRB 04/2023 asks for the
    /// analysis): an instruction, not an analysis.
    public static let analysis = "Tulis unsur dengan nilai terendah dan tertinggi, dan apa yang disampaikan responden."
    /// A survey analysis's step under `## Rencana tindak lanjut`: the form of a step, not a plan.
    public static let followUpStep = "1. Langkah perbaikan — waktu — penanggung jawab."

    /// What each placeholder asks for, as the catalogue key of the text saying what to write instead.
    enum Instead: String {
        case officialName = "content.placeholder.official-name"
        case officialPosition = "content.placeholder.official-position"
        case decreeNumber = "content.placeholder.decree-number"
        case enactedBy = "content.placeholder.enacted-by"
        case analysis = "content.placeholder.analysis"
        case followUpStep = "content.placeholder.follow-up"
    }

    /// Warns when `key` of `fields` still holds `placeholder`. `field` names it as the officer
    /// finds it in the file (`penandatangan.nama`).
    static func check(_ fields: Fields, _ key: String, _ placeholder: String, field: String, instead: Instead) {
        guard let node = fields.value(key), let text = node.scalar?.string.trimmed(), text == placeholder else { return }
        fields.context.warning("content.placeholder", node, Message("content.placeholder", ["field": .text(field), "value": .text(text)]),
                               advice: Message("content.placeholder.hint", ["field": .text(field), "instead": .message(Message(instead.rawValue))]))
    }

    /// Warns when a line of the Markdown text of `document` is `placeholder`; `section` names
    /// the part of the text it is in (`## Analisis`).
    static func check(_ document: Document, _ placeholder: String, section: String, instead: Instead) {
        guard let body = document.body else { return }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { String($0).trimmed() == placeholder }) else { return }
        let column = lines[index].prefix { $0 == " " || $0 == "\t" }.count + 1
        document.context.add(.warning("content.placeholder", at: SourceLocation(file: document.context.file, line: document.bodyLine + index, column: column),
                                      Message("content.placeholder", ["field": .text(section), "value": .text(placeholder)]),
                                      advice: Message("content.placeholder.hint", ["field": .text(section), "instead": .message(Message(instead.rawValue))])))
    }
}
