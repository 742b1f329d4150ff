package dev.leakcheck.model;

/** Why the misdelivery or mis-publication happened (なぜ誤送信・誤公開が起きたか). */
public enum Cause {
    /** 単純な操作ミス、確認不足など. */
    OPERATION_ERROR,
    /** システムの不具合. */
    SYSTEM_DEFECT,
    /** 運用ルールの違反 (ダブルチェックなど規定作業の未実施). */
    RULE_VIOLATION
}
