import LenteraContent
import LenteraDiagnostics
import LenteraDomain

/// The parts of a form. A service standard's 14 components stand in the two groups of
/// PermenPANRB 15/2014 (`ServiceComponent.part`): the components of service delivery
/// (penyampaian pelayanan), then those of service management inside the organisation
/// (pengelolaan pelayanan), each with its explanation; the standard's other fields (name,
/// address, decree, description…) come before them. Other kinds are one part, untitled.
struct FormSection {
    let id: String
    let title: Message?
    let about: Message?
    let keys: [String]

    static func of(_ kind: ContentKind) -> [FormSection] {
        let keys = kind.fields.keys
        let parts = keys.map { ServiceComponent(rawValue: $0)?.part }
        guard parts.contains(where: { $0 != nil }) else { return [FormSection(id: "isian", title: nil, about: nil, keys: keys)] }
        let others = zip(keys, parts).filter { $0.1 == nil }.map(\.0)
        let delivery = zip(keys, parts).filter { $0.1 == .delivery }.map(\.0)
        let management = zip(keys, parts).filter { $0.1 == .management }.map(\.0)
        return [
            FormSection(id: "data", title: Message("editor.form.section.service"), about: nil, keys: others),
            FormSection(id: "penyampaian", title: Message("editor.form.section.delivery"),
                        about: Message("editor.form.section.delivery.about"), keys: delivery),
            FormSection(id: "pengelolaan", title: Message("editor.form.section.management"),
                        about: Message("editor.form.section.management.about"), keys: management),
        ]
    }
}
