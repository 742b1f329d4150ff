package dev.leakcheck.model;

/** The lost or stolen object (対象物). */
public enum Device {
    PC,
    SMARTPHONE,
    TABLET,
    USB_MEMORY,
    PAPER,
    OTHER
}
