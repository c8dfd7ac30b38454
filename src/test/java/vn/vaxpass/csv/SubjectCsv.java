package vn.vaxpass.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds vaccination-subject CSV files, as clerks upload them, in memory. */
final class SubjectCsv {

    static final String HEADER = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code";
    static final CsvFormat FORMAT = CsvFormat.withHeader(HEADER.split(","));

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private SubjectCsv() {
    }

    /** A file that starts with the expected header and LF. */
    static SubjectCsv withHeader() {
        return new SubjectCsv().text(HEADER + "\n");
    }

    static SubjectCsv empty() {
        return new SubjectCsv();
    }

    /** A well-formed row of subject n, ending with LF. */
    static String row(int n) {
        return "VN" + (1_000_000 + n) + ",Nguyễn Văn An,1990-01-0" + (n % 9 + 1) + ",M,0790" + (10_000_000 + n)
                + ",09" + (10_000_000 + n) + ",26734\n";
    }

    SubjectCsv text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    SubjectCsv bytes(int... values) {
        for (int value : values) {
            bytes.write(value);
        }
        return this;
    }

    SubjectCsv bytes(byte[] values) {
        bytes.writeBytes(values);
        return this;
    }

    SubjectCsv rows(int count) {
        for (int n = 1; n <= count; n++) {
            text(row(n));
        }
        return this;
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** Every record of the file, rows and row errors, in order. */
    List<CsvLine> readAll() throws IOException, CsvFileException {
        return readAll(FORMAT);
    }

    List<CsvLine> readAll(CsvFormat format) throws IOException, CsvFileException {
        CsvReader reader = format.open(stream());
        List<CsvLine> lines = new ArrayList<>();
        for (CsvLine line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }
}
