package vn.vaxpass.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.Mock;

import vn.vaxpass.shared.FatalErrorExit;

/** In place of the real exit in this module's tests: records what the process was asked to do, does nothing. */
@Mock
public class RecordingProcessEnd implements FatalErrorExit.ProcessEnd {

    static final List<String> ASKED = new CopyOnWriteArrayList<>();

    @Override
    public void exit(int status) {
        ASKED.add("exit " + status);
    }

    @Override
    public void halt(int status) {
        ASKED.add("halt " + status);
    }
}
