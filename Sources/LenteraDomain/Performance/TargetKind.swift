/// How an indicator's target is read. The tables of Kepmendagri 100-1077/2017 (Lampiran
/// II.C.1) write four kinds of target; the decree gives no formula for any of them (it only
/// scores a "penyelesaian target" in percent, II.D.2), so each completion rule below is
/// Lentera's reading, stated in docs/rules.md, on the unit page and on the Metodologi page.
public enum TargetKind: String, Sendable, CaseIterable {
    /// More is better: "100%", "94–98%", "Seluruh SKPD". Completion = realisation ÷ target × 100.
    case atLeast = "paling_sedikit"
    /// Lower is better, the target may be zero: "Tidak ada pelanggaran terhadap Permendagri
    /// No. 76 Tahun 2015" (l. 211), "Tidak ada Pungutan/tidak terjadi OTT". Met (100%) when
    /// the realisation is at most the target; otherwise target ÷ realisation × 100, which is
    /// 0% for a target of zero.
    case atMost = "paling_banyak"
    /// A document delivered or not: "Laporan hasil pelayanan Dukcapil per keluaran/output"
    /// (l. 221). Delivered is 100%, not delivered 0%.
    case delivered = "laporan"
    /// A count: "Jenis dan jumlah inovasi" (l. 222). Completion = count ÷ target × 100, in
    /// whole numbers; what was counted may be listed.
    case count = "jumlah"

    /// The kind of an indicator that does not say: more is better.
    public static let standard = TargetKind.atLeast

    /// The completion in percent for a realisation against a target of this kind.
    public func completion(target: Double, realisation: Double) -> Double {
        switch self {
        case .atLeast, .count:
            return target > 0 ? realisation / target * 100 : 0
        case .atMost:
            // Met at or under the target (0 violations of a target of 0 is met); over it,
            // the share of the realisation the target allowed.
            return realisation <= target ? 100 : target / realisation * 100
        case .delivered:
            return realisation >= 1 ? 100 : 0
        }
    }
}
