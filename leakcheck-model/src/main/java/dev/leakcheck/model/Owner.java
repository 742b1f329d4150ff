package dev.leakcheck.model;

/** Whose information it is. A contractor's (業務委託先の) information is {@code OTHER_COMPANY}. */
public enum Owner {
    /** 自社の情報 / Own company's information. */
    OWN,
    /** 他社の情報（業務委託先の情報を含む） / Another company's information (including a contractor's). */
    OTHER_COMPANY
}
