package vn.vaxpass.server.correction;

import jakarta.enterprise.context.Dependent;

import io.quarkus.arc.Unremovable;

import picocli.CommandLine.Command;

/**
 * {@code vaxpass worklist}: the correction function's spreadsheets from a script, over HTTP: a list out as .xlsx, a
 * filled-in list back, the station's ID-number file in.
 */
@Dependent
@Unremovable
@Command(name = "worklist", mixinStandardHelpOptions = true,
        description = "Clean-up lists as spreadsheets over the API: export a list as .xlsx, import a filled-in list or"
                + " a station's ID-number file (.xlsx or CSV).",
        subcommands = {WorklistExportCommand.class, WorklistImportCommand.class})
public class WorklistCommand {
}
