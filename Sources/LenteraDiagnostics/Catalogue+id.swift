extension Catalogue {
    /// Bahasa Indonesia: the default language of every message.
    static let indonesian: [String: String] = [
        "content.colon-in-item": "butir `{list}` ini berisi `: `, sehingga `{text}` terbaca sebagai nama isian beserta nilainya, bukan sebagai teks",
        "content.colon-in-item.hint": "tulis butir itu di antara tanda petik: `- {quoted}`; untuk mengelompokkan butir di bawah satu judul, tulis `- kelompok: judul` dengan `butir:` di bawahnya (lihat docs/content.md)",
        "service.invalid-enactment": "`ditetapkan` berisi `{value}`; isinya harus keputusan yang menetapkan standar (`nomor`, `tanggal`, …) atau `belum`",
        "service.invalid-enactment.hint": "tulis `nomor:` dan `tanggal:` keputusan di bawah `ditetapkan:`, atau `ditetapkan: belum` bila standar ini memang belum ditetapkan",
        "severity.error": "galat",
        "severity.warning": "peringatan",
        "diagnostic.hint-label": "saran",
        "summary.counts": "{errors} galat, {warnings} peringatan",
        "yaml.colon-in-value": "nilai `{field}` berisi `: `, yang dibaca YAML sebagai awal isian baru",
        "yaml.colon-in-value.hint": "tulis nilainya di antara tanda petik: `{fixed}`",
        "yaml.folded-list-item": "butir `- {item}` menjorok lebih dalam daripada baris di atasnya, sehingga YAML menggabungkannya ke teks di atas: `{joined}`",
        "yaml.folded-list-item.hint": "sejajarkan tanda `-` dengan tanda `-` butir pada baris {line}",
        "yaml.indentation": "baris ini menjorok {spaces} spasi, tidak sejajar dengan baris-baris setingkatnya",
        "yaml.indentation.hint": "isian dalam satu kelompok dimulai pada kolom yang sama, begitu pula butir (`- `) dalam satu daftar; sejajarkan baris ini dengan baris setingkat di atasnya, dengan spasi saja",
        "yaml.syntax": "berkas tidak dapat dibaca sebagai YAML: {problem}",
        "yaml.syntax.hint": "periksa indentasi pada baris ini, dan tulis teks yang berisi `: ` atau diawali tanda khusus (`*`, `&`, `!`, `[`, `{`, `@`) di antara tanda petik",
        "yaml.tab": "baris ini menjorok dengan tab; YAML hanya menerima spasi untuk menjorokkan baris",
        "yaml.tab.hint": "ganti tab dengan spasi (biasanya 2 spasi per tingkat), seperti baris-baris di atasnya",
        "yaml.unclosed-quote": "tanda petik {quote} yang dibuka di sini tidak ditutup pada baris yang sama",
        "yaml.unclosed-quote.hint": "tutup dengan {quote} di akhir teks, atau hapus tanda petik pembukanya",
    ]
}
