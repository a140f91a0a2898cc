package dev.godwit.core.spi;

/**
 * What the planner needs of a dialect to write a plan: its DDL, its type rules and its safety rules.
 */
public record Rendering(DdlRenderer ddl, TypeRules types, SafetyRules safety) {
}
