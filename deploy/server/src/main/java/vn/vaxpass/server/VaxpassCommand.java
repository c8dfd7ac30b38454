package vn.vaxpass.server;

import picocli.CommandLine.Command;

import vn.vaxpass.server.certificate.IssueCommand;
import vn.vaxpass.server.correction.WorklistCommand;
import vn.vaxpass.server.certificate.VerifyCommand;
import vn.vaxpass.server.registry.GenerateCommand;
import vn.vaxpass.server.registry.ImportCommand;
import vn.vaxpass.server.registry.MatchCommand;
import vn.vaxpass.server.security.TokenCommand;
import vn.vaxpass.server.sms.SmsOutboxCommand;

@Command(name = "vaxpass", mixinStandardHelpOptions = true,
        description = "Vietnam's EU DCC vaccination certificates: serve the functions, issue and verify certificates,"
                + " import registry, subjects and doses, match subjects against the population registry,"
                + " mint development tokens, move clean-up lists in and out as spreadsheets.",
        subcommands = {ServeCommand.class, IssueCommand.class, VerifyCommand.class, GenerateCommand.class,
            ImportCommand.class, MatchCommand.class, TokenCommand.class, WorklistCommand.class,
            SmsOutboxCommand.class})
public class VaxpassCommand {
}
