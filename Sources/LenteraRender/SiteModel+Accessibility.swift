import LenteraDomain
import LenteraTemplate

/// The accessibility statement: what the theme conforms to, how it is checked, its known
/// limits, and whom to tell about a barrier (the portal's contact).
struct AccessibilityView {
    var siteTitle: String
    var contact: [FactView]
    var hasContact: Bool
    /// The page's own complaint channels when the portal gives no contact.
    var complaintChannels: [ChannelView]
}

extension AccessibilityView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "siteTitle": TemplateValue(siteTitle)
        case "contact": TemplateValue(contact)
        case "hasContact": TemplateValue(hasContact)
        case "complaintChannels": TemplateValue(complaintChannels)
        default: .missing
        }
    }
}

extension SiteModel {
    func accessibilityView(route: String) -> AccessibilityView {
        AccessibilityView(siteTitle: content.portal.title, contact: footerContact, hasContact: !footerContact.isEmpty,
                          complaintChannels: complaintChannels)
    }
}
