import LenteraDomain
import LenteraTemplate

extension SiteModel {
    /// The Metodologi page: the rules of `methodology` section by section, in the order
    /// they are listed, each with its figures, source, standing and reading.
    func methodologyView(route: String) -> MethodologyView {
        var sections: [MethodologySectionView] = []
        for rule in methodology {
            let view = ruleView(rule)
            if let last = sections.indices.last, sections[last].title == rule.section {
                sections[last].rules.append(view)
            } else {
                sections.append(MethodologySectionView(id: Self.sectionAnchor(rule.section), title: rule.section, rules: [view]))
            }
        }
        return MethodologyView(referenceDate: Formatting.date(referenceDate, texts.language), sections: sections, hasRules: !sections.isEmpty,
                               contents: sections.map { LinkView(title: $0.title, href: "#" + $0.id) })
    }

    func ruleView(_ rule: RuleDescription) -> MethodologyRuleView {
        var figures: MethodologyFiguresView?
        if let table = rule.figures, !table.header.isEmpty {
            figures = MethodologyFiguresView(
                caption: rule.title,
                columns: table.header,
                rows: table.rows.map { TableRowView(cells: Array($0.dropFirst()), header: $0.first ?? "", href: nil) })
        }
        return MethodologyRuleView(
            id: rule.id, title: rule.title, statement: rule.statement,
            citation: rule.source.citation, standing: standingLabel(rule.source.standing), sourceNote: rule.source.note,
            reading: rule.reading, figures: figures,
            appliesFrom: rule.appliesFrom.map { texts.format("appliesSince", ["date": Formatting.date($0, texts.language)]) })
    }

    /// How a page marks a source that is not the regulation itself, in the portal's language.
    func standingLabel(_ standing: RuleSource.Standing) -> String? {
        switch standing {
        case .primary: nil
        case .secondary: texts["standingSecondary"]
        case .reading: texts["standingReading"]
        }
    }

    /// `Survei Kepuasan Masyarakat (IKM)` → `bagian-survei-kepuasan-masyarakat-ikm`: section
    /// anchors have a prefix that rule ids do not, so the two never meet.
    static func sectionAnchor(_ title: String) -> String {
        var anchor = "bagian", dash = true
        for character in title.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if dash { anchor += "-" }
                anchor.append(character)
                dash = false
            } else {
                dash = true
            }
        }
        return anchor
    }

    /// The link from a page to a rule of the Metodologi page.
    func methodologyLink(_ route: String, rule id: String) -> String { link(route, to: Routes.methodology(rule: id)) }
}

struct MethodologyView {
    var referenceDate: String
    var sections: [MethodologySectionView]
    var hasRules: Bool
    /// A table of contents: one link per section.
    var contents: [LinkView]
}

extension MethodologyView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "referenceDate": TemplateValue(referenceDate)
        case "sections": TemplateValue(sections)
        case "hasRules": TemplateValue(hasRules)
        case "contents": TemplateValue(contents)
        default: .missing
        }
    }
}

struct MethodologySectionView {
    var id: String
    var title: String
    var rules: [MethodologyRuleView]
}

extension MethodologySectionView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "id": TemplateValue(id)
        case "title": TemplateValue(title)
        case "rules": TemplateValue(rules)
        default: .missing
        }
    }
}

struct MethodologyRuleView {
    var id: String
    var title: String
    var statement: String
    /// The regulation and its place; `standing` beside it when it is not a primary source.
    var citation: String
    /// "sumber sekunder", "tafsiran Lentera"; nil for a primary source.
    var standing: String?
    var sourceNote: String?
    var reading: String?
    var figures: MethodologyFiguresView?
    var appliesFrom: String?
}

extension MethodologyRuleView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "id": TemplateValue(id)
        case "title": TemplateValue(title)
        case "statement": TemplateValue(statement)
        case "citation": TemplateValue(citation)
        case "standing": TemplateValue(standing)
        case "sourceNote": TemplateValue(sourceNote)
        case "reading": TemplateValue(reading)
        case "figures": TemplateValue(figures)
        case "appliesFrom": TemplateValue(appliesFrom)
        default: .missing
        }
    }
}

struct MethodologyFiguresView {
    var caption: String
    var columns: [String]
    /// The first column is each row's header.
    var rows: [TableRowView]
}

extension MethodologyFiguresView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "caption": TemplateValue(caption)
        case "columns": TemplateValue(columns)
        case "rows": TemplateValue(rows)
        default: .missing
        }
    }
}
