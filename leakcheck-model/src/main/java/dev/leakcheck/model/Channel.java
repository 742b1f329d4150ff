package dev.leakcheck.model;

/** How misdirected information went out (メール宛先ミスか、web上の誤公開か). */
public enum Channel {
    /** メール誤送信（宛先ミス） / Email sent to the wrong address. */
    EMAIL,
    /** 誤公開（自社サイト） / Mis-published on your own website. */
    OWN_WEBSITE,
    /** 誤公開（他社サイト） / Mis-published on another company's website. */
    THIRD_PARTY_WEBSITE
}
