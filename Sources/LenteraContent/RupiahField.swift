import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads a fee (`jumlah` of a `tarif` entry) as whole Rupiah.
///
/// Indonesian writes thousands with full stops, so `50.000` is fifty thousand and
/// `1.500.000` one and a half million; `5000` (no separators) is read too, with an optional
/// `Rp` before and `,-` or `,00` after (`Rp5.000,-`). Anything else is refused rather than
/// guessed: `5000.5`, `2.5` and `1,500` are not whole Rupiah in either convention, sen
/// (`1.500,75`) are not published, and in a JSON file a number with a decimal point
/// (`1500.75`, or `5.000`, which JSON reads as five) must be written whole or as text.
enum RupiahField {
    static func read(_ node: Node, context: FileContext) -> Rupiah? {
        guard let scalar = node.scalar else {
            context.error("service.invalid-amount", node, Message("service.invalid-amount.shape", ["shape": .message(node.shapeName)]),
                          advice: Message("service.invalid-amount.shape.hint"))
            return nil
        }
        let raw = scalar.string.trimmedSpaces()
        let isJSONNumber = context.file.lowercased().hasSuffix(".json") && scalar.style == .plain
            && raw.first.map { $0.isASCIIDigit || $0 == "-" } == true
        if isJSONNumber, raw.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            context.error("service.invalid-amount", node, Message("service.invalid-amount.json", ["value": .text(raw)]),
                          advice: Message("service.invalid-amount.json.hint"))
            return nil
        }
        switch parse(raw) {
        case .amount(let digits):
            guard let amount = Int(digits), Limits.rupiah.contains(amount) else {
                context.outOfRange("jumlah", node, written: raw, bound: Limits.rupiah)
                return nil
            }
            return Rupiah(amount)
        case .negative:
            context.outOfRange("jumlah", node, written: raw, bound: Limits.rupiah)
            return nil
        case .sen:
            context.error("service.invalid-amount", node, Message("service.invalid-amount.sen", ["value": .text(raw)]),
                          advice: Message("service.invalid-amount.sen.hint"))
            return nil
        case .unreadable:
            context.error("service.invalid-amount", node, Message("service.invalid-amount", ["value": .text(raw)]),
                          advice: Message("service.invalid-amount.hint"))
            return nil
        }
    }

    enum Reading: Equatable {
        /// The digits of a whole amount, separators removed.
        case amount(String)
        case negative
        /// A decimal part other than zero after a comma.
        case sen
        case unreadable
    }

    /// Reads the text of an amount; see the type's summary for what is accepted.
    static func parse(_ text: String) -> Reading {
        var rest = Substring(text.trimmedSpaces())
        if rest.hasPrefix("-") || rest.hasPrefix("\u{2212}") { return rest.dropFirst().contains(where: \.isASCIIDigit) ? .negative : .unreadable }
        if rest.lowercased().hasPrefix("rp") {
            rest = rest.dropFirst(2)
            if rest.hasPrefix(".") { rest = rest.dropFirst() }
            rest = rest.drop(while: { $0 == " " })
            if rest.hasPrefix("-") { return .negative }
        }
        if rest.hasSuffix(",-") { rest = rest.dropLast(2) }
        if let comma = rest.firstIndex(of: ",") {
            let decimals = rest[rest.index(after: comma)...]
            guard !decimals.isEmpty, decimals.allSatisfy(\.isASCIIDigit) else { return .unreadable }
            // `1,500` is the English way of grouping thousands, not one and a half: refused.
            guard decimals.count != 3 || rest[..<comma].contains(".") else { return .unreadable }
            guard decimals.allSatisfy({ $0 == "0" }) else { return .sen }
            rest = rest[..<comma]
        }
        let groups = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.allSatisfy(\.isASCIIDigit) else { return .unreadable }
        if groups.count == 1 { return .amount(String(first)) }
        // Full stops between thousands: a first group of one to three digits, then groups of three.
        guard first.count <= 3, first.first != "0", groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }) else {
            return .unreadable
        }
        return .amount(groups.joined())
    }
}
