package dev.leakcheck.model;

/** What the insider carried the information out on (なにを持ち出されたか). */
public enum TakenMedium {
    PC,
    USB_MEMORY,
    PAPER,
    OTHER
}
