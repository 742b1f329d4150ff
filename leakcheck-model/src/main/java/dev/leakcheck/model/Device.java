package dev.leakcheck.model;

/** The lost or stolen object (対象物). */
public enum Device {
    /** PC / PC. */
    PC,
    /** スマホ / Smartphone. */
    SMARTPHONE,
    /** タブレット / Tablet. */
    TABLET,
    /** USBメモリ / USB memory. */
    USB_MEMORY,
    /** 紙 / Paper. */
    PAPER,
    /** その他 / Other. */
    OTHER
}
