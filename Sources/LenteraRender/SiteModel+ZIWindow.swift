import LenteraDomain

/// How pages word the day a unit's IPKP/IPAK window is judged for (`ZIJudgedDay`) and the
/// window's status.
extension SiteModel {
    /// The day a unit's window is judged for on its pages.
    func ziJudgedDay(_ unit: String) -> ZIJudgedDay {
        surveyFigures[unit]?.judged
            ?? ZIJudgedDay.of(unit: unit, instansi: tree.instansiOf[unit], records: content.zonaIntegritas, referenceDate: referenceDate)
    }

    /// Whether a unit's IPKP/IPAK 3-month average meets a predicate's minimums, judged for
    /// `day`: met, not met, or unknown with the reason (`ziWindowReason`). For other pages,
    /// such as a completeness report; `day` is usually `ziJudgedDay(unit).day`.
    func ziWindowStatus(unit: String, predicate: ZIPredicate, on day: CalendarDate) -> ZIWindowStatus {
        guard let figures = surveyFigures[unit] else { return ZIWindowStatus(predicate, average: nil, judgedFor: day) }
        // The unit's own day was computed once with its figures.
        if figures.judged.day == day { return ZIWindowStatus(predicate, average: figures.average, judgedFor: day) }
        return ZIWindowStatus(predicate, scores: figures.zi.map { (period: $0.period, score: $0.score) }, judgedFor: day)
    }

    /// The reason a status is unknown, as a page says it; nil when it is met or not met.
    /// Indonesian unless `texts` says otherwise (the open data keeps Indonesian).
    func ziWindowReason(_ status: ZIWindowStatus, _ texts: ThemeText = .indonesian) -> String? {
        guard let reason = status.reason else { return nil }
        return ziWindowReason(reason, judgedFor: status.judgedFor, window: status.average?.window, texts)
    }

    func ziWindowReason(_ reason: ZIWindowStatus.Reason, judgedFor day: CalendarDate,
                        window: (first: SurveyPeriod, last: SurveyPeriod)?, _ texts: ThemeText = .indonesian) -> String {
        let lang = texts.language
        switch reason {
        case .noSurvey:
            return texts.format("unitZIReasonNoSurvey", ["date": Formatting.date(day, lang)])
        case .window(.stale(let last, let limit)):
            let end = last.endDate
            return texts.format("unitZIReasonStale", ["month": Formatting.months(lang)[end.month - 1], "year": "\(end.year)",
                                                      "limit": "\(limit)", "date": Formatting.date(day, lang)])
        case .window(.incomplete(let covered, let months)):
            let span = window.map { " (\(Formatting.period($0.first, lang))–\(Formatting.period($0.last, lang)))" } ?? ""
            return texts.format("unitZIReasonIncomplete", ["covered": "\(covered)", "months": "\(months)", "span": span])
        }
    }

    /// What the window and its staleness limit are, with their standing.
    func ziWindowRuleText(judgedFor day: CalendarDate) -> String {
        let version = ZIWindowReading.table.inForce(on: day)
        let reading = version.value
        return "Rata-rata \(reading.months) bulan terakhir sebelum diusulkan ke TPN, menurut \(version.source.caption): Lentera mengambil periode survei yang berakhir sebelum \(Formatting.date(day)), "
            + "jendela \(reading.months) bulan kalender yang berakhir pada bulan terakhir periode terbaru, dan menganggapnya usang bila berakhir lebih dari \(reading.staleAfterMonths) bulan sebelum tanggal itu."
    }

    /// The caption of a minimums table: its real source and standing.
    func ziMinimumsCaption(on day: CalendarDate) -> String {
        "Batas minimal, skala 4 — \(ZIMinimums.table.inForce(on: day).source.caption)"
    }

    /// A verdict under one conversion rule.
    static func ziVerdict(_ met: Bool?) -> String {
        switch met {
        case true?: "Terpenuhi"
        case false?: "Belum terpenuhi"
        case nil: "Belum diketahui"
        }
    }

    /// Whether the verdict for a predicate depends on the conversion rule, in words: both
    /// indices and both verdicts where it does, the rule used where it does not.
    func ziConversionText(_ average: ZIThreeMonthAverage, _ predicate: ZIPredicate) -> String {
        guard average.problem == nil else { return "" }
        if average.dependsOnConversion(predicate) {
            let sides = ZIConversion.allCases.map { rule in
                let indices = average.indices(under: rule)
                return "menurut aturan \(rule.rawValue) IPKP \(index4(indices.ipkp)) dan IPAK \(index4(indices.ipak)) — \(Self.ziVerdict(average.meets(predicate, under: rule)).lowercased())"
            }
            return "\(predicate.title): hasilnya bergantung pada aturan konversi skala 6 ke skala 4, yang tidak disebutkan sumber mana pun: " + sides.joined(separator: "; ") + "."
        }
        let others = ZIConversion.allCases.filter { $0 != average.conversion }.map(\.rawValue).joined(separator: ", ")
        return "\(predicate.title): dinilai dengan aturan konversi \(average.conversion.rawValue); dengan aturan \(others) hasilnya sama."
    }
}

extension SiteModel {
    /// The minimums in force on a day, in one sentence with their source.
    func ziMinimumsText(on day: CalendarDate) -> String {
        let version = ZIMinimums.table.inForce(on: day)
        let figures = version.value.thresholds.map { "\($0.predicate.title): IPKP \(index4($0.ipkp)) dan IPAK \(index4($0.ipak))" }
        return "Batas minimal — " + figures.joined(separator: "; ")
            + ". Sumber: \(version.source.caption); SE MenPANRB 04/2023 tidak menyebutkan batas minimal."
    }

    /// For a table cell: which rule the verdicts use, and whether one depends on it.
    func ziConversionSummary(_ average: ZIThreeMonthAverage?) -> String {
        guard let average else { return "" }
        let depending = ZIPredicate.allCases.filter { average.dependsOnConversion($0) }
        guard !depending.isEmpty else { return texts.format("ziConversionSame", ["rule": average.conversion.rawValue]) }
        return depending.map { predicate in
            "\(predicate.title): " + ZIConversion.allCases.map { "\($0.rawValue) \(verdict(average.meets(predicate, under: $0)).lowercased())" }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
    }
}
