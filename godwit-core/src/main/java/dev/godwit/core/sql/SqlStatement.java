package dev.godwit.core.sql;

/**
 * One statement of a migration, without its terminating semicolon.
 *
 * @param number its position in the file, from 1
 * @param line   the line of the file where it starts, from 1
 * @param sql    its text, comments inside it kept
 */
public record SqlStatement(int number, int line, String sql) {
}
