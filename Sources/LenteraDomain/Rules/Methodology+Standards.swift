extension Methodology {
    /// The rules of this area as the Metodologi page lists them, built from the tables the
    /// computations read: the obligations of the completeness report (`Obligations.all`),
    /// with the 14 components listed, and the analysis rule for each kind of survey.
    public static var standards: [RuleDescription] {
        let section = "Kelengkapan unit"
        var rules = Obligations.all.map { obligation in
            RuleDescription(id: "kewajiban-\(obligation.id)", section: section, title: obligation.title, statement: obligation.statement,
                            source: obligation.source, reading: obligation.reading)
        }
        if let index = rules.firstIndex(where: { $0.id == "kewajiban-\(Obligations.components.id)" }) {
            rules[index].figures = RuleDescription.Figures(
                header: ["Kunci", "Komponen", "Bagian"],
                rows: ServiceComponent.allCases.map { [$0.key, $0.title, $0.part == .delivery ? "Penyampaian pelayanan" : "Pengelolaan pelayanan"] })
        }
        if let index = rules.firstIndex(where: { $0.id == "kewajiban-\(Obligations.skmSurvey.id)" }) {
            let version = SurveyFrequency.table.current
            rules[index].figures = RuleDescription.Figures(header: ["Berlaku sejak", "Umur SKM terakhir paling lama"],
                                                           rows: [[version.from.iso, "\(version.value) bulan"]])
            rules[index].appliesFrom = version.from
        }
        rules.append(RuleDescription(
            id: "analisis-survei-skm", section: section, title: "Analisis dan rencana tindak lanjut SKM",
            statement: "Setiap hasil SKM disertai analisis dan rencana tindak lanjut; hasil tanpa analisis diperingatkan kepada pengelola portal saat isi portal diperiksa.",
            source: SurveyAnalysisRule.skm))
        return rules
    }
}
