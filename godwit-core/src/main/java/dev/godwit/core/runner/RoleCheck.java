package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.lint.RoleNames;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.sql.StatementSplitter;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Roles belong to the server, not to the migrations: a pending migration that grants to a role the
 * target lacks would fail half-way through the run, so every role the pending migrations name is
 * looked up before the first one runs (the dev database creates the roles it meets, so diff works).
 */
final class RoleCheck {

    private RoleCheck() {
    }

    /** @throws GodwitException (GW-E410) naming the file, the line and the role; nothing has run */
    static void require(Session session, List<MigrationScript> pending) throws SQLException {
        Set<String> checked = new HashSet<>();
        for (MigrationScript script : pending) {
            if (script.isJava()) {
                continue;
            }
            try (Reader reader = dev.godwit.core.migration.TextFiles.reader(script.path());
                 StatementSplitter statements = new StatementSplitter(reader, session.dialect.syntax(), script.path())) {
                while (statements.hasNext()) {
                    for (RoleNames.Use use : RoleNames.in(statements.next())) {
                        if (checked.add(use.role()) && !session.dialect.roleExists(session.connection, use.role())) {
                            throw GodwitException.of(ProblemCode.MISSING_ROLE, Message.of("run.missing-role", "script", script.fileName(), "line", use.line(), "role", use.role()), Message.of("run.missing-role.next", "role", use.role()), Message.of("run.missing-role.detail"));
                        }
                    }
                }
            } catch (IOException e) {
                throw FileProblems.cannotRead(script.path(), e);
            }
        }
    }
}
