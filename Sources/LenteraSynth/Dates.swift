/// Dates and numbers written the way content files hold them.
enum Dates {
    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// A NIP: birth date, appointment month, sex and a sequence number, 18 digits.
    static func nip(_ random: inout SplitMix64) -> String {
        let born = iso(random.int(1965...1990), random.int(1...12), random.int(1...28)).replacingDashes()
        let appointed = "\(random.int(1990...2015))\(twoDigits(random.int(1...12)))"
        let sequence = random.int(1...999)
        return born + appointed + "\(random.int(1...2))" + (sequence < 10 ? "00" : (sequence < 100 ? "0" : "")) + "\(sequence)"
    }
}

extension String {
    fileprivate func replacingDashes() -> String {
        String(unicodeScalars.filter { $0 != "-" })
    }
}
