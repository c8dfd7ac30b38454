package vn.vaxpass.http;

import io.quarkus.test.Mock;

import vn.vaxpass.shared.RecordingProcessEnd;

/** The process end of this module's tests: recorded, never carried out. */
@Mock
public class RecordedProcessEnd extends RecordingProcessEnd {
}
