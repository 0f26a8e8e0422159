package dev.irx.internal.validate;

import dev.irx.model.Fact;

import java.util.List;

/** The outcome of one check, before ids are given out. */
record Finding(String rule, boolean passed, List<Fact> facts, String detail) {
}
