package dev.godwit.core.generate;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.diff.Renames;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rename candidates are renames: declared with {@code --rename}, answered on a terminal, or
 * — consent to data loss given — none. An undecided candidate stops {@code diff}: a rename
 * written as drop + add loses the column's data, which is what Alembic does silently.
 */
final class RenameDecisions {

    private RenameDecisions() {
    }

    static List<Renames.Candidate> decide(Schema from, Schema to, DiffRequest request) {
        List<Renames.Candidate> candidates = Renames.candidates(from, to);
        List<String> declared = new ArrayList<>(request.renames());
        List<Renames.Candidate> decided = new ArrayList<>();
        List<Renames.Candidate> undecided = new ArrayList<>();
        for (Renames.Candidate candidate : candidates) {
            boolean clashes = decided.stream().anyMatch(d -> d.table() == null ? d.from().equals(candidate.from()) || d.to().equals(candidate.to())
                    : d.table().equals(candidate.table()) && (d.from().equals(candidate.from()) || d.to().equals(candidate.to())));
            if (clashes) {
                continue;
            }
            if (declared.remove(candidate.flag())) {
                decided.add(candidate);
            } else if (request.allowDataLoss()) {
                continue;
            } else if (request.confirm() != null) {
                if (request.confirm().ask(candidate.questionMessage(null))) {
                    decided.add(candidate);
                }
            } else {
                undecided.add(candidate);
            }
        }
        if (!declared.isEmpty()) {
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("generate.bad-argument", "declared", String.join(", ", declared)), Message.of("generate.bad-argument.next"));
        }
        if (!undecided.isEmpty()) {
            List<Message> details = new ArrayList<>();
            for (Renames.Candidate candidate : undecided) {
                details.add(candidate.questionMessage(candidate.flag()));
            }
            details.add(Message.of("generate.renames.would-lose"));
            throw new GodwitException(Problem.of(ProblemCode.POSSIBLE_RENAMES, Message.of("generate.renames"), details,
                    Message.of("generate.renames.next")));
        }
        return decided;
    }
}
