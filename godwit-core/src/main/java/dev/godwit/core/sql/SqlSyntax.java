package dev.godwit.core.sql;

/**
 * The lexical rules of a dialect that decide where one statement ends and the next begins.
 * A dialect answers these few questions; {@link StatementSplitter} is written once.
 *
 * @param nestedBlockComments {@code /* /* *}{@code /  *}{@code /} nest (PostgreSQL)
 * @param dollarQuotes        {@code $$…$$} and {@code $tag$…$tag$} bodies (PostgreSQL)
 * @param escapeStrings       {@code E'…'} strings with backslash escapes (PostgreSQL)
 * @param bracketIdentifiers  {@code [name]} and {@code `name`} identifiers (SQLite, MySQL)
 * @param triggerBodies       {@code CREATE TRIGGER … BEGIN … END} bodies hold semicolons (SQLite)
 * @param atomicBodies        {@code BEGIN ATOMIC … END} routine bodies hold semicolons (PostgreSQL 14+)
 */
public record SqlSyntax(
        boolean nestedBlockComments,
        boolean dollarQuotes,
        boolean escapeStrings,
        boolean bracketIdentifiers,
        boolean triggerBodies,
        boolean atomicBodies) {

    /** Standard SQL: {@code '…'} strings, {@code "…"} identifiers, {@code --} and flat block comments. */
    public static final SqlSyntax STANDARD = new SqlSyntax(false, false, false, false, false, false);
}
