/// An SKM result file for the minimal test portal's unit, ten respondents, nine elements.
///
/// Layout, so that tests can name lines: `jenis` on line 1, `U1` on line 5, `U9` on line
/// 13, and with a profile, `jenis_kelamin` on line 15.
public enum SampleSurvey {
    public static func skm(u1: String = "[0, 1, 4, 5]", profile: String? = "{ Laki-laki: 4, Perempuan: 6 }") -> String {
        var text = """
            jenis: skm
            periode: 2024-Q1
            responden: 10
            jawaban:
              U1: \(u1)
              U2: [0, 0, 5, 5]
              U3: [1, 1, 4, 4]
              U4: [0, 0, 0, 10]
              U5: [0, 2, 4, 4]
              U6: [0, 0, 6, 4]
              U7: [0, 0, 3, 7]
              U8: [0, 3, 3, 3]
              U9: [0, 1, 5, 4]

            """
        if let profile { text += "profil:\n  jenis_kelamin: \(profile)\n" }
        return text
    }
}
