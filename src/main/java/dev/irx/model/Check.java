package dev.irx.model;

import java.util.List;

/**
 * One reconciliation the validator ran.
 *
 * @param rule   the rule's name, e.g. "same_figure"
 * @param passed whether the figures agreed
 * @param facts  ids of the facts it looked at
 * @param detail a sentence a person can check against the PDF: the figures, their pages, the tolerance
 */
public record Check(String id, String rule, boolean passed, List<String> facts, String detail) {

    public Check {
        facts = List.copyOf(facts);
    }
}
