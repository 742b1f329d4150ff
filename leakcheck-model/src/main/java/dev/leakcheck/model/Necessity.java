package dev.leakcheck.model;

/** Whether the checklist demands an action or leaves it to judgement (必要に応じて). */
public enum Necessity {
    REQUIRED,
    AS_NEEDED
}
