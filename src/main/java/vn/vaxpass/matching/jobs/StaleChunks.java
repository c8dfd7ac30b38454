package vn.vaxpass.matching.jobs;

import java.util.List;

/** What one claim of the sweep found: the chunks to send again, and those it gave up (attempts spent). */
record StaleChunks(List<ChunkMessage> resend, List<ChunkMessage> failed) {

    StaleChunks {
        resend = List.copyOf(resend);
        failed = List.copyOf(failed);
    }

    int claimed() {
        return resend.size() + failed.size();
    }
}
