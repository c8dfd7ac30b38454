package vn.vaxpass.server.faults;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.access.Reach;
import vn.vaxpass.csv.CsvErrorReport;
import vn.vaxpass.imports.ImportResult;
import vn.vaxpass.vaccination.SubjectImport;

/**
 * The import of an uploaded file, which when armed loses the database right after the import committed: the upload
 * then dies between the import and the job's insert (MatchJobs.submitUpload writes them in two transactions), as a
 * crash there would leave it. Selected by {@link FaultsProfile} only.
 */
@Alternative
@Singleton
public class SubjectImportThenCrash extends SubjectImport {

    private final AtomicBoolean armed = new AtomicBoolean();

    @Inject
    public SubjectImportThenCrash(Pool pool) {
        super(pool);
    }

    /** The next upload's import cuts the database once it has committed. */
    public void crashAfterNextImport() {
        armed.set(true);
    }

    @Override
    public ImportResult run(InputStream in, CsvErrorReport report, Reach uploader) throws IOException {
        ImportResult imported = super.run(in, report, uploader);
        if (armed.compareAndSet(true, false)) {
            FaultyDatabase.proxy().cut();
        }
        return imported;
    }
}
