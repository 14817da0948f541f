import LenteraDomain

/// How an aggregated survey result is written into the content folder. The loader reads
/// it back with `SurveyResultDecoder`; tests check that the two agree.
public enum SurveyResultFile {
    /// The folder of the survey results of the unit in `units/<name>/`, relative to the
    /// content folder (a unit's folder name may differ from its slug: `UnitContext.folderName`).
    public static func folder(unitFolder name: String) -> String { ContentPlace.surveys.path(unit: name) }

    /// `skm-2024-Q1.yaml`, or `skm-2024-Q1--akta-kelahiran.yaml` for one service. Importing
    /// the same kind, period and service again writes the same file, so it replaces the
    /// earlier result instead of adding to it.
    public static func name(kind: SurveyKind, period: SurveyPeriod, service: String?) -> String {
        "\(kind.rawValue)-\(period)" + (service.map { "--\($0)" } ?? "") + ".yaml"
    }

    /// The YAML text of a result: counts per element and answer, respondents, the profile
    /// in categories. Deterministic: the same result gives the same bytes.
    public static func yaml(_ result: SurveyResult, elements: [SurveyElement], header: [String] = []) -> String {
        var lines = header.map { "# " + $0 }
        lines.append("jenis: \(result.kind.rawValue)")
        lines.append("periode: \(quoted(result.period.description))")
        if let service = result.service { lines.append("layanan: \(service)") }
        lines.append("sumber: \(result.source.rawValue)")
        lines.append("responden: \(result.respondents)")
        if let users = result.serviceUsers { lines.append("pengguna_layanan: \(users)") }
        let scale = result.kind.scale
        let counted = elements.filter { result.elements[$0.code]?.counts != nil }
        let averaged = elements.filter { result.elements[$0.code] != nil && result.elements[$0.code]?.counts == nil }
        if !counted.isEmpty {
            lines.append("# Jumlah responden yang menjawab \(scale.map(String.init).joined(separator: ", ")), per unsur.")
            lines.append("jawaban:")
            for element in counted {
                let counts = result.elements[element.code]!.counts!
                lines.append("  \(element.code): [\(counts.map(String.init).joined(separator: ", "))]   # \(element.label)")
            }
        }
        if !averaged.isEmpty {
            lines.append("rata_rata:")
            for element in averaged {
                let mean = result.elements[element.code]!.mean ?? 0
                lines.append("  \(element.code): \(mean)   # \(element.label)")
            }
        }
        let fields = ProfileField.allCases.filter { !(result.profile[$0] ?? [:]).isEmpty }
        if !fields.isEmpty {
            lines.append("# Profil responden: hanya jumlah per kategori.")
            lines.append("profil:")
            for field in fields {
                lines.append("  \(field.rawValue):")
                let counts = result.profile[field]!
                for category in field.ordered(counts.keys) {
                    lines.append("    \(quoted(category)): \(counts[category]!)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += "\\x" + String(scalar.value, radix: 16).leftPadded(2) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
