package dev.leakcheck.model;

/** What the insider carried the information out on (なにを持ち出されたか). */
public enum TakenMedium {
    /** PC / PC. */
    PC,
    /** USBメモリ / USB memory. */
    USB_MEMORY,
    /** 紙 / Paper. */
    PAPER,
    /** その他 / Other. */
    OTHER
}
