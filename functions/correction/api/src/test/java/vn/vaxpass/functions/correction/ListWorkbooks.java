package vn.vaxpass.functions.correction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import vn.vaxpass.functions.correction.sheet.ListSheet;

/** Reading an exported list back in tests: its rows with fastexcel-reader, and its parts as the raw XML. */
final class ListWorkbooks {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private ListWorkbooks() {
    }

    /** The items sheet's rows, the header first. */
    static List<Row> rows(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), WITH_FORMATS)) {
            Sheet sheet = workbook.findSheet(ListSheet.ITEMS_SHEET).orElseThrow();
            return sheet.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hidden sheet's keys and values. */
    static Map<String, String> about(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), WITH_FORMATS)) {
            Map<String, String> about = new HashMap<>();
            for (Row row : workbook.findSheet(ListSheet.ABOUT_SHEET).orElseThrow().read()) {
                about.put(row.getCellText(0), row.getCellText(1));
            }
            return about;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of one subject. */
    static Row rowOf(List<Row> rows, String subjectId) {
        return rows.stream().filter(row -> subjectId.equals(row.getCellText(ListSheet.Column.SUBJECT_ID.ordinal())))
                .findFirst().orElseThrow();
    }

    /** One part of the package (e.g. {@code xl/worksheets/sheet1.xml}) as text. */
    static String part(byte[] xlsx, String name) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            ZipArchiveEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IllegalArgumentException("no part " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
