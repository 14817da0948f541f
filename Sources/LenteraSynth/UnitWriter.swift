/// Writes one unit's folder (and its Hugo counterpart): `unit.md`, `maklumat.md`, its
/// services, survey results, performance reports and SOPs. Every folder is made once.
struct UnitWriter {
    struct Tally {
        var services = 0
        var sops = 0
        var surveys = 0
        var performance = 0
    }

    let plan: PortalPlan
    var lentera: Output
    var hugo: Output?
    private(set) var tally = Tally()

    init(plan: PortalPlan, lentera: Output, hugo: Output?) {
        self.plan = plan
        self.lentera = lentera
        self.hugo = hugo
    }

    mutating func write(_ unit: PortalPlan.Unit, surveysZonaIntegritas: Bool) throws {
        var random = SplitMix64.stream(plan.seed, UInt64(unit.index), 4)
        let context = UnitContext(unit: unit, instansi: plan.instansi[unit.instansi], zonaIntegritas: surveysZonaIntegritas, random: &random)
        let folder = "units/\(unit.slug)"
        let twin = "content/unit/\(unit.slug)"
        try lentera.folder(folder)
        try hugo?.folder(twin)

        let unitText = UnitText.unit(context, parentSlug: unit.parent.map { plan.units[$0].slug }, random: &random)
        try lentera.file("\(folder)/unit.md", unitText)
        try hugo?.file("\(twin)/_index.md", unitText)
        let maklumat = UnitText.maklumat(context, random: &random)
        try lentera.file("\(folder)/maklumat.md", maklumat)
        try hugo?.file("\(twin)/maklumat.md", HugoSite.page(maklumat, type: "maklumat"))

        if unit.serviceCount > 0 {
            try lentera.folder("\(folder)/layanan")
            try hugo?.folder("\(twin)/layanan")
            for (number, name) in ServiceText.names(for: unit, random: &random).enumerated() {
                let slug = Slug.make(name)
                let text = ServiceText.markdown(name: name, order: number + 1, context: context, random: &random)
                try lentera.file("\(folder)/layanan/\(slug).md", text)
                try hugo?.file("\(twin)/layanan/\(slug).md", HugoSite.page(text, type: "layanan"))
                tally.services += 1
            }
        }

        var surveys: [(name: String, text: String)] = []
        // Every result comes with its analysis and follow-up plan (SE MenPANRB 04/2023, E.2.g;
        // a result without one is a warning): one per SKM quarter, one for the ZI months.
        var analyses: [(name: String, text: String)] = []
        if unit.serviceCount > 0 {
            let quarters = SurveyText.quarters.suffix(random.int(2...4))
            for quarter in quarters { surveys.append(("skm-\(quarter)", SurveyText.skm(period: quarter, random: &random))) }
            let text = SurveyText.analysis(random: &random)
            analyses += quarters.map { ("skm-\($0)", text) }
        }
        if context.zonaIntegritas {
            for month in SurveyText.months { surveys.append(("zi-\(month)", SurveyText.zi(period: month, random: &random))) }
            analyses.append(("zi-analisis", SurveyText.ziAnalysis(months: SurveyText.months)))
        }
        if !surveys.isEmpty {
            try lentera.folder("\(folder)/survei")
            try hugo?.folder("data/survei/\(unit.slug)")
            for survey in surveys {
                try lentera.file("\(folder)/survei/\(survey.name).yaml", survey.text)
                try hugo?.file("data/survei/\(unit.slug)/\(survey.name).yaml", survey.text)
            }
            // The analysis is Lentera's alone: the Hugo twin shows the figures only.
            for analysis in analyses { try lentera.file("\(folder)/survei/\(analysis.name).md", analysis.text) }
            // Lentera publishes a calculation sheet per SKM period (`unit/<u>/survei/ikm-<period>/`):
            // the twin makes the same page from the same data.
            let sheets = surveys.filter { $0.name.hasPrefix("skm-") }
            if !sheets.isEmpty {
                try hugo?.folder("\(twin)/survei")
                for sheet in sheets {
                    let period = String(sheet.name.dropFirst(4))
                    try hugo?.file("\(twin)/survei/ikm-\(period.lowercased()).md",
                                   "---\ntype: perhitungan\nunit: \(unit.slug)\nhasil: \(sheet.name)\nperiode: \"\(period)\"\ntitle: Lembar perhitungan IKM \(period)\n---\n")
                }
            }
            tally.surveys += surveys.count
        }

        let periods = unit.depth == 1 ? PerformanceText.periods : (random.chance(0.3) ? [PerformanceText.periods[1]] : [])
        if !periods.isEmpty {
            try lentera.folder("\(folder)/kinerja")
            try hugo?.folder("data/kinerja/\(unit.slug)")
            for period in periods {
                let text = PerformanceText.yaml(period: period, random: &random)
                try lentera.file("\(folder)/kinerja/\(period).yaml", text)
                try hugo?.file("data/kinerja/\(unit.slug)/\(period).yaml", text)
            }
            tally.performance += periods.count
        }

        let sopCount = unit.depth == 1 ? random.int(2...5) : (random.chance(0.4) ? random.int(1...2) : 0)
        if sopCount > 0 {
            try lentera.folder("\(folder)/sop")
            try hugo?.folder("\(twin)/sop")
            let sops = SOPText.choose(count: sopCount, random: &random)
            for (position, sop) in sops.enumerated() {
                let others = sops.enumerated().filter { $0.offset != position }.map(\.element)
                let yaml = SOPText.yaml(title: sop.title, others: others, context: context, random: &random)
                try lentera.file("\(folder)/sop/\(sop.slug).yaml", yaml)
                try hugo?.file("\(twin)/sop/\(sop.slug).md", HugoSite.page(yaml: yaml, type: "sop"))
            }
            tally.sops += sopCount
        }
    }
}
