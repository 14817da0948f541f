/// The editor's stylesheet (`gaya.css`): the frame and the pages of the server, followed by
/// the forms' and the history's own. Readable on a 375 px phone, large touch targets, the
/// site's focus colours (#FFDD00 with #0B0C0C), errors marked by words and borders, not by
/// colour alone.
enum EditorStyle {
    static let frame = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0b0c0c;background:#fff}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem;overflow-wrap:anywhere}
        h2{font-size:1.3rem;margin:1.5rem 0 .5rem}
        a{color:#1d4f91}
        a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #0b0c0c;outline-offset:0;box-shadow:0 0 0 6px #fd0}
        a:focus{background:#fd0;color:#0b0c0c}
        .lewati{position:absolute;left:-9999px}
        .lewati:focus{position:static;display:block;padding:.5rem 1rem}
        .kepala{background:#0b3d6e;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
        .kepala a{color:#fff}
        .kepala a:focus{color:#0b0c0c}
        .merek{margin:0;font-weight:700}
        .kepala ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
        .kepala li a{display:inline-block;padding:.5rem 0}
        .keluar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-left:auto;font-size:.9rem}
        .keluar button{background:#fff;color:#0b3d6e;min-height:40px;padding:.25rem .75rem}
        code{font-family:ui-monospace,monospace;font-size:.9em;background:#f3f2f1;padding:0 .2em;overflow-wrap:anywhere}
        .kepala code{background:none}
        button,.tombol{display:inline-block;min-height:44px;padding:.5rem 1rem;font:inherit;font-weight:600;border:2px solid #0b3d6e;border-radius:4px;background:#0b3d6e;color:#fff;cursor:pointer;text-decoration:none}
        .tombol{background:#fff;color:#0b3d6e}
        input[type=text],input[type=password]{display:block;width:100%;max-width:30rem;min-height:44px;padding:.5rem;font:inherit;border:2px solid #0b0c0c;border-radius:0}
        label{display:block;font-weight:600}
        .petunjuk{display:block;color:#484949}
        .catatan{color:#484949;font-size:.95rem;overflow-wrap:anywhere}
        .daftar{padding-left:1.25rem}
        .daftar li{margin:.5rem 0}
        .tanda{display:inline-block;padding:0 .4rem;border:1px solid #484949;border-radius:3px;font-size:.9rem}
        .galat{border-left:5px solid #b10e1e;padding:.5rem 1rem;margin:1rem 0}
        .galat h2{margin-top:0}
        .peringatan{border-left:5px solid #0b3d6e;padding:.5rem 1rem;background:#f3f2f1}
        .berhasil{border-left:5px solid #00703c;padding:.5rem 1rem}
        [aria-invalid=true]{border-color:#b10e1e;border-width:3px}
        .bawaan{position:absolute;left:-9999px}
        .simpan-atas{margin:1rem 0}
        .simpan{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:1.5rem 0;padding:1rem 0;border-top:2px solid #0b0c0c}
        .tersembunyi{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        pre.berkas{white-space:pre-wrap;overflow-wrap:anywhere;background:#f3f2f1;padding:.75rem;font-size:.9rem;max-height:30rem;overflow:auto}
        .versi{display:grid;gap:1rem}
        @media (min-width:50rem){.versi{grid-template-columns:1fr 1fr}}
        .perbedaan{list-style:none;padding:0;font-family:ui-monospace,monospace;font-size:.9rem}
        .perbedaan li{white-space:pre-wrap;overflow-wrap:anywhere;padding:0 .25rem}
        .perbedaan .tambah{background:#e6f4ea}
        .perbedaan .hapus{background:#fbe9eb}
        .perbedaan .lewat{font-family:inherit;color:#484949;font-style:italic;padding:.25rem}
        .perbedaan .tanda{border:0;font-weight:700}

        """

    /// The whole sheet served at `Editor.prefix/gaya.css`.
    static var sheet: String { frame + "\n" + EditForm.stylesheet + "\n" + HistoryView.stylesheet }
}
