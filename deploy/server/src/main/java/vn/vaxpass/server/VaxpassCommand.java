package vn.vaxpass.server;

import picocli.CommandLine.Command;

import vn.vaxpass.server.certificate.IssueCommand;
import vn.vaxpass.server.certificate.VerifyCommand;

@Command(name = "vaxpass", mixinStandardHelpOptions = true,
        description = "Vietnam's EU DCC vaccination certificates: serve the functions, issue and verify certificates.",
        subcommands = {ServeCommand.class, IssueCommand.class, VerifyCommand.class})
public class VaxpassCommand {
}
