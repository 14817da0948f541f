import LenteraTemplate

/// A link to a file beside the content, with what a citizen needs before downloading it.
struct FileLinkView {
    /// The file's name (`sk-standar.pdf`).
    var name: String
    var href: String
    /// Its type and size: `PDF, 240 KB`.
    var label: String
}

extension FileLinkView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "href": TemplateValue(href)
        case "label": TemplateValue(label)
        default: .missing
        }
    }
}

/// An image beside the content, shown with its size (no layout shift while it loads).
struct ImageView {
    var src: String
    var alt: String
    var width: Int?
    var height: Int?
}

extension ImageView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "src": TemplateValue(src)
        case "alt": TemplateValue(alt)
        case "width": TemplateValue(width)
        case "height": TemplateValue(height)
        default: .missing
        }
    }
}

/// The agency's logo in the header.
struct LogoView {
    var href: String
    var width: Int?
    var height: Int?
}

extension LogoView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "href": TemplateValue(href)
        case "width": TemplateValue(width)
        case "height": TemplateValue(height)
        default: .missing
        }
    }
}

/// The site's icon: `<link rel="icon" href type>`.
struct FaviconView {
    var href: String
    var type: String
}

extension FaviconView: TemplateContext, TemplateValueConvertible {
    func value(for key: String) -> TemplateValue {
        switch key {
        case "href": TemplateValue(href)
        case "type": TemplateValue(type)
        default: .missing
        }
    }
}
