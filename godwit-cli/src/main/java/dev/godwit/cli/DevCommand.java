package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.ConfigResolver;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.KeptDevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "dev", description = {
        "Keep the embedded dev PostgreSQL running between commands: `godwit dev start`, `stop`, `status`.",
        "While it runs, diff, check and lint --trace (and the Maven plugin, and tests) make their scratch databases on it",
        "instead of starting a server each time; it stops by itself after --idle without a connection."})
final class DevCommand extends Subcommand {

    enum Action { start, stop, status }

    @Parameters(index = "0", paramLabel = "ACTION", description = "start, stop or status")
    Action action;

    @Option(names = "--idle", paramLabel = "DURATION", description = "stop after this long without a connection (default 30m)")
    String idle = "30m";

    @Override
    public Integer call() {
        KeptDevServer server = kept(config());
        KeptDevServer.Status status = switch (action) {
            case start -> server.start(ConfigResolver.duration("--idle", idle));
            case stop -> server.stop();
            case status -> server.status();
        };
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("running", status.running());
            document.put("description", status.description());
            console().json(document);
        } else {
            console().line(status.description());
        }
        return 0;
    }

    /** PostgreSQL's, unless the configuration names a dialect without one. */
    private static KeptDevServer kept(GodwitConfig config) {
        Dialect dialect = Dialects.resolve(config.dialect() == null && config.connection().url() == null ? "postgresql" : config.dialect(),
                config.connection().url());
        return dialect.keptDevServer().orElseThrow(() -> GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("cli.dev-database-config", "displayName", dialect.displayName()), Message.of("cli.dev-database-config.next")));
    }
}
