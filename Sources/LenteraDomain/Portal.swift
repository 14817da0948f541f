/// Settings of a whole portal: what it is called, which agencies it covers, and the
/// channels every unit page shows.
public struct Portal: Sendable, Equatable {
    public var title: String
    /// Markdown shown on the home page.
    public var description: String?
    /// Absolute address of the published site, ending in `/`.
    public var baseURL: String
    public var language: String
    public var instansi: [Instansi]
    public var contact: Contact
    /// Channels besides the national one (SP4N-LAPOR!, always listed first).
    public var complaintChannels: [ComplaintChannel]
    /// When the portal holds invented example data, the sentence that says so on every page.
    public var exampleDataNotice: String?
    /// The agency's logo (an image in the content folder's `berkas/`), relative to `portal.yaml`.
    public var logo: FileLink?
    /// How survey figures are computed.
    public var survey: SurveySettings
    /// The agency's colour for the theme's header band, `#RRGGBB` as written (`warna`).
    public var colour: String?
    /// The agency's PPID page (Pejabat Pengelola Informasi dan Dokumentasi, UU 14/2008), linked
    /// from every page's footer (`ppid`).
    public var ppid: String?
    /// What the accessibility statement says of its review and of the reply to a complaint
    /// about a barrier (`aksesibilitas`).
    public var accessibility = AccessibilitySettings()

    public init(title: String, description: String? = nil, baseURL: String, language: String = "id",
                instansi: [Instansi], contact: Contact = Contact(), complaintChannels: [ComplaintChannel] = [],
                exampleDataNotice: String? = nil, survey: SurveySettings = SurveySettings(), colour: String? = nil, ppid: String? = nil) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.instansi = instansi
        self.contact = contact
        self.complaintChannels = complaintChannels
        self.exampleDataNotice = exampleDataNotice
        self.survey = survey
        self.colour = colour
        self.ppid = ppid
    }

    /// The national channel first, then the portal's own.
    public var allComplaintChannels: [ComplaintChannel] {
        [ComplaintChannel.lapor] + complaintChannels.filter { $0.name != ComplaintChannel.lapor.name }
    }
}

/// An agency (instansi): a ministry, a province, a city or regency.
public struct Instansi: Sendable, Equatable {
    public var slug: String
    public var name: String
    public var shortName: String?
    public var website: String?
    /// The area the instansi serves (`wilayah`), when the settings name it.
    public var area: String?

    public init(slug: String, name: String, shortName: String? = nil, website: String? = nil, area: String? = nil) {
        self.slug = slug
        self.name = name
        self.shortName = shortName
        self.website = website
        self.area = area
    }

    /// The area its services are for: `wilayah` when given; otherwise the name without a
    /// leading "Pemerintah " when what follows names a region ("Pemerintah Kota
    /// Banjarmasin" serves "Kota Banjarmasin"); otherwise nil (a ministry, an agency whose
    /// name says no region).
    public var areaServed: String? {
        if let area { return area }
        let prefix = "Pemerintah "
        guard name.hasPrefix(prefix) else { return nil }
        let rest = String(name.dropFirst(prefix.count))
        let regions = ["Kota ", "Kabupaten ", "Provinsi ", "Daerah Istimewa ", "Daerah Khusus "]
        return regions.contains(where: { rest.hasPrefix($0) }) ? rest : nil
    }
}

/// How to reach someone; every part is optional.
public struct Contact: Sendable, Equatable {
    public var address: String?
    public var phone: String?
    public var email: String?
    public var website: String?

    public init(address: String? = nil, phone: String? = nil, email: String? = nil, website: String? = nil) {
        self.address = address
        self.phone = phone
        self.email = email
        self.website = website
    }

    public var isEmpty: Bool { address == nil && phone == nil && email == nil && website == nil }
}

/// A channel for complaints, suggestions and feedback.
public struct ComplaintChannel: Sendable, Equatable {
    public var name: String
    public var url: String?
    public var note: String?

    public init(name: String, url: String? = nil, note: String? = nil) {
        self.name = name
        self.url = url
        self.note = note
    }

    /// SP4N-LAPOR!, the national complaint channel (Perpres 76/2013; PermenPANRB 62/2018),
    /// which every portal links.
    public static let lapor = ComplaintChannel(
        name: "SP4N-LAPOR!",
        url: "https://www.lapor.go.id/",
        note: "Kanal pengaduan nasional; juga melalui SMS ke 1708."
    )
}

/// The accessibility statement's commitments (`aksesibilitas` in `portal.yaml`).
public struct AccessibilitySettings: Sendable, Equatable {
    /// The day the managers last reviewed the portal's accessibility (`ditinjau`).
    public var reviewed: CalendarDate?
    /// Working days within which the managers answer a report of a barrier (`tanggapan_hari_kerja`).
    public var replyDays: Int?

    /// Lentera's default reply time, in working days, when the settings give none. Not a
    /// regulation's figure: the statement says that it is Lentera's.
    public static let defaultReplyDays = 10

    public init(reviewed: CalendarDate? = nil, replyDays: Int? = nil) {
        self.reviewed = reviewed
        self.replyDays = replyDays
    }
}
