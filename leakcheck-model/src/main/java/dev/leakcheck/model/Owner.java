package dev.leakcheck.model;

/** Whose information it is. A contractor's (業務委託先の) information is {@code OTHER_COMPANY}. */
public enum Owner {
    OWN,
    OTHER_COMPANY
}
