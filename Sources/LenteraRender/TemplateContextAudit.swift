#if DEBUG
import LenteraTemplate

/// Debug builds only: checks that a view model answers the template engine with every one
/// of its stored properties, and with that property's own value.
///
/// The conformances to `TemplateContext` are written by hand (a `switch` over the property
/// names); a field added without its `case` would silently print nothing. The audit walks
/// the view by reflection, through nested views, arrays and optionals, and compares each
/// stored property with what `value(for:)` answers for its name. `SiteModel.render` runs
/// it on every page in debug builds, so the whole-site tests find a forgotten case; release
/// builds do not contain it.
enum TemplateContextAudit {
    /// The problems found, one line each, naming the path to the field
    /// (`UnitView.survey.latest.value: …`); empty when the view answers everything.
    static func verify(_ context: any TemplateContext) -> [String] {
        var problems: [String] = []
        audit(context, answeredBy: context, path: String(describing: type(of: context)), problems: &problems)
        return problems
    }

    /// Stops a debug build at the first page whose views do not answer for every field.
    static func assertComplete(_ contexts: any TemplateContext...) {
        let problems = contexts.flatMap(verify)
        if !problems.isEmpty {
            assertionFailure("a view model does not answer the template engine for every field:\n" + problems.joined(separator: "\n"))
        }
    }

    /// Each stored property of `stored` against what `context` answers for its name.
    private static func audit(_ stored: Any, answeredBy context: any TemplateContext, path: String, problems: inout [String]) {
        for child in Mirror(reflecting: stored).children {
            guard let label = child.label else { continue }
            compare(child.value, context.value(for: label), path: path + "." + label, problems: &problems)
        }
    }

    /// Whether `answer` stands for the stored `value`: the same text, number or truth value,
    /// `.null` for nil, a list of the same length whose elements match, or a context of the
    /// same type whose answers match the stored view's fields in turn.
    private static func compare(_ value: Any, _ answer: TemplateValue, path: String, problems: inout [String]) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else {
                if case .null = answer { return }
                problems.append("\(path): the field is nil but answers \(describe(answer))")
                return
            }
            compare(wrapped, answer, path: path, problems: &problems)
            return
        }
        switch answer {
        case .missing:
            problems.append("\(path): no case answers this field (value(for:) returns .missing)")
        case .null:
            problems.append("\(path): the field has a value but answers .null")
        case .text(let text):
            if (value as? String) != text { problems.append("\(path): answers text that is not the field's value") }
        case .int(let number):
            if (value as? Int) != number { problems.append("\(path): answers a number that is not the field's value") }
        case .bool(let flag):
            if (value as? Bool) != flag { problems.append("\(path): answers a truth value that is not the field's value") }
        case .list(let list):
            // A list made on demand is compared with its elements, made here.
            let elements: [Any]
            if let onDemand = value as? any MadeOnDemand {
                elements = onDemand.elements
            } else {
                guard mirror.displayStyle == .collection else {
                    problems.append("\(path): answers a list, but the field is not an array")
                    return
                }
                elements = mirror.children.map(\.value)
            }
            guard elements.count == list.count else {
                problems.append("\(path): answers a list of \(list.count), but the field holds \(elements.count)")
                return
            }
            for (index, element) in elements.enumerated() {
                compare(element, list.element(at: index), path: "\(path)[\(index)]", problems: &problems)
            }
        case .context(let nested):
            guard let stored = value as? any TemplateContext, type(of: stored) == type(of: nested) else {
                problems.append("\(path): answers a \(type(of: nested)), but the field is a \(type(of: value))")
                return
            }
            audit(stored, answeredBy: nested, path: path, problems: &problems)
        }
    }

    private static func describe(_ answer: TemplateValue) -> String {
        switch answer {
        case .missing: ".missing"
        case .null: ".null"
        case .bool: "a truth value"
        case .int: "a number"
        case .text: "text"
        case .context: "a context"
        case .list: "a list"
        }
    }
}
#endif
