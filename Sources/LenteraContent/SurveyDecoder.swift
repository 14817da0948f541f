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
                context.error("survey.unknown-conversion", fields.value("konversi_zi"), Message("survey.unknown-conversion", ["value": .text(name)]),
                              advice: Message("survey.unknown-conversion.hint"))
            }
        }
        guard let list = fields.list("unsur_skm") else { return SurveySettings(ziConversion: conversion) }
        var elements: [SurveyElement] = []
        for node in list {
            guard let entry = Fields(node, context: context, what: Message("thing.skm-element"), set: ContentKinds.skmElement),
                  let code = entry.string("kode", what: Message("thing.skm-element")),
                  let label = entry.string("nama", what: Message("thing.skm-element")) else { continue }
            guard ElementCode.isValid(code) else {
                context.error("survey.invalid-element-code", entry.value("kode"), Message("survey.invalid-element-code", ["code": .text(code)]),
                              advice: Message("survey.invalid-element-code.hint"))
                continue
            }
            if elements.contains(where: { $0.code == code }) {
                context.error("survey.duplicate-element", entry.value("kode"), Message("survey.duplicate-element", ["code": .text(code)]),
                              advice: Message("survey.duplicate-element.hint"))
                continue
            }
            elements.append(SurveyElement(code: code, label: label, weight: entry.double("bobot", within: Limits.weight)))
        }
        guard !elements.isEmpty else { return SurveySettings(ziConversion: conversion) }
        switch SKMElements.weights(of: elements) {
        case .success(let weights):
            return SurveySettings(skmElements: elements, skmWeights: weights, ziConversion: conversion)
        case .failure(let problem):
            let message: Message
            switch problem {
            case .partial: message = Message("survey.invalid-weights.partial")
            case .notPositive: message = Message("survey.invalid-weights.not-positive")
            case .sum(let sum): message = Message("survey.invalid-weights.sum", ["sum": .text(String(sum))])
            }
            context.error("survey.invalid-weights", fields.value("unsur_skm"), message,
                          advice: Message("survey.invalid-weights.hint", ["count": .text(String(elements.count))]))
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

    /// - Parameter instrument: the statements the unit's instansi asks in its Zona
    ///   Integritas surveys (`pernyataan_tambahan` of its Zona Integritas file).
    static func decode(_ document: Document, unit: String, settings: SurveySettings, instrument: ZIInstrument = .standard) -> SurveyResult? {
        let context = document.context
        guard let fields = Fields(document.root, context: context, what: Message("thing.survey-result"), set: ContentKinds.survei.fields) else { return nil }
        let kindText = fields.string("jenis", what: Message("thing.survey-result"))
        let kind = kindText.flatMap { text -> SurveyKind? in
            guard let kind = SurveyKind(rawValue: text.lowercased()) else {
                context.error("survey.unknown-kind", fields.value("jenis"), Message("survey.unknown-kind", ["value": .text(text)]),
                              advice: Message("survey.unknown-kind.hint"))
                return nil
            }
            return kind
        }
        let period = fields.string("periode", what: Message("thing.survey-result")).flatMap { text -> SurveyPeriod? in
            guard let period = SurveyPeriod(text) else {
                context.error("survey.invalid-period", fields.value("periode"), Message("survey.invalid-period", ["value": .text(text)]),
                              advice: Message("survey.invalid-period.hint"))
                return nil
            }
            return period
        }
        let respondents = fields.int("responden", within: Limits.wholeNumber, reportingAs: Limits.respondents).flatMap { count -> Int? in
            if count < 1 {
                context.error("survey.no-respondents", fields.value("responden"), Message("survey.no-respondents"),
                              advice: Message("survey.no-respondents.hint"))
                return nil
            }
            guard Limits.respondents.contains(count) else {
                context.outOfRange("responden", fields.value("responden"), written: fields.written("responden"), bound: Limits.respondents)
                return nil
            }
            return count
        }
        if fields.value("responden") == nil { fields.missing("responden", what: Message("thing.survey-result")) }
        let users = fields.int("pengguna_layanan", within: Limits.serviceUsers)
        if let users, let respondents, users < respondents {
            context.warning("survey.users-below-respondents", fields.value("pengguna_layanan"),
                            Message("survey.users-below-respondents", ["users": .text(String(users)), "respondents": .text(String(respondents))]),
                            advice: Message("survey.users-below-respondents.hint"))
        }
        var source = SurveySource.manual
        if let text = fields.string("sumber") {
            if let value = SurveySource(rawValue: text) { source = value } else {
                context.error("survey.unknown-source", fields.value("sumber"), Message("survey.unknown-source", ["value": .text(text)]),
                              advice: Message("survey.unknown-source.hint"))
            }
        }
        let service = fields.string("layanan")
        if let service, !Slug.isValid(service) {
            context.error("slug.invalid", fields.value("layanan"), Slug.message(service), advice: Slug.hint)
        }
        guard let kind, let period, let respondents else { return nil }

        // An added statement is required only from its first period (`mulai`).
        let elements = settings.elements(of: kind, instrument: instrument.asked(in: period))
        var scores: [String: ElementScore] = [:]
        var valid = true
        readCounts(fields, kind: kind, respondents: respondents, elements: elements, into: &scores, valid: &valid)
        readMeans(fields, kind: kind, respondents: respondents, elements: elements, into: &scores, valid: &valid)
        let missing = elements.filter { scores[$0.code] == nil }
        if valid && !missing.isEmpty {
            context.error("survey.missing-element", fields.node,
                          Message("survey.missing-element", ["codes": .text(missing.map { "`\($0.code)`" }.joined(separator: ", "))]),
                          advice: Message("survey.missing-element.hint", ["elements": .text(elements.map(\.code).joined(separator: ", "))]))
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
                context.error("survey.invalid-counts", node,
                              Message("survey.invalid-counts", ["code": .text(element.code), "count": .text(String(scale.count)),
                                                                "answers": .text(scale.map(String.init).joined(separator: ", "))]),
                              advice: Message("survey.invalid-counts.hint", ["example": .text("\(element.code): [\(scale.map { _ in "0" }.joined(separator: ", "))]")]))
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
                context.error("survey.no-answers", node, Message("survey.no-answers", ["code": .text(element.code)]),
                              advice: Message("survey.no-answers.hint"))
                valid = false
                continue
            }
            if answered > respondents {
                context.error("survey.more-answers-than-respondents", node,
                              Message("survey.more-answers-than-respondents", ["code": .text(element.code), "answers": .text(String(answered)),
                                                                               "respondents": .text(String(respondents))]),
                              advice: Message("survey.more-answers-than-respondents.hint"))
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
                context.error("survey.element-twice", node, Message("survey.element-twice", ["code": .text(element.code)]),
                              advice: Message("content.duplicate-key.hint"))
                valid = false
                continue
            }
            guard let mean = node.decimalValue, mean >= Double(scale.lowerBound), mean <= Double(scale.upperBound) else {
                context.error("survey.invalid-mean", node,
                              Message("survey.invalid-mean", ["code": .text(element.code), "lowest": .text(String(scale.lowerBound)),
                                                              "highest": .text(String(scale.upperBound))]),
                              advice: Message(kind == .skm ? "survey.invalid-mean.hint.skm" : "survey.invalid-mean.hint.zi", ["code": .text(element.code)]))
                valid = false
                continue
            }
            scores[element.code] = ElementScore(mean: mean, answered: respondents)
        }
    }

    static func elementFields(_ fields: Fields, _ key: String, elements: [SurveyElement]) -> Fields? {
        fields.fields(key, what: Message("thing.field", ["field": .text(key)]), allowed: elements.map(\.code))
    }

    /// A known category as the domain spells it (text held once, not a copy per result: a
    /// national portal holds tens of thousands of profiles), or the text as read.
    static func shared(_ category: String, of field: ProfileField) -> String {
        if category == ProfileField.other { return ProfileField.other }
        if category == ProfileField.unanswered { return ProfileField.unanswered }
        return field.categories.first { $0 == category } ?? category
    }

    static func readProfile(_ fields: Fields, respondents: Int) -> [ProfileField: [String: Int]] {
        guard let profile = fields.fields("profil", what: Message("thing.field", ["field": "profil"])) else { return [:] }
        let context = fields.context
        var result: [ProfileField: [String: Int]] = [:]
        for field in ProfileField.allCases {
            guard let node = profile.value(field.rawValue) else { continue }
            guard case .mapping(let mapping) = node else {
                context.error("survey.invalid-profile", node, Message("survey.invalid-profile", ["field": .text(field.rawValue)]),
                              advice: Message("survey.invalid-profile.hint", ["example": .text("\(field.rawValue): { \(field.categories[0]): 12, \(field.categories[1]): 9 }")]))
                continue
            }
            var counts: [String: Int] = [:]
            for (key, value) in mapping {
                let text = value.scalar?.string.trimmedSpaces() ?? ""
                guard let category = key.scalar?.string, NumberText.isWholeNumber(text), !text.hasPrefix("-") else {
                    context.error("survey.invalid-profile", value, Message("survey.invalid-profile.category", ["field": .text(field.rawValue)]),
                                  advice: Message("survey.invalid-profile.category.hint", ["category": .text(field.categories[0])]))
                    continue
                }
                guard let count = Int(text), Limits.count.contains(count) else {
                    context.outOfRange("\(field.rawValue).\(category)", value, written: text, bound: Limits.count)
                    continue
                }
                counts[Self.shared(category, of: field), default: 0] += count
            }
            let total = counts.values.reduce(0, +)
            if total > respondents {
                context.warning("survey.profile-exceeds-respondents", node,
                                Message("survey.profile-exceeds-respondents", ["field": .text(field.rawValue), "total": .text(String(total)),
                                                                               "respondents": .text(String(respondents))]),
                                advice: Message("survey.profile-exceeds-respondents.hint"))
            }
            result[field] = counts
        }
        return result
    }
}
