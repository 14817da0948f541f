import Foundation

/// How an .xlsx cell's number is displayed: its number format (`0.00`, `#,##0`, `0%`,
/// `dd/mm/yyyy`, General), read narrowly. An .xlsx stores the number and the format
/// apart; an .ods stores the text displayed as well, so it needs none of this.
///
/// Lentera's reading where a spreadsheet program would use the computer's settings: the
/// decimal point and the thousands separator are written as the format code writes them
/// (`.` and `,`), month names are Indonesian, and General shows up to 15 significant
/// digits. Colours, conditions and text sections are not applied.
struct NumberFormat: Equatable {
    enum Kind: Equatable {
        case general
        /// Digits after the point, thousands grouped, a percentage; text before and after.
        case number(decimals: Int, grouped: Bool, percent: Bool, prefix: String, suffix: String)
        /// Date and time parts, and the text between them.
        case date([DatePart])
        /// `@`: the cell's text as it is.
        case text
    }

    enum DatePart: Equatable {
        case year(digits: Int), month(width: Int), day(width: Int), hour(width: Int), minute(width: Int), second(width: Int)
        case weekday(width: Int), ampm, literal(String)
    }

    var kind: Kind

    static let general = NumberFormat(kind: .general)

    /// The formats Excel numbers without writing their codes (ECMA-376, 18.8.30).
    static func builtIn(_ id: Int) -> String? {
        switch id {
        case 0: return "General"
        case 1: return "0"
        case 2: return "0.00"
        case 3: return "#,##0"
        case 4: return "#,##0.00"
        case 9: return "0%"
        case 10: return "0.00%"
        case 11: return "0.00E+00"
        case 12, 13: return "General"
        case 14: return "dd/mm/yyyy"
        case 15: return "d-mmm-yy"
        case 16: return "d-mmm"
        case 17: return "mmm-yy"
        case 18: return "h:mm AM/PM"
        case 19: return "h:mm:ss AM/PM"
        case 20: return "h:mm"
        case 21: return "h:mm:ss"
        case 22: return "dd/mm/yyyy hh:mm"
        case 37, 38: return "#,##0"
        case 39, 40: return "#,##0.00"
        case 45: return "mm:ss"
        case 46: return "[h]:mm:ss"
        case 47: return "mm:ss"
        case 48: return "General"
        case 49: return "@"
        default: return nil
        }
    }

    init(kind: Kind) {
        self.kind = kind
    }

    /// The format of a code, from its first section (the one for positive numbers).
    init(code: String) {
        let section = Self.firstSection(code)
        let lowered = section.lowercased()
        if lowered == "general" || lowered.isEmpty { kind = .general; return }
        if section == "@" { kind = .text; return }
        // Literals and brackets aside, what is left says which kind of format this is.
        var bare = ""
        var literal = false
        var bracket = false
        var escape = false
        for character in section {
            if escape { escape = false; continue }
            if literal { if character == "\"" { literal = false }; continue }
            if bracket { if character == "]" { bracket = false }; continue }
            switch character {
            case "\"": literal = true
            case "[": bracket = true
            case "\\": escape = true
            default: bare.append(character)
            }
        }
        let dateLetters = Set("ymdhs")
        if bare.lowercased().contains(where: { dateLetters.contains($0) }) {
            kind = .date(Self.dateParts(section))
        } else if bare.contains("E+") || bare.contains("e+") {
            kind = .general
        } else {
            kind = Self.numberKind(section)
        }
    }

    private static func firstSection(_ code: String) -> String {
        var literal = false
        var section = ""
        for character in code {
            if character == "\"" { literal.toggle() }
            if character == ";", !literal { break }
            section.append(character)
        }
        return section
    }

    private static func numberKind(_ section: String) -> Kind {
        var decimals = 0
        var grouped = false
        var percent = false
        var prefix = "", suffix = ""
        var seenDigit = false, afterPoint = false
        var literal = false, bracket = false, escape = false, skip = false
        func add(_ character: Character) {
            if seenDigit { suffix.append(character) } else { prefix.append(character) }
        }
        for character in section {
            if skip { skip = false; continue }
            if escape { add(character); escape = false; continue }
            if literal {
                if character == "\"" { literal = false } else { add(character) }
                continue
            }
            if bracket { if character == "]" { bracket = false }; continue }
            switch character {
            case "\"": literal = true
            case "[": bracket = true
            case "\\": escape = true
            case "0", "#", "?":
                seenDigit = true
                if afterPoint { decimals += 1 }
            case ".":
                afterPoint = true
                seenDigit = true
            case ",": if seenDigit && !afterPoint { grouped = true }
            case "%": percent = true
            case "_", "*": skip = true   // a space as wide as the next character, a fill: neither shown
            default: add(character)
            }
        }
        if percent { suffix += "%" }
        return .number(decimals: decimals, grouped: grouped, percent: percent, prefix: prefix, suffix: suffix)
    }

