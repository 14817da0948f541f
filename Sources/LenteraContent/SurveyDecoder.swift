import Foundation
import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads the portal's `survei` settings.
enum SurveySettingsDecoder {
    static var keys: [String] { ContentKinds.surveySettings.keys }

    static func decode(_ fields: Fields?) -> SurveySettings {
        guard let fields else { return SurveySettings() }
        let context = fields.context
        var conversion = ZIConversion.proportional
        if let name = fields.string("konversi_zi") {
            if let rule = ZIConversion(rawValue: name.lowercased()) {
                conversion = rule
            } else {
                context.error("survey.unknown-conversion", fields.value("konversi_zi"), "`konversi_zi` must be `proporsional` or `linier`, not `\(name)`",
                              hint: "`proporsional`: indeks = rata-rata ÷ 6 × 4; `linier`: indeks = 1 + 3 × (rata-rata − 1) ÷ 5 (see docs/rules.md)")
            }
        }
        guard let list = fields.list("unsur_skm") else { return SurveySettings(ziConversion: conversion) }
        var elements: [SurveyElement] = []
        for node in list {
            guard let entry = Fields(node, context: context, what: "an SKM element", set: ContentKinds.skmElement),
                  let code = entry.string("kode", what: "the SKM element"),
                  let label = entry.string("nama", what: "the SKM element") else { continue }
            guard ElementCode.isValid(code) else {
                context.error("survey.invalid-element-code", entry.value("kode"), "`\(code)` is not an element code",
                              hint: "use capital letters and digits, starting with a letter, e.g. `U1`")
                continue
            }
            if elements.contains(where: { $0.code == code }) {
                context.error("survey.duplicate-element", entry.value("kode"), "the SKM element `\(code)` is listed twice", hint: "give each element its own code")
                continue
            }
            elements.append(SurveyElement(code: code, label: label, weight: entry.double("bobot", within: Limits.weight)))
        }
        guard !elements.isEmpty else { return SurveySettings(ziConversion: conversion) }
        switch SKMElements.weights(of: elements) {
        case .success(let weights):
            return SurveySettings(skmElements: elements, skmWeights: weights, ziConversion: conversion)
        case .failure(let problem):
            let message: String
            switch problem {
            case .partial: message = "only some SKM elements have a `bobot`"
            case .notPositive: message = "an SKM element has a `bobot` of zero or less"
            case .sum(let sum): message = "the SKM weights add up to \(sum), not 1"
            }
            context.error("survey.invalid-weights", fields.value("unsur_skm"), message,
                          hint: "leave every `bobot` out for equal weights of exactly 1/\(elements.count), or give each element one so that they add up to 1 (0,111 × 9 is 0,999: leave them out)")
            return SurveySettings(skmElements: elements, ziConversion: conversion)
        }
    }
}

enum ElementCode {
    static func isValid(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, ("A"..."Z").contains(first), code.count <= 16 else { return false }
        return code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}

/// Reads an aggregated survey result, `units/<unit>/survei/<name>.yaml`, whether
/// `lentera survey import` wrote it or a unit typed it from its final report.
enum SurveyResultDecoder {
    static var keys: [String] { ContentKinds.survei.fields.keys }

