extension HistoryView {
    /// The CSS of the history's fragments (classes `riwayat-*`), for the editor's pages to
    /// include. The difference is not told by colour alone (signs, and words for screen
    /// readers); its colours keep a contrast above 7:1; long lines wrap on a phone instead
    /// of scrolling sideways.
    public static let stylesheet = """
        .riwayat-tersembunyi { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
          overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
        .riwayat-daftar { list-style: none; margin: 0; padding: 0; }
        .riwayat-perubahan { border-bottom: 1px solid #8a8a8a; padding: 0.75rem 0; }
        .riwayat-perubahan p { margin: 0.25rem 0; }
        .riwayat-waktu time { font-weight: bold; }
        .riwayat-berkas { margin: 0.25rem 0; padding-left: 1.25rem; }
        .riwayat-berkas code, .riwayat-berkas-beda h2 code { overflow-wrap: anywhere; }
        .riwayat-tautan { display: inline-block; padding: 0.5rem 0; }
        .riwayat-ringkas { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
        .riwayat-ringkas dd { margin: 0; overflow-wrap: anywhere; }
        .riwayat-pesan { white-space: pre-line; overflow-wrap: anywhere; }
        .riwayat-berkas-beda h2 { font-size: 1.1rem; margin: 1.5rem 0 0.25rem; }
        .riwayat-status, .riwayat-jumlah { font-weight: normal; color: #3d3d3d; }
        .riwayat-baris { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9rem; line-height: 1.5;
          border: 1px solid #8a8a8a; color: #1a1a1a; background: #ffffff; }
        .riwayat-baris > div { white-space: pre-wrap; overflow-wrap: anywhere; min-height: 1.5em;
          padding: 0 0.5rem 0 2rem; text-indent: -1.5rem; }
        .riwayat-baris ins, .riwayat-baris del { text-decoration: none; color: inherit; }
        .riwayat-tanda { display: inline-block; width: 1.5rem; text-indent: 0; font-weight: bold; }
        .riwayat-tambah { background: #dcf5e3; }
        .riwayat-hapus { background: #fbe1e1; }
        .riwayat-hapus del { text-decoration: line-through; text-decoration-color: #9b1c1c; }
        .riwayat-lewati { background: #eeeeee; color: #3d3d3d; font-style: italic; }
        .riwayat-cr { color: #5a5a5a; }
        @media (forced-colors: active) {
          .riwayat-tambah, .riwayat-hapus { border-left: 4px solid CanvasText; }
        }
        """
}
