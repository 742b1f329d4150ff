package dev.leakcheck.model;

/** The four sections of the checklist, one per kind of incident. */
public enum IncidentType {
    /** メール誤送信・web誤公開: an email to the wrong person, information published by mistake. */
    MISSENT_OR_MISPUBLISHED,
    /** 紛失・盗難: a device or documents lost or stolen. */
    LOST_OR_STOLEN,
    /** 外部攻撃: malware, unauthorised access, ransomware. */
    EXTERNAL_ATTACK,
    /** 内部犯行: an insider took information out, for example to sell it. */
    INSIDER_LEAK
}
