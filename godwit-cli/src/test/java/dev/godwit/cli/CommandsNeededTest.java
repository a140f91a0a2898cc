package dev.godwit.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A command line builds only the command it names; help, an unknown name and no name get them all. */
class CommandsNeededTest {

    @Test
    void theNamedCommandAloneOrAllOfThem() {
        assertThat(GodwitCommand.needed(new String[]{"migrate", "--json"})).containsExactly(MigrateCommand.class);
        assertThat(GodwitCommand.needed(new String[]{"report", "--merge", "a.json"})).containsExactly(ReportCommand.class);
        assertThat(GodwitCommand.needed(new String[]{"--version"})).isEmpty();
        assertThat(GodwitCommand.needed(new String[]{"help", "migrate"})).isEqualTo(GodwitCommand.COMMANDS);
        assertThat(GodwitCommand.needed(new String[]{"migrat"})).isEqualTo(GodwitCommand.COMMANDS);
        assertThat(GodwitCommand.needed(new String[]{})).isEqualTo(GodwitCommand.COMMANDS);
        List<String> names = GodwitCommand.COMMANDS.stream().map(c -> c.getAnnotation(CommandLine.Command.class).name()).toList();
        assertThat(names).doesNotHaveDuplicates().contains("tour", "migrate", "report", "help");
    }
}