    static func decode(_ document: Document, unit: String, settings: SurveySettings) -> SurveyResult? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: "the survey result", set: ContentKinds.survei.fields) else { return nil }
        let kindText = fields.string("jenis", what: "the survey result")
        let kind = kindText.flatMap { text -> SurveyKind? in
            guard let kind = SurveyKind(rawValue: text.lowercased()) else {
                context.error("survey.unknown-kind", fields.value("jenis"), "`jenis` must be `skm` or `zi`, not `\(text)`",
                              hint: "`skm`: Survei Kepuasan Masyarakat (answers 1–4); `zi`: SPKP and SPAK of the Zona Integritas (1–6 stars)")
                return nil
            }
            return kind
        }
        let period = fields.string("periode", what: "the survey result").flatMap { text -> SurveyPeriod? in
            guard let period = SurveyPeriod(text) else {
                context.error("survey.invalid-period", fields.value("periode"), "`periode` is not a period: `\(text)`",
                              hint: "write a month `2024-03`, a quarter `2024-Q1`, a half year `2024-S1` or a year `2024`")
                return nil
            }
            return period
        }
        let respondents = fields.int("responden", within: Limits.wholeNumber, reportingAs: Limits.respondents).flatMap { count -> Int? in
            if count < 1 {
                context.error("survey.no-respondents", fields.value("responden"), "`responden` must be at least 1", hint: "give the number of people who answered")
                return nil
            }
            guard Limits.respondents.contains(count) else {
                context.outOfRange("responden", fields.value("responden"), written: fields.written("responden"), bound: Limits.respondents)
                return nil
            }
            return count
        }
        fields.requireIfRequired("responden", what: "the survey result")
        let users = fields.int("pengguna_layanan", within: Limits.serviceUsers)
        if let users, let respondents, users < respondents {
            context.warning("survey.users-below-respondents", fields.value("pengguna_layanan"),
                            "`pengguna_layanan` (\(users)) is smaller than `responden` (\(respondents))",
                            hint: "give the number of people served in the period, which is at least the number surveyed")
        }
        var source = SurveySource.manual
        if let text = fields.string("sumber") {
            if let value = SurveySource(rawValue: text) { source = value } else {
                context.error("survey.unknown-source", fields.value("sumber"), "`sumber` must be `impor` or `manual`, not `\(text)`",
                              hint: "leave it out for a result typed from a report")
            }
        }
        let service = fields.string("layanan")
        if let service, !Slug.isValid(service) {
            context.error("slug.invalid", fields.value("layanan"), Slug.message(service), hint: Slug.hint)
        }
        guard let kind, let period, let respondents else { return nil }

