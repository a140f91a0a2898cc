package dev.godwit.jpa.rich;

public enum Status { DRAFT, PUBLISHED }
