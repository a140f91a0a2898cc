package dev.godwit.core.generate;

import java.util.List;

/**
 * What {@code diff} is asked.
 *
 * @param description   the migration's description, or {@code null} to derive one from the changes
 * @param renames       renames the user declared: {@code table.old=new} for a column, {@code old=new} for a table
 * @param allowDataLoss consent to steps that lose data (a drop is then a drop, not a rename candidate)
 * @param confirm       asks the user a yes/no question on a terminal, or {@code null} when there is none
 */
public record DiffRequest(String description, List<String> renames, boolean allowDataLoss, Confirm confirm) {

    public DiffRequest {
        renames = List.copyOf(renames);
    }

    public static DiffRequest described(String description) {
        return new DiffRequest(description, List.of(), false, null);
    }

    /** A yes/no question on a terminal; the default answer is no. */
    public interface Confirm {
        boolean ask(dev.godwit.core.message.Message question);
    }
}