        let elements = settings.elements(of: kind)
        var scores: [String: ElementScore] = [:]
        var valid = true
        readCounts(fields, kind: kind, respondents: respondents, elements: elements, into: &scores, valid: &valid)
        readMeans(fields, kind: kind, respondents: respondents, elements: elements, into: &scores, valid: &valid)
        let missing = elements.filter { scores[$0.code] == nil }
        if valid && !missing.isEmpty {
            context.error("survey.missing-element", fields.node,
                          "the survey result has no answers for \(missing.map { "`\($0.code)`" }.joined(separator: ", "))",
                          hint: "give each element's answer counts under `jawaban` (or its average under `rata_rata`); the elements are \(elements.map(\.code).joined(separator: ", "))")
            valid = false
        }
        let profile = readProfile(fields, respondents: respondents)
        guard valid else { return nil }
        return SurveyResult(unit: unit, service: service, kind: kind, period: period, respondents: respondents,
                            elements: scores, profile: profile, serviceUsers: users, source: source)
    }

    /// `jawaban`: per element, the number of respondents who gave each answer, lowest first.
    static func readCounts(_ fields: Fields, kind: SurveyKind, respondents: Int, elements: [SurveyElement],
                           into scores: inout [String: ElementScore], valid: inout Bool) {
        guard let counts = elementFields(fields, "jawaban", elements: elements) else { return }
        let context = fields.context
        let scale = kind.scale
        for element in elements {
            guard let node = counts.value(element.code) else { continue }
            func invalid() {
                context.error("survey.invalid-counts", node, "`\(element.code)` must list \(scale.count) counts: how many answered \(scale.map(String.init).joined(separator: ", "))",
                              hint: "for example `\(element.code): [\(scale.map { _ in "0" }.joined(separator: ", "))]` with each number of respondents")
                valid = false
            }
            guard case .sequence(let list) = node, list.count == scale.count else { invalid(); continue }
            let texts = list.map { $0.scalar?.string.trimmedSpaces() ?? "" }
            guard texts.allSatisfy(NumberText.isWholeNumber) else { invalid(); continue }
            // Each count within its bound, so that their sum cannot overflow.
            let numbers = texts.compactMap { Int($0) }.filter(Limits.count.contains)
            if numbers.count < texts.count, let wrong = texts.indices.first(where: { Int(texts[$0]).map(Limits.count.contains) != true }) {
                context.outOfRange(element.code, list[wrong], written: texts[wrong], bound: Limits.count)
                valid = false
                continue
            }
            let answered = numbers.reduce(0, +)
            if answered == 0 {
                // No answer to an element leaves the index undefined; the result was dropped
                // from every figure without a word.
                context.error("survey.no-answers", node, "`\(element.code)` has no answers: every count is 0",
                              hint: "give how many respondents gave each answer; an index needs answers to every element")
                valid = false
                continue
            }
            if answered > respondents {
                context.error("survey.more-answers-than-respondents", node, "`\(element.code)` has \(answered) answers but the survey had \(respondents) respondents",
                              hint: "check the counts, or `responden`")
                valid = false
                continue
            }
            scores[element.code] = ElementScore(counts: numbers, lowest: scale.lowerBound)
        }
    }

    /// `rata_rata`: per element, its average from a final report, over all respondents.
    static func readMeans(_ fields: Fields, kind: SurveyKind, respondents: Int, elements: [SurveyElement],
                          into scores: inout [String: ElementScore], valid: inout Bool) {
        guard let means = elementFields(fields, "rata_rata", elements: elements) else { return }
        let context = fields.context
        let scale = kind.scale
        for element in elements {
            guard let node = means.value(element.code) else { continue }
            if scores[element.code] != nil {
                context.error("survey.element-twice", node, "`\(element.code)` is given both under `jawaban` and under `rata_rata`", hint: "keep one of them")
                valid = false
                continue
            }
            guard let mean = node.decimalValue, mean >= Double(scale.lowerBound), mean <= Double(scale.upperBound) else {
                context.error("survey.invalid-mean", node, "the average of `\(element.code)` must be a number from \(scale.lowerBound) to \(scale.upperBound)",
                              hint: "for example `\(element.code): 3.62`; answers of a \(kind == .skm ? "1–4" : "1–6 star") scale average within it")
                valid = false
                continue
            }
            scores[element.code] = ElementScore(mean: mean, answered: respondents)
        }
    }

    static func elementFields(_ fields: Fields, _ key: String, elements: [SurveyElement]) -> Fields? {
        fields.fields(key, what: "`\(key)`", allowed: elements.map(\.code))
    }

    static func readProfile(_ fields: Fields, respondents: Int) -> [ProfileField: [String: Int]] {
        guard let profile = fields.fields("profil", what: "`profil`") else { return [:] }
        let context = fields.context
        var result: [ProfileField: [String: Int]] = [:]
        for field in ProfileField.allCases {
            guard let node = profile.value(field.rawValue) else { continue }
            guard case .mapping(let mapping) = node else {
                context.error("survey.invalid-profile", node, "`\(field.rawValue)` must list categories with their counts",
                              hint: "for example `\(field.rawValue): { \(field.categories[0]): 12, \(field.categories[1]): 9 }`")
                continue
            }
            var counts: [String: Int] = [:]
            for (key, value) in mapping {
                let text = value.scalar?.string.trimmedSpaces() ?? ""
                guard let category = key.scalar?.string, NumberText.isWholeNumber(text), !text.hasPrefix("-") else {
                    context.error("survey.invalid-profile", value, "each category of `\(field.rawValue)` needs a whole number of respondents",
                                  hint: "for example `\(field.categories[0]): 12`")
                    continue
                }
                guard let count = Int(text), Limits.count.contains(count) else {
                    context.outOfRange("\(field.rawValue).\(category)", value, written: text, bound: Limits.count)
                    continue
                }
                counts[category, default: 0] += count
            }
            let total = counts.values.reduce(0, +)
            if total > respondents {
                context.warning("survey.profile-exceeds-respondents", node, "`\(field.rawValue)` counts \(total) respondents but the survey had \(respondents)",
                                hint: "check the counts")
            }
            result[field] = counts
        }
        return result
    }
}
