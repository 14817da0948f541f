extension Catalogue {
    /// Bahasa Indonesia: the default language of every message.
    static let indonesian: [String: String] = [
        "cli.serve.built": "Dibangun {pages} halaman dalam {time}.",
        "cli.serve.cannot-listen": "tidak dapat membuka pratinjau di {host} port {port}: {reason}",
        "cli.serve.cannot-listen.hint": "periksa alamat pada `--bind` (misalnya `127.0.0.1`), atau pilih port lain dengan `--port`",
        "cli.serve.failed": "Konten berisi galat ({counts}); pratinjau tetap menampilkan hasil terakhir yang berhasil. Perbaiki lalu simpan berkasnya.",
        "cli.serve.failed-first": "Konten berisi galat ({counts}); browser menampilkan daftarnya. Perbaiki lalu simpan berkasnya.",
        "cli.serve.invalid-port": "--port harus berupa bilangan 0 sampai 65535, bukan {port}",
        "cli.serve.listening": "Pratinjau portal: {address}",
        "cli.serve.network-warning": "perhatian: pratinjau dibuka di {host}, sehingga orang lain di jaringan yang sama dapat melihatnya",
        "cli.serve.page.last-good": "Pratinjau menampilkan hasil terakhir yang berhasil dibangun. Perbaiki galat di bawah ini lalu simpan berkasnya: halaman dimuat ulang dengan sendirinya.",
        "cli.serve.page.no-build": "Portal belum pernah berhasil dibangun. Perbaiki galat di bawah ini lalu simpan berkasnya: halaman dimuat ulang dengan sendirinya.",
        "cli.serve.page.title": "Konten belum dapat dibangun",
        "cli.serve.port-busy": "port {port} di {host} sudah dipakai program lain",
        "cli.serve.port-busy.hint": "pilih port lain, misalnya `lentera serve --port {other}`, atau hentikan program yang memakainya",
        "cli.serve.rebuilt": "Perubahan dibangun ulang dalam {time}; halaman yang terbuka dimuat ulang.",
        "cli.serve.stop-hint": "tekan Ctrl+C untuk berhenti",
        "cli.serve.stopped": "Pratinjau dihentikan.",
        "severity.error": "galat",
        "severity.warning": "peringatan",
        "diagnostic.hint-label": "saran",
        "summary.counts": "{errors} galat, {warnings} peringatan",
    ]
}
