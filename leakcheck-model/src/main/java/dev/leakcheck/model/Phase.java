package dev.leakcheck.model;

/** The checklist's phases, in the order a plan lists them. */
public enum Phase {
    /** 真っ先にすべき対応. */
    FIRST,
    /** 発覚. */
    DISCOVERY,
    /** 初動と1次対応. */
    INITIAL,
    /** 調査・検討 / 検討と公表. */
    ASSESSMENT,
    /** 公表. */
    DISCLOSURE,
    /** 復旧. */
    RECOVERY,
    /** 再発防止. */
    PREVENTION
}
