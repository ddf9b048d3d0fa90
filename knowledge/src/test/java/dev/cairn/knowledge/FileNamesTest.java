package dev.cairn.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOrdinaryNamesAsTheyAre() {
        assertThat(FileNames.clean("Q3 report (final).pdf")).isEqualTo("Q3 report (final).pdf");
        assertThat(FileNames.clean("员工手册.txt")).isEqualTo("员工手册.txt");
        assertThat(FileNames.clean(".env.example")).isEqualTo(".env.example");
    }

    @Test
    void keepsOnlyTheLastPartOfAPath() {
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("..\\..\\Windows\\win.ini")).isEqualTo("win.ini");
        assertThat(FileNames.clean("/abs/path/notes.md")).isEqualTo("notes.md");
    }

    @Test
    void aNameWithNothingLeftBecomesUpload() {
        assertThat(FileNames.clean("..")).isEqualTo("upload");
        assertThat(FileNames.clean("../")).isEqualTo("upload");
        assertThat(FileNames.clean(" \u0000 ")).isEqualTo("upload");
        assertThat(FileNames.clean(null)).isEqualTo("upload");
    }

    @Test
    void replacesControlAndDirectionCharacters() {
        assertThat(FileNames.clean("a\u0000b\nc\u001b[0m\u202Etxt.exe")).isEqualTo("a_b_c_[0m_txt.exe");
        assertThat(FileNames.clean("line\u2028break.txt")).isEqualTo("line_break.txt");
    }

    @Test
    void capsLongNamesAtTwoHundredCharactersKeepingTheExtension() {
        String cut = FileNames.clean("x".repeat(300) + ".docx");

        assertThat(cut).hasSize(200).endsWith("x….docx");
        assertThat(FileNames.clean("y".repeat(300))).hasSize(200).endsWith("y…");
        assertThat(FileNames.clean("😀".repeat(250) + ".md").codePointCount(0, FileNames.clean("😀".repeat(250)
                + ".md").length())).isEqualTo(200);
    }
}
