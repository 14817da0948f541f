import LenteraTemplate

/// One service in the dashboard's table of completeness per service. The missing
/// components are named as the regulation names them (Indonesian in any portal, so the
/// template marks their cell `lang="id"`).
struct ServiceCompletenessRowView {
    var header: String
    var href: String
    var unit: String
    var components: String
    var missing: String
    var enacted: String
}

extension ServiceCompletenessRowView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "header": TemplateValue(header)
        case "href": TemplateValue(href)
        case "unit": TemplateValue(unit)
        case "components": TemplateValue(components)
        case "missing": TemplateValue(missing)
        case "enacted": TemplateValue(enacted)
        default: .missing
        }
    }
}
