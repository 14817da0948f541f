/// Who assesses whom: Kepmendagri 100-1077/2017, Lampiran II.B (l. 177–195 of the seed). The
/// minister assesses, delegating to the Dirjen Dukcapil for the head and the secretary of
/// the Dinas, and to the regional head (Kepala Daerah) for the heads of division and
/// section. A report names both as positions, never as people (`penilai`, `dinilai`).
public enum AssessingOfficials {
    /// One assessed position and its assessor.
    public struct Pair: Sendable, Equatable {
        public var assessed: String
        public var assessor: String

        public init(assessed: String, assessor: String) {
            self.assessed = assessed
            self.assessor = assessor
        }
    }

    public static let table = DatedTable<[Pair]>([
        .init(from: CalendarDate(year: 2017, month: 4, day: 10)!,
              source: RuleSource("Kepmendagri 100-1077/2017, Lampiran II.B"),
              value: [
                  Pair(assessed: "Kepala Dinas Kependudukan dan Pencatatan Sipil provinsi dan kabupaten/kota (Pejabat Pimpinan Tinggi Pratama)",
                       assessor: "Direktur Jenderal Kependudukan dan Pencatatan Sipil, atas delegasi Menteri Dalam Negeri"),
                  Pair(assessed: "Sekretaris Dinas (Pejabat Administrator)",
                       assessor: "Direktur Jenderal Kependudukan dan Pencatatan Sipil, atas delegasi Menteri Dalam Negeri"),
                  Pair(assessed: "Kepala Bidang atau sebutan lainnya (Pejabat Administrator)",
                       assessor: "Kepala Daerah, atas delegasi Menteri Dalam Negeri"),
                  Pair(assessed: "Kepala Seksi atau sebutan lainnya (Pejabat Pengawas)",
                       assessor: "Kepala Daerah, atas delegasi Menteri Dalam Negeri"),
                  Pair(assessed: "Kepala Sub Bagian atau sebutan lainnya (Pejabat Pengawas)",
                       assessor: "Kepala Daerah, atas delegasi Menteri Dalam Negeri"),
              ]),
    ])
}
