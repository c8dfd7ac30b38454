package vn.vaxpass.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In place of the real exit in tests: records what the process was asked to do, does nothing. A module's tests make it
 * the bean with a {@code @Mock} subclass of their own (this test-jar is not indexed for beans).
 */
public class RecordingProcessEnd implements FatalErrorExit.ProcessEnd {

    public static final List<String> ASKED = new CopyOnWriteArrayList<>();

    @Override
    public void exit(int status) {
        ASKED.add("exit " + status);
    }

    @Override
    public void halt(int status) {
        ASKED.add("halt " + status);
    }
}
