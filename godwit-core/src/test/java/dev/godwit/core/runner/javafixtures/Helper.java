package dev.godwit.core.runner.javafixtures;

/** Neither a migration nor a callback: the scan loads it and leaves it. */
public abstract class Helper {
}
