import Testing
@testable import LenteraEditor

@Suite struct ContentTreeTests {
    @Test func readsAndSetsByPath() {
        var tree = ContentTree.empty
        tree.set(.text("KTP-el"), at: FieldPath(text: "nama"))
        tree.set(.list([.text("KK")]), at: FieldPath(text: "persyaratan"))
        tree.set(.text("Akta"), at: FieldPath(text: "persyaratan.1"))
        tree.set(.text("5 hari kerja"), at: FieldPath(text: "jangka_waktu.teks"))
        #expect(tree[FieldPath(text: "persyaratan.1")] == .text("Akta"))
        #expect(tree["nama"]?.text == "KTP-el")
        #expect(tree[FieldPath(text: "jangka_waktu.teks")]?.text == "5 hari kerja")
        tree.set(nil, at: FieldPath(text: "persyaratan.0"))
        #expect(tree["persyaratan"] == .list([.text("Akta")]))
        // An index past the end is not a place to write.
        tree.set(.text("x"), at: FieldPath(text: "persyaratan.5"))
        #expect(tree["persyaratan"] == .list([.text("Akta")]))
        tree.set(nil, at: FieldPath(text: "nama"))
        #expect(tree["nama"] == nil)
    }

    @Test func pathsReadBackAsWritten() {
        #expect(FieldPath(text: "biaya.tarif.0.jumlah").parts == ["biaya", "tarif", "0", "jumlah"])
        #expect(FieldPath(text: "").parts.isEmpty)
        #expect(FieldPath(["a"]).appending(2).description == "a.2")
    }
}
