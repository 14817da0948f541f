extension Catalogue {
    /// Bahasa Indonesia: the default language of every message.
    static let indonesian: [String: String] = [
        "cli.theme.export.done": "Tema bawaan sudah ditulis ke `{folder}`: {count} berkas.",
        "cli.theme.export.exists": "Tidak ada yang ditulis: {count} berkas tema sudah ada di `{folder}`, misalnya `{example}`. Lentera tidak pernah menimpa berkas.",
        "cli.theme.export.exists.hint": "pilih folder baru atau folder kosong, misalnya `lentera theme export tema-baru`",
        "cli.theme.export.failed": "Tema bawaan tidak dapat ditulis: `{path}`: {reason}",
        "cli.theme.export.next": "Langkah berikutnya: ubah berkas yang ingin Anda ganti dan hapus yang lain; berkas yang tidak ada tetap diambil dari tema bawaan. Folder `templates` di samping folder `content` dibaca dengan sendirinya; folder lain dipakai dengan `lentera build --templates {folder}`.",
        "severity.error": "galat",
        "severity.warning": "peringatan",
        "diagnostic.hint-label": "saran",
        "summary.counts": "{errors} galat, {warnings} peringatan",
    ]
}
