package vn.vaxpass.functions.correction.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real Vietnamese names (../shared/data/names, given names with middle names) under common family names, typed in
 * TCVN3 and VNI, are read back as the Unicode they were; the same names typed in Unicode are left alone.
 */
class NamesTypedInTcvn3OrVniReadBackAsUnicode {

    /** Family names whose legacy forms hold a letter no Unicode name has, in both encodings, as most do. */
    private static final List<String> FAMILIES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Đặng",
            "Bùi", "Đỗ", "Ngô", "Dương");

    @Test
    void everyNameTypedInTcvn3OrVniIsReadAsItsUnicode() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String name : fullNames()) {
            for (LegacyEncoding encoding : LegacyEncoding.values()) {
                String typed = encoding.encode(name);
                Optional<LegacyVietnamese.Converted> read = LegacyVietnamese.detect(typed);
                if (read.isEmpty() || read.get().encoding() != encoding || !read.get().text().equals(name)) {
                    wrong.add(encoding + ": " + name + " typed " + typed + " read " + read);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void namesTypedInUnicodeStayAsTheyAre() throws IOException {
        List<String> changed = new ArrayList<>();
        for (String name : fullNames()) {
            LegacyVietnamese.detect(name).ifPresent(read -> changed.add(name + " read " + read));
        }
        for (String given : lines("boy.txt")) {
            LegacyVietnamese.detect(given).ifPresent(read -> changed.add(given + " read " + read));
        }
        for (String other : List.of("Võ Hà", "Tô Lý", "H'Hen Niê", "Y Moan Êban", "José Muñoz", "Müller", "An")) {
            LegacyVietnamese.detect(other).ifPresent(read -> changed.add(other + " read " + read));
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void theTcvn3TableIsTheGnuCLibrarysAndVnisFormsAreBaseThenMark() throws IOException, InterruptedException {
        String letters = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
        Assumptions.assumeTrue(Files.isExecutable(Paths.get("/usr/bin/iconv")), "no iconv to compare with");
        Process iconv = new ProcessBuilder("/usr/bin/iconv", "-f", "UTF-8", "-t", "TCVN5712-1").start();
        iconv.getOutputStream().write(letters.getBytes(StandardCharsets.UTF_8));
        iconv.getOutputStream().close();
        byte[] bytes = iconv.getInputStream().readAllBytes();
        assertThat(iconv.waitFor()).isZero();
        assertThat(LegacyEncoding.TCVN3.encode(letters)).isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1));
        assertThat(LegacyEncoding.VNI.encode("Nguyễn Văn Đức")).isEqualTo("Nguyeãn Vaên Ñöùc");
        assertThat(LegacyEncoding.TCVN3.encode("Nguyễn Văn Đức")).isEqualTo("NguyÔn V¨n §øc");
    }

    @Test
    void aGenderTypedInALegacyEncodingIsReadToo() {
        assertThat(LegacyVietnamese.detect("N÷")).contains(new LegacyVietnamese.Converted(LegacyEncoding.TCVN3, "Nữ"));
        assertThat(LegacyVietnamese.detect("Nöõ")).contains(new LegacyVietnamese.Converted(LegacyEncoding.VNI, "Nữ"));
    }

    private static List<String> fullNames() throws IOException {
        List<String> names = new ArrayList<>();
        List<String> boys = lines("boy.txt");
        List<String> girls = lines("girl.txt");
        for (int i = 0; i < boys.size(); i++) {
            names.add(FAMILIES.get(i % FAMILIES.size()) + " " + boys.get(i));
        }
        for (int i = 0; i < girls.size(); i++) {
            names.add(FAMILIES.get((i + 3) % FAMILIES.size()) + " Thị " + girls.get(i));
        }
        return names;
    }

    private static List<String> lines(String file) throws IOException {
        // The lists write some names' Đ as Ð (U+00D0, Icelandic eth), a look-alike no legacy keyboard types.
        return Files.readAllLines(shared().resolve("data/names").resolve(file), StandardCharsets.UTF_8).stream()
                .map(line -> line.strip().replace('\u00D0', '\u0110')).filter(line -> !line.isEmpty()).toList();
    }

    /** The project's shared material, ../shared beside the repository; the test is skipped without it. */
    private static Path shared() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
            dir = dir.getParent();
        }
        Path shared = dir == null ? null : dir.resolveSibling("shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared), "../shared is not beside the repository");
        return shared;
    }
}