    private static func dateParts(_ section: String) -> [DatePart] {
        var parts: [DatePart] = []
        let characters = Array(section)
        var index = 0
        var literal = ""
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
        }
        while index < characters.count {
            let character = characters[index]
            let lower = Character(character.lowercased())
            var run = 1
            while index + run < characters.count, Character(characters[index + run].lowercased()) == lower { run += 1 }
            switch lower {
            case "\"":
                var end = index + 1
                while end < characters.count, characters[end] != "\"" { end += 1 }
                literal += String(characters[(index + 1)..<min(end, characters.count)])
                index = end + 1
                continue
            case "\\":
                if index + 1 < characters.count { literal.append(characters[index + 1]) }
                index += 2
                continue
            case "[":
                var end = index + 1
                while end < characters.count, characters[end] != "]" { end += 1 }
                let inside = String(characters[(index + 1)..<min(end, characters.count)]).lowercased()
                if inside.hasPrefix("h") { flush(); parts.append(.hour(width: inside.count)) }
                index = end + 1
                continue
            case "y": flush(); parts.append(.year(digits: run <= 2 ? 2 : 4))
            case "d": flush(); parts.append(run <= 2 ? .day(width: run) : .weekday(width: run))
            case "h": flush(); parts.append(.hour(width: run))
            case "s": flush(); parts.append(.second(width: min(run, 2)))
            case "m":
                flush()
                // Minutes after an hour or before a second; a month otherwise.
                let afterHour = parts.last(where: { if case .literal = $0 { return false }; return true }).map { if case .hour = $0 { return true }; return false } ?? false
                var next = index + run
                while next < characters.count, !"ymdhs".contains(Character(characters[next].lowercased())) { next += 1 }
                let beforeSecond = next < characters.count && Character(characters[next].lowercased()) == "s"
                parts.append(run <= 2 && (afterHour || beforeSecond) ? .minute(width: run) : .month(width: run))
            case "a" where String(characters[index...].prefix(5)).uppercased() == "AM/PM":
                flush(); parts.append(.ampm)
                index += 5
                continue
            default: literal.append(character)
                index += 1
                continue
            }
            index += run
        }
        flush()
        return parts
    }

    /// The number as the format displays it; `date1904` for workbooks that count days from 1904.
    func display(_ value: Double, date1904: Bool = false) -> String {
        switch kind {
        case .general, .text:
            return Self.general(value)
        case .number(let decimals, let grouped, let percent, let prefix, let suffix):
            // Halves away from zero, as spreadsheets round, after the 15 significant digits
            // they keep (2.675, stored a little below, shows 2.68).
            let shown = percent ? value * 100 : value
            let kept = Double(String(format: "%.15g", abs(shown))) ?? abs(shown)
            let scale = pow(10, Double(min(decimals, 15)))
            let rounded = (kept * scale).rounded(.toNearestOrAwayFromZero) / scale
            var text = String(format: "%.\(min(decimals, 20))f", rounded)
            if grouped {
                let parts = text.split(separator: ".", maxSplits: 1)
                var whole = Array(parts[0])
                var index = whole.count - 3
                while index > 0 { whole.insert(",", at: index); index -= 3 }
                text = String(whole) + (parts.count > 1 ? "." + parts[1] : "")
            }
            let negative = shown < 0 && Double(text.replacingOccurrences(of: ",", with: "")) != 0
            return (negative ? "-" : "") + prefix + text + suffix
        case .date(let parts):
            return Self.date(value, parts: parts, date1904: date1904) ?? Self.general(value)
        }
    }

    /// Up to 15 significant digits, no trailing zeros, no exponent for usual magnitudes.
    static func general(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    static let weekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]

    /// A serial day number as a civil date and time: days since 30 December 1899 (Excel
    /// keeps 1900 as a leap year, so serials before 1 March 1900 are one day off: those
    /// are taken as Excel shows them), or since 1 January 1904.
    static func date(_ serial: Double, parts: [DatePart], date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        // Days since 1970-01-01.
        var unixDays = date1904 ? days - 24_107 : days - 25_569
        if !date1904, days < 61 { unixDays += 1 }
        let (year, month, day) = civil(fromDays: unixDays)
        let weekday = ((unixDays % 7) + 11) % 7   // 1970-01-01 was a Thursday (4)
        let hour = seconds / 3600, minute = (seconds % 3600) / 60, second = seconds % 60
        let twelveHour = parts.contains(.ampm)
        var text = ""
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return width >= 2 && digits.count < 2 ? "0" + digits : digits
        }
        for part in parts {
            switch part {
            case .year(let digits): text += digits == 2 ? padded(year % 100, 2) : String(year)
            case .month(let width):
                switch width {
                case 1, 2: text += padded(month, width)
                case 3: text += String(months[month - 1].prefix(3))
                case 5: text += String(months[month - 1].prefix(1))
                default: text += months[month - 1]
                }
            case .day(let width): text += padded(day, width)
            case .weekday(let width): text += width == 3 ? String(weekdays[weekday].prefix(3)) : weekdays[weekday]
            case .hour(let width):
                let shown = twelveHour ? (hour % 12 == 0 ? 12 : hour % 12) : hour
                text += padded(shown, width)
            case .minute(let width): text += padded(minute, width)
            case .second(let width): text += padded(second, width)
            case .ampm: text += hour < 12 ? "AM" : "PM"
            case .literal(let literal): text += literal
            }
        }
        return text
    }

    /// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
