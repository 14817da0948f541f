import LenteraDomain
import LenteraTemplate

/// The accessibility statement: what the theme conforms to, how it is checked, when the
/// managers last reviewed it, its known limits, whom to tell about a barrier (the portal's
/// contact), how soon they answer, and where to turn when they do not.
struct AccessibilityView {
    var lead: String
    /// The day of the last review (`aksesibilitas.ditinjau`), or a sentence that the
    /// managers have not stated one: never the day of the build.
    var reviewed: String
    var contact: [FactView]
    var hasContact: Bool
    /// The page's own complaint channels when the portal gives no contact.
    var complaintChannels: [ChannelView]
    /// The reply the managers commit to, in working days.
    var reply: String
    /// True when the reply time is Lentera's default, not the portal's setting.
    var replyIsDefault: Bool
    /// What on the page is Lentera's reading (the default reply time, the escalation route).
    var reading: String
}

extension AccessibilityView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "lead": TemplateValue(lead)
        case "reviewed": TemplateValue(reviewed)
        case "contact": TemplateValue(contact)
        case "hasContact": TemplateValue(hasContact)
        case "complaintChannels": TemplateValue(complaintChannels)
        case "reply": TemplateValue(reply)
        case "replyIsDefault": TemplateValue(replyIsDefault)
        case "reading": TemplateValue(reading)
        default: .missing
        }
    }
}

extension SiteModel {
    func accessibilityView(route: String) -> AccessibilityView {
        let portal = content.portal
        let settings = portal.accessibility
        let days = settings.replyDays ?? AccessibilitySettings.defaultReplyDays
        return AccessibilityView(
            lead: texts.format("accessibilityLead", ["site": portal.title]),
            // A review "on" a day after the reference date did not happen yet: the page
            // states none (`lentera check` warns: `content.future-date`).
            reviewed: settings.reviewed.flatMap { $0 > referenceDate ? nil : texts.format("accessibilityReviewed", ["date": Formatting.date($0, texts.language)]) }
                ?? texts["accessibilityNotReviewed"],
            contact: footerContact, hasContact: !footerContact.isEmpty,
            complaintChannels: complaintChannels,
            reply: texts.format("accessibilityReply", ["days": Formatting.integer(days, texts.language)]),
            replyIsDefault: settings.replyDays == nil,
            reading: texts.format("accessibilityReading", ["days": Formatting.integer(AccessibilitySettings.defaultReplyDays, texts.language)]))
    }
}
