import LenteraDiagnostics
import LenteraDomain
import Yams

/// A service standard's `ditetapkan`: the decree that enacted it (`nomor`, `tanggal`,
/// `tentang`, `url`), or `belum` when the standard is knowingly not yet enacted.
enum EnactmentField {
    /// The word that says a standard is not yet enacted.
    static let notYet = "belum"

    /// Whether `ditetapkan` is `belum` (any case). Any other text is reported.
    static func isNotYet(_ fields: Fields) -> Bool {
        guard let node = fields.value("ditetapkan"), let text = node.scalar?.string.trimmed() else { return false }
        if text.lowercased() == notYet { return true }
        fields.context.add(.error("service.invalid-enactment", at: fields.context.location(node),
                                  Message("service.invalid-enactment", ["value": .text(text)]),
                                  advice: Message("service.invalid-enactment.hint")))
        return false
    }

    /// The decree, when `ditetapkan` holds its fields.
    static func decree(_ fields: Fields) -> Decree? {
        guard fields.value("ditetapkan")?.scalar == nil else { return nil }
        return ServiceDecoder.readDecree(fields.fields("ditetapkan", what: Message("thing.field", ["field": "ditetapkan"])))
    }
}
