package dev.leakcheck.model;

/** Whether the checklist demands an action or leaves it to judgement (必要に応じて). */
public enum Necessity {
    /** 必須: the checklist demands the action. */
    REQUIRED,
    /** 必要に応じて: the action is left to judgement. */
    AS_NEEDED
}
