/// The cost of a service: free, or fees with the regulation that sets them
/// (UU 25/2009 Pasal 31: a fee needs a legal basis).
public enum Cost: Sendable, Equatable {
    case free
    case fees([Fee], legalBasis: String?)

    public var isFree: Bool {
        switch self {
        case .free: true
        case .fees(let fees, _): fees.allSatisfy { $0.amount.amount == 0 }
        }
    }

    /// Words that publish a service as free of charge, lowercased.
    public static let freeWords: Set<String> = ["gratis", "tidak dipungut biaya", "tanpa biaya", "bebas biaya", "rp0", "rp 0", "rp0,-", "rp 0,-", "nihil"]

    /// Whether a published text means "free".
    public static func meansFree(_ text: String) -> Bool {
        let normalised = text.lowercased().trimmed()
            .trimmingCharacters(in: CharacterSet(charactersIn: ".!"))
        return freeWords.contains(normalised)
    }
}

/// One fee: what it is for and the amount.
public struct Fee: Sendable, Equatable {
    public var description: String
    public var amount: Rupiah

    public init(description: String, amount: Rupiah) {
        self.description = description
        self.amount = amount
    }
}

/// An amount of Rupiah, whole (sen are not used in public fees).
public struct Rupiah: Sendable, Equatable, Comparable {
    public var amount: Int

    public init(_ amount: Int) { self.amount = amount }

    /// Written as Indonesian style guides write it: `Rp5.000`, `Rp1.500.000`, `Rp0`,
    /// with no space and full stops between thousands.
    public var formatted: String {
        (amount < 0 ? "-Rp" : "Rp") + Self.groupingThousands(amount.magnitude)
    }

    /// `1500000` → `1.500.000`: full stops between thousands, as Indonesian writes numbers.
    public static func groupingThousands(_ value: UInt) -> String {
        let digits = String(value)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return grouped
    }

    public static func < (lhs: Rupiah, rhs: Rupiah) -> Bool { lhs.amount < rhs.amount }
}

import Foundation
