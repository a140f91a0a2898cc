/**
 * What an application implements to take part in a godwit run: {@link dev.godwit.api.JavaMigration}
 * for migrations SQL cannot express, {@link dev.godwit.api.Callback} for code around them. The rest
 * of godwit ({@code dev.godwit.core}) may change between versions; this package is kept compatible.
 */
package dev.godwit.api;
