import LenteraDiagnostics
import LenteraDomain

/// Reads the front matter of a survey analysis (`units/<unit>/survei/<name>.md`): which
/// results it covers. Without front matter, or without `jenis` and `mencakup`, it covers the
/// result of the same file name.
enum SurveyAnalysisDecoder {
    struct Coverage {
        var kind: SurveyKind
        var service: String?
        var periods: [SurveyPeriod]
    }

    /// `own`: the result of the same file name, if any. Nil when the analysis covers nothing
    /// it can name (reported).
    static func decode(_ document: Document, own: SurveyResult?) -> Coverage? {
        let context = document.context
        let what = Message("thing.survey-analysis")
        Placeholder.check(document, Placeholder.analysis, section: "## Analisis", instead: .analysis)
        Placeholder.check(document, Placeholder.followUpStep, section: "## Rencana tindak lanjut", instead: .followUpStep)
        guard let fields = Fields(document.root, context: context, what: what, set: ContentKinds.analisisSurvei.fields, markdown: true) else { return nil }
        var kind = own?.kind
        if let text = fields.string("jenis", required: own == nil, what: what) {
            guard let read = SurveyKind(rawValue: text.lowercased()) else {
                context.error("survey.unknown-kind", fields.value("jenis"), Message("survey.unknown-kind", ["value": .text(text)]),
                              advice: Message("survey.unknown-kind.hint"))
                return nil
            }
            kind = read
        }
        var periods = own.map { [$0.period] } ?? []
        if let nodes = fields.list("mencakup") {
            var read: [SurveyPeriod] = []
            for node in nodes {
                guard let text = node.scalar?.string, let period = SurveyPeriod(text) else {
                    context.error("survey.invalid-period", node, Message("survey.analysis-invalid-period", ["value": .text(node.scalar?.string ?? "")]),
                                  advice: Message("survey.invalid-period.hint"))
                    return nil
                }
                read.append(period)
            }
            periods = read
        } else if own == nil {
            fields.missing("mencakup", what: what)
        }
        let service = fields.has("layanan") ? fields.string("layanan") : own?.service
        guard let kind, !periods.isEmpty else { return nil }
        return Coverage(kind: kind, service: service, periods: periods)
    }
}
