#if DEBUG
import LenteraTemplate
@testable import LenteraRender
import Testing

/// The debug-build guard behind the hand-written `TemplateContext` conformances: a stored
/// field that its view does not answer for is reported, however deep it is nested.
@Suite struct TemplateContextAuditTests {
    /// A view that forgot the case of its newest field.
    struct Forgetful: TemplateContext, TemplateValueConvertible {
        var title: String
        var count: Int
        var note: String?

        func value(for key: String) -> TemplateValue {
            switch key {
            case "title": TemplateValue(title)
            case "count": TemplateValue(count)
            default: .missing
            }
        }
    }

    /// A view whose case answers another field's value.
    struct Crossed: TemplateContext, TemplateValueConvertible {
        var name: String
        var href: String

        func value(for key: String) -> TemplateValue {
            switch key {
            case "name": TemplateValue(name)
            case "href": TemplateValue(name)
            default: .missing
            }
        }
    }

    /// A complete view holding the others in a list and an optional.
    struct Outer: TemplateContext, TemplateValueConvertible {
        var items: [Forgetful]
        var crossed: Crossed?
        var flag: Bool

        func value(for key: String) -> TemplateValue {
            switch key {
            case "items": TemplateValue(items)
            case "crossed": TemplateValue(crossed)
            case "flag": TemplateValue(flag)
            default: .missing
            }
        }
    }

    @Test func aForgottenFieldIsReportedByItsName() {
        let problems = TemplateContextAudit.verify(Forgetful(title: "a", count: 1, note: nil))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("Forgetful.note:") == true)
    }

    @Test func nestedViewsAreAuditedThroughListsAndOptionals() {
        let outer = Outer(items: [Forgetful(title: "a", count: 1, note: "x"), Forgetful(title: "b", count: 2, note: nil)],
                          crossed: Crossed(name: "n", href: "h"), flag: true)
        let paths = TemplateContextAudit.verify(outer).map { $0.prefix { $0 != ":" } }
        #expect(paths == ["Outer.items[0].note", "Outer.items[1].note", "Outer.crossed.href"])
        // An absent optional view is not looked into.
        #expect(TemplateContextAudit.verify(Outer(items: [], crossed: nil, flag: false)).isEmpty)
    }

    @Test func theSiteViewsAnswerForEveryField() {
        let component = ComponentView(key: "k-biaya", number: 7, title: "Biaya", missing: false, inSummary: false, ordered: false,
                                      bullets: false, items: [ItemView(html: "<b>a</b>", isGroup: true, items: [ItemView(html: "b", isGroup: false, items: [])])],
                                      text: nil, time: TimeView(text: "1 hari", normalised: nil),
                                      cost: CostView(free: false, fees: [FeeView(description: "Cetak", amount: "Rp5.000")], legalBasis: "Perda"),
                                      channels: ComplaintChannelsView(unitContacts: [FactView(label: "Telepon", value: "0511", href: "tel:0511")],
                                                                      portalChannels: [ChannelView(name: "LAPOR!", href: "https://lapor.go.id", note: nil)]))
        let service = ServiceView(name: "Layanan", unitName: "Unit", unitHref: "../", summary: nil, descriptionHtml: "<p>x</p>",
                                  answers: ServiceAnswersView(requirements: [ItemView(html: "KTP", isGroup: false, items: [])], hasRequirements: true,
                                                             time: "1 hari", cost: nil, hasFees: false, product: "Surat",
                                                             phone: FactView(label: "Telepon", value: "0511", href: "tel:0511"),
                                                             nationalChannel: ChannelView(name: "LAPOR!", href: "https://lapor.go.id", note: nil)),
                                  completeness: "Memuat",
                                  complete: false, missingTitles: "Biaya", delivery: [component], management: [],
                                  decree: DecreeView(number: "1", date: nil, about: "Standar", href: "https://example.org"))
        #expect(TemplateContextAudit.verify(service).isEmpty)
    }
}
#endif
