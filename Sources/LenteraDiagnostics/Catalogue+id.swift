extension Catalogue {
    /// Bahasa Indonesia: the default language of every message.
    static let indonesian: [String: String] = [
        "content.colon-in-item": "butir `{list}` ini berisi `: `, sehingga `{text}` terbaca sebagai nama isian beserta nilainya, bukan sebagai teks",
        "content.colon-in-item.hint": "tulis butir itu di antara tanda petik: `- {quoted}`; untuk mengelompokkan butir di bawah satu judul, tulis `- kelompok: judul` dengan `butir:` di bawahnya (lihat docs/content.md)",
        "severity.error": "galat",
        "severity.warning": "peringatan",
        "diagnostic.hint-label": "saran",
        "summary.counts": "{errors} galat, {warnings} peringatan",
    ]
}
