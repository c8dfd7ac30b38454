package vn.vaxpass.csv;

import java.util.function.Consumer;

/**
 * Receives the records of {@link CsvFormat#read}, in file order. Either method may throw to stop the read; an
 * all-or-nothing import throws from {@link #rowError}.
 */
public interface CsvRowHandler {

    void row(CsvRow row);

    void rowError(CsvRowError error);

    static CsvRowHandler of(Consumer<CsvRow> rows, Consumer<CsvRowError> errors) {
        return new CsvRowHandler() {
            @Override
            public void row(CsvRow row) {
                rows.accept(row);
            }

            @Override
            public void rowError(CsvRowError error) {
                errors.accept(error);
            }
        };
    }
}
